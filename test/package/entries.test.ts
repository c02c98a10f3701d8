/**
 * The package as published: `npm pack` of the build, unpacked into a customer's project. Every `exports` key must
 * resolve to a shipped file with Node's resolver and with esbuild's; each registering entry must define its tags
 * (and the others none) in Chromium; custom-elements.json must name shipped files; the shipped types must check in
 * a customer's TypeScript project; the client must work in Node from the tarball alone. Everything is derived from
 * the element folders (scripts/build-entries.mjs), so a new element is covered without editing this file.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { discoverEntries, elementTags } from '../../scripts/build-entries.mjs';
import { bundleCustomerEntry } from '../../scripts/customer/bundle.js';
import { packIntoCustomerProject, repoRoot, type PackedProject } from '../../scripts/customer/pack.js';
import { launchChromium } from '../../scripts/customer/chromium.js';

let project: PackedProject;
let browser: Browser;

before(async () => {
  project = packIntoCustomerProject();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  project?.remove();
});

const tags = elementTags();
const entries = discoverEntries().present;

/** Every specifier the exports map offers: its keys, with `./*` expanded to every element folder. */
function specifiers(exportsMap: Record<string, unknown>): string[] {
  return Object.keys(exportsMap).flatMap((key) => {
    const subpath = key === '.' ? '' : key.slice(1);
    return subpath.includes('*') ? tags.map((tag) => `tillit${subpath.replace('*', tag)}`) : [`tillit${subpath}`];
  });
}

/**
 * The types-only entries (`tillit/react`, `tillit/vue`: JSX and template types, no JavaScript): keys with a
 * `types` condition and nothing a runtime could load.
 */
function typesOnly(exportsMap: Record<string, unknown>): string[] {
  return Object.entries(exportsMap)
    .filter(([, target]) => typeof target === 'object' && target !== null && Object.keys(target).every((c) => c === 'types'))
    .map(([key]) => `tillit${key.slice(1)}`);
}

/** Resolves specifiers with Node's own resolver from a module of the customer's project. */
function nodeResolve(specs: readonly string[], conditions: readonly string[] = []): Record<string, string> {
  const script = join(project.dir, 'resolve.mjs');
  writeFileSync(
    script,
    `const out = {};
for (const spec of process.argv.slice(2)) {
  try { out[spec] = import.meta.resolve(spec); } catch (error) { out[spec] = 'error: ' + error.code; }
}
console.log(JSON.stringify(out));
`,
  );
  const args = [...conditions.map((c) => `--conditions=${c}`), script, ...specs];
  const run = spawnSync(process.execPath, args, { cwd: project.dir, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as Record<string, string>;
}

/** `file:///tmp/x/node_modules/tillit/dist/a.js` -> `dist/a.js`, or undefined outside the package. */
function shippedPath(resolved: string): string | undefined {
  const path = resolved.startsWith('file:') ? new URL(resolved).pathname : resolved;
  const prefix = `${project.packageDir}/`;
  return path.startsWith(prefix) ? path.slice(prefix.length) : undefined;
}

describe('the packed package', () => {
  it('ships what the exports map needs and nothing of the sources', () => {
    for (const file of project.files) assert.doesNotMatch(file, /^(src|demo|test|scripts)\//, `${file} is shipped`);
    assert.ok(project.files.has('openapi.json') && project.files.has('CONTRACT.md') && project.files.has('custom-elements.json'));
  });

  it("resolves every exports key to a shipped file with Node's resolver (default and types conditions)", () => {
    const specs = specifiers(project.manifest.exports);
    assert.ok(specs.includes('tillit/openapi.json') && specs.includes('tillit/CONTRACT.md'));
    const declarationsOnly = typesOnly(project.manifest.exports);
    assert.deepEqual(declarationsOnly, ['tillit/react', 'tillit/vue']);
    for (const conditions of [[], ['types']]) {
      const resolved = nodeResolve(specs, conditions);
      for (const spec of specs) {
        if (conditions.length === 0 && declarationsOnly.includes(spec)) {
          // Nothing to import at runtime: an `import 'tillit/react'` fails at once instead of loading a stub.
          assert.equal(resolved[spec], 'error: ERR_PACKAGE_PATH_NOT_EXPORTED', `${spec} has no JavaScript`);
          continue;
        }
        const file = shippedPath(resolved[spec] ?? '');
        assert.ok(file, `${spec} (${conditions.join(',') || 'default'}) resolves outside the package: ${resolved[spec]}`);
        assert.ok(project.files.has(file), `${spec} (${conditions.join(',') || 'default'}) resolves to ${file}, which is not shipped`);
      }
    }
    const plain = nodeResolve(['tillit/openapi.json', 'tillit/CONTRACT.md']);
    assert.equal(shippedPath(plain['tillit/openapi.json'] ?? ''), 'openapi.json');
    assert.equal(shippedPath(plain['tillit/CONTRACT.md'] ?? ''), 'CONTRACT.md');
  });

  it("resolves every exports key as a customer's esbuild does, to the same file as Node", async () => {
    const specs = specifiers(project.manifest.exports);
    const byNode = nodeResolve(specs);
    const byEsbuild: Record<string, string> = {};
    await build({
      absWorkingDir: project.dir,
      stdin: { contents: '', resolveDir: project.dir },
      write: false,
      logLevel: 'silent',
      plugins: [
        {
          name: 'resolve-every-key',
          setup(b) {
            b.onStart(async () => {
              for (const spec of specs) {
                const result = await b.resolve(spec, { kind: 'import-statement', resolveDir: project.dir });
                byEsbuild[spec] = result.errors.length ? `error: ${result.errors[0]?.text}` : result.path;
              }
            });
          },
        },
      ],
    });
    for (const spec of specs) {
      assert.equal(shippedPath(byEsbuild[spec] ?? ''), shippedPath(byNode[spec] ?? ''), `${spec}: esbuild ${byEsbuild[spec]}`);
    }
  });

  it('defines the tags of each registering entry, and none for the others, in Chromium', async () => {
    assert.ok(entries.some((e) => e.specifier === 'tillit' && e.tags.length === tags.length && tags.length > 0));
    for (const [index, entry] of entries.entries()) {
      const source = `define-${index}.js`;
      writeFileSync(join(project.dir, source), `export * from '${entry.specifier}';\n`);
      const built = await bundleCustomerEntry(project.dir, source, `define-${index}`);
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.route('http://tillit.test/**', async (route) => {
        const name = new URL(route.request().url()).pathname.slice(1);
        if (name === '') return route.fulfill({ contentType: 'text/html', body: `<script type="module" src="/${source}"></script>` });
        return route.fulfill({ contentType: 'text/javascript', path: join(built.outdir, name) });
      });
      await page.addInitScript(() => {
        const defined: string[] = [];
        (globalThis as unknown as { defined: string[] }).defined = defined;
        const define = customElements.define.bind(customElements);
        customElements.define = (name, constructor, options) => {
          defined.push(name);
          define(name, constructor, options);
        };
      });
      await page.goto('http://tillit.test/');
      await page.waitForFunction(() => document.readyState === 'complete');
      const defined = await page.evaluate(() => (globalThis as unknown as { defined: string[] }).defined);
      await page.close();
      assert.deepEqual(errors, [], `${entry.specifier}: page errors`);
      if (!entry.registers) assert.deepEqual(defined, [], `${entry.specifier} registers nothing`);
      for (const tag of entry.tags) assert.ok(defined.includes(tag), `${entry.specifier} defines <${tag}>: defined ${defined.join(', ')}`);
    }
  });

  it("names shipped files in custom-elements.json, each exporting what the manifest says and defining its tag", async () => {
    const manifest = JSON.parse(readFileSync(join(project.packageDir, 'custom-elements.json'), 'utf8')) as {
      modules: { path: string; exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[] }[];
    };
    const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition'));
    assert.deepEqual(definitions.map((d) => d.name).sort(), tags, 'a custom-element-definition per element folder');
    for (const mod of manifest.modules) {
      assert.ok(project.files.has(mod.path), `module path ${mod.path} is shipped`);
      const result = await build({
        absWorkingDir: project.dir,
        entryPoints: [join(project.packageDir, mod.path)],
        bundle: true,
        format: 'esm',
        write: false,
        metafile: true,
        outdir: 'manifest-out',
        logLevel: 'silent',
      });
      const exported = Object.values(result.metafile.outputs).flatMap((o) => o.exports);
      for (const entry of mod.exports ?? []) {
        if (entry.declaration.module) assert.ok(project.files.has(entry.declaration.module), `${entry.declaration.module} is shipped`);
        assert.ok(exported.includes(entry.declaration.name), `${mod.path} exports ${entry.declaration.name}`);
      }
    }
  });

  it('exports every element class from `tillit` and `tillit/elements`', async () => {
    const manifest = JSON.parse(readFileSync(join(project.packageDir, 'custom-elements.json'), 'utf8')) as {
      modules: { declarations?: { name: string; customElement?: boolean }[] }[];
    };
    const classes = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement).map((d) => d.name);
    for (const spec of ['tillit', 'tillit/elements']) {
      const result = await build({
        absWorkingDir: project.dir,
        stdin: { contents: `export * from '${spec}';`, resolveDir: project.dir },
        bundle: true,
        format: 'esm',
        write: false,
        metafile: true,
        outdir: 'classes-out',
        logLevel: 'silent',
      });
      const exported = Object.values(result.metafile.outputs).flatMap((o) => o.exports);
      for (const name of [...classes, 'defineElement']) assert.ok(exported.includes(name), `${spec} exports ${name}`);
    }
  });

  it('runs the client in Node from the tarball alone, loading the compiled validators of the row it calls', () => {
    const script = `import { createClient } from 'tillit/client';
const session = { user: { id: 'u1', displayName: 'Ada', email: null, phone: null }, expiresAt: '2030-01-01T00:00:00Z' };
const client = createClient({ baseUrl: 'https://api.example.com', fetch: async () => Response.json(session) });
const bad = createClient({ baseUrl: 'https://api.example.com', fetch: async () => Response.json({ user: 'nobody' }) });
const got = await client.getSession();
const refused = await bad.getSession().then(() => 'accepted', (error) => error.code);
console.log(JSON.stringify({ name: got.user.displayName, refused }));
`;
    writeFileSync(join(project.dir, 'node-client.mjs'), script);
    const run = spawnSync(process.execPath, ['node-client.mjs'], { cwd: project.dir, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), { name: 'Ada', refused: 'invalid_response' });
  });
  // A server-rendering host (Next, Nuxt, Astro, Angular Universal) imports our entries in Node while it renders:
  // an entry that touches window or document at import time crashes the customer's server.
  it('imports every JavaScript entry in Node (server-side rendering) without window or document', () => {
    const declarationsOnly = typesOnly(project.manifest.exports);
    const specs = specifiers(project.manifest.exports).filter((spec) => !/\.(json|md|css)$|image-worker/.test(spec) && !declarationsOnly.includes(spec));
    assert.ok(specs.includes('tillit') && specs.includes('tillit/login-form') && specs.includes('tillit/image'));
    const script = `const failures = [];
for (const spec of process.argv.slice(2)) {
  try { await import(spec); } catch (error) { failures.push(spec + ': ' + (error && error.message)); }
}
console.log(JSON.stringify({ failures, window: typeof window, document: typeof document }));
`;
    writeFileSync(join(project.dir, 'ssr-import.mjs'), script);
    const run = spawnSync(process.execPath, ['ssr-import.mjs', ...specs], { cwd: project.dir, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), { failures: [], window: 'undefined', document: 'undefined' });
  });

  it('ships types that name only packages it declares (under pnpm a customer resolves nothing else)', () => {
    // The types-only framework entries (tillit/react, tillit/vue) name their framework's types, declared as optional
    // peers: a customer who imports tillit/react has React's types, and nobody else installs them.
    const peers = Object.keys(project.manifest.peerDependencies ?? {}).map((name) => (name === '@types/react' ? 'react' : name));
    const declared = ['tillit', ...Object.keys(project.manifest.dependencies ?? {}), ...peers];
    const named = new Map<string, string>();
    for (const file of project.files) {
      if (!file.endsWith('.d.ts')) continue;
      // Comments left out: their examples name packages too.
      const text = readFileSync(join(project.packageDir, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      for (const match of text.matchAll(/(?:from\s+|import\(\s*)["']([^"'./][^"']*)["']/g)) {
        const spec = match[1] ?? '';
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] ?? spec);
        if (!declared.includes(name) && !named.has(name)) named.set(name, file);
      }
    }
    assert.deepEqual(Object.fromEntries(named), {}, 'shipped types import packages tillit does not declare (annotate with lit\'s types)');
  });

  // Last: it turns the project from pnpm's strict layout into npm's hoisted one; the types must check in both.
  it("type-checks a customer's TypeScript against the shipped types (bundler and nodenext resolution, pnpm's and npm's layouts)", () => {
    writeFileSync(
      join(project.dir, 'customer.ts'),
      `import { createClient, isTillitError, type SignInResult } from 'tillit/client';
import 'tillit/login-form';
import { LoginForm, defineElement } from 'tillit/elements';

const client = createClient({ baseUrl: 'https://api.example.com' });
export const answer: Promise<SignInResult> = client.signIn({ identifier: { type: 'email', email: 'a@example.com' }, password: 'p' });
const form: LoginForm = document.createElement('login-form');
form.client = client;
form.addEventListener('tillit-signed-in', (event) => console.log(event.session.user.displayName, event.method));
answer.catch((error: unknown) => isTillitError(error) && console.log(error.code));
defineElement('acme-login-form', LoginForm);
// @ts-expect-error: no such row
void client.noSuchMethod;
`,
    );
    for (const [module, moduleResolution, layout] of [
      ['esnext', 'bundler', 'pnpm'],
      ['nodenext', 'nodenext', 'pnpm'],
      ['esnext', 'bundler', 'npm'],
      ['nodenext', 'nodenext', 'npm'],
    ] as const) {
      if (layout === 'npm') project.hoist();
      const tsconfig = {
        compilerOptions: { strict: true, noEmit: true, target: 'es2022', lib: ['es2023', 'dom', 'dom.iterable'], module, moduleResolution, types: [], skipLibCheck: false },
        files: ['customer.ts'],
      };
      writeFileSync(join(project.dir, 'tsconfig.json'), JSON.stringify(tsconfig));
      const run = spawnSync(join(repoRoot, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], { cwd: project.dir, encoding: 'utf8' });
      assert.equal(run.status, 0, `${moduleResolution}, ${layout}'s layout:\n${run.stdout}${run.stderr}`);
    }
  });

});
