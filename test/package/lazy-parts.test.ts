/**
 * What the built chunks import, as a customer's bundler reads them. esbuild and Vite put a module in one file per
 * set of entry points reaching it, every `import()` target counting as one; a lazy part that imports (directly or
 * through another chunk) the chunk an element class lives in would put that element's whole chunk in a file of its
 * own wherever several elements load together (issue 8: 3.9 KB gzip more for the auth elements under esbuild), and
 * every `import()` target cuts what it reaches out of the page's file, so embedding one element in another goes
 * through one target (shared/embeddable.ts: 1.4 KB less than a target per class and per define.js). Anything else
 * a lazy part imports that an element loads up front (an event class, a controller, the lock notice) lands in a
 * small file of its own there too; the parts get those from their element instead (docs/ARCHITECTURE.md, "Lazy
 * parts"), and the few that stay are listed below.
 * Reads dist/ as `npm run build` left it (the package step packs the same files).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { describe, it } from 'node:test';
import { parseAst } from 'rollup/parseAst';
import { elementTags } from '../../scripts/build-entries.mjs';
import { repoRoot } from '../../scripts/customer/pack.js';

const dist = join(repoRoot, 'dist');

interface Links {
  readonly imports: string[];
  readonly dynamic: string[];
}

/** The relative static and dynamic imports of a shipped module, dist-relative. */
function linksOf(file: string): Links {
  const links: Links = { imports: [], dynamic: [] };
  const resolve = (spec: string) => posix.normalize(posix.join(posix.dirname(file), spec));
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    const n = node as { type: string; source?: { type?: string; value?: unknown } | null };
    const spec = typeof n.source?.value === 'string' && n.source.value.startsWith('.') ? n.source.value : undefined;
    if (spec && (n.type === 'ImportDeclaration' || n.type === 'ExportNamedDeclaration' || n.type === 'ExportAllDeclaration')) links.imports.push(resolve(spec));
    if (spec && n.type === 'ImportExpression') links.dynamic.push(resolve(spec));
    for (const value of Object.values(n)) if (value && typeof value === 'object') walk(value);
  };
  walk(parseAst(readFileSync(join(dist, file), 'utf8')));
  return links;
}

const files = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.js') && f !== 'image-worker.js')
  .map((f) => f.split('\\').join('/'));
const links = new Map(files.map((f) => [f, linksOf(f)]));

/** The repository sources a shipped chunk was built from, as its source map names them. */
function sourcesOf(file: string): string[] {
  const map = join(dist, `${file}.map`);
  if (!existsSync(map)) return [];
  const { sources } = JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] };
  return sources.map((source) => relative(repoRoot, join(dirname(join(dist, file)), source)).split('\\').join('/'));
}

/** The chunks an element class is built into (`src/elements/<tag>/<tag>.ts`), with that source. */
function elementChunks(): Map<string, string> {
  const classSources = new Set(elementTags().map((tag) => `src/elements/${tag}/${tag}.ts`));
  const chunks = new Map<string, string>();
  for (const file of files.filter((f) => f.startsWith('chunks/'))) {
    for (const source of sourcesOf(file)) if (classSources.has(source)) chunks.set(file, source);
  }
  return chunks;
}

const lazyTargets = [...new Set([...links.values()].flatMap((l) => l.dynamic))];
/** The one chunk through which an element embeds another (src/elements/shared/embeddable.ts). */
const embeddable = files.find((f) => sourcesOf(f).includes('src/elements/shared/embeddable.ts'));

/** Every chunk `from` loads with it: its static imports, transitively. */
function staticClosure(from: string): Set<string> {
  const seen = new Set<string>();
  const stack = [...(links.get(from)?.imports ?? [])];
  while (stack.length > 0) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...(links.get(file)?.imports ?? []));
  }
  return seen;
}

/** The auth elements' entries: what a page with all of them loads up front is their static closure. */
const authDefines = elementTags()
  .filter((tag) => tag !== 'kyc-uploader')
  .map((tag) => `define/${tag}.js`);

/** The chunks every element and every lazy part may share: named in rollup.config.mjs's `manualChunks`. */
const hubs = new Set(['chunks/elements-core.js', 'chunks/login-form-core.js', 'chunks/default-client.js', 'chunks/create-client.js', 'chunks/events-core.js']);

/**
 * Modules a lazy part shares with another element's first step, each a file of its own on a page with several
 * elements (about 150 to 300 B gzip each): the e-mail and password fields (login-form's first step; security
 * settings' tasks, password-reset's new password), passkey support (login-form's passkey button; every step-up),
 * the word boxes' field names (two-factor-reset's form; the word boxes). Handing them over would load them up front
 * on pages that never open the step that needs them. A new one is a decision for this list, not an accident.
 */
const sharedWithAFirstStep = new Set([
  'src/elements/shared/identifier.ts',
  'src/elements/shared/identifier-fields.ts',
  'src/elements/shared/password-field.ts',
  'src/controllers/caps-lock-controller.ts',
  'src/passkeys/support.ts',
  'src/elements/shared/word-fields.ts',
]);

describe('lazy parts in the build', { skip: existsSync(dist) ? false : 'no dist/ (run npm run build)' }, () => {
  it('finds the element classes and the lazy parts it checks', () => {
    const classes = elementChunks();
    assert.ok(classes.size >= elementTags().length, `a chunk per element class: ${[...classes.values()].join(', ')}`);
    for (const part of ['chunks/task-part.js', 'chunks/later-steps.js', 'chunks/setup-part.js', 'chunks/phrase-part.js']) {
      assert.ok(lazyTargets.includes(part), `${part} is loaded on demand (${lazyTargets.length} import() targets)`);
    }
  });

  it('embeds an element through one import() target, never its class chunk or its define.js', () => {
    assert.ok(embeddable && lazyTargets.includes(embeddable), `shared/embeddable.ts is built into a chunk loaded on demand (${embeddable})`);
    const classes = elementChunks();
    assert.deepEqual(lazyTargets.filter((target) => classes.has(target) || target.startsWith('define/')), []);
  });

  it('loads nothing an element loads up front from a lazy part, but the shared cores and the listed modules', () => {
    const upFront = new Set(authDefines.flatMap((define) => [define, ...staticClosure(define)]));
    const offenders: string[] = [];
    for (const target of lazyTargets.filter((t) => t !== embeddable)) {
      for (const chunk of [target, ...staticClosure(target)]) {
        if (!upFront.has(chunk) || hubs.has(chunk)) continue;
        const unlisted = sourcesOf(chunk).filter((source) => source.startsWith('src/') && !sharedWithAFirstStep.has(source));
        if (unlisted.length) offenders.push(`${target} loads ${chunk} (${unlisted.join(', ')})`);
      }
    }
    assert.deepEqual(offenders, []);
  });

  it("never loads an element's chunk from a lazy part, but for the embedding", () => {
    const classes = elementChunks();
    const offenders: string[] = [];
    for (const target of lazyTargets.filter((t) => t !== embeddable)) {
      for (const chunk of staticClosure(target)) {
        const element = classes.get(chunk);
        if (element) offenders.push(`${target} loads ${chunk} (${element})`);
      }
    }
    assert.deepEqual(offenders, []);
  });
});
