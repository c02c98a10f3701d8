/**
 * Each public entry as a customer's build ships it: a module that imports only that entry (every export kept),
 * bundled from the packed package by esbuild (lit, zod, ... included, minified, split). Reports the bytes loaded
 * up front and the lazy chunks, and what no bundle of an entry may contain.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entry } from '../build-entries.mjs';
import { bundleCustomerEntry, type BuiltFile } from './bundle.js';
import { repoRoot, type PackedProject } from './pack.js';

export interface EntrySize {
  readonly entry: Entry;
  /** Sum over the files loaded before any lazy chunk (each gzipped on its own, as each is fetched). */
  readonly min: number;
  readonly gzip: number;
  readonly eager: readonly BuiltFile[];
  readonly lazy: readonly BuiltFile[];
  /** Things the bundle must not contain, in words. */
  readonly problems: readonly string[];
}

// The reference backend and its server-only dependencies: as packages in the bundle, as sources in our chunks'
// source maps, or as words that survive minification (globals, property names, strings).
const backendParts = /^(hono|@hono\/.*|@simplewebauthn\/server|@noble\/hashes|otpauth|@peculiar\/.*)$/;
const backendWords = ['scrypt', 'generateRegistrationOptions', 'verifyRegistrationResponse', 'HonoRequest'];
// The client must stay usable without any element: no lit runtime, no registration, eagerly or lazily.
const uiParts = /^(lit|lit-element|lit-html|@lit\/reactive-element)$/;
const uiSources = /^src\/(elements|controllers)\//;
const clientWords = ['customElements', 'litElementVersions', 'reactiveElementVersions', 'LitElement', 'ReactiveElement'];
/**
 * zod is the contract's language, not the browser's: the client validates with compiled data (src/client/compiled/),
 * so no file of any entry, eager or lazy, may hold zod, nor the contract's schemas written in it.
 */
export const zodInput = /(^|\/)node_modules\/zod\//;
/** The files of src/contract that build zod schemas (a value import of zod), repository-relative. */
const zodSources = new Set(
  readdirSync(join(repoRoot, 'src/contract'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => `src/contract/${file}`)
    .filter((file) => /^import (?!type\b).*from 'zod(\/[\w-]+)?';$/m.test(readFileSync(join(repoRoot, file), 'utf8'))),
);

/** Why `file` carries zod, if it does: its zod inputs, or the contract modules (zod schemas) in it. */
export function zodIn(file: BuiltFile): string | undefined {
  const zod = file.inputs.filter((input) => zodInput.test(input));
  if (zod.length > 0) return `${file.name} contains zod (${zod.length} modules of node_modules/zod)`;
  const contract = file.sources.filter((source) => zodSources.has(source));
  if (contract.length > 0) return `${file.name} contains the contract's zod schemas (${contract.join(', ')})`;
  return undefined;
}

function problemsOf(entry: Entry, eager: readonly BuiltFile[], all: readonly BuiltFile[], textOf: (f: BuiltFile) => string): string[] {
  const problems: string[] = [];
  for (const file of all) {
    for (const part of file.parts.filter((p) => backendParts.test(p))) problems.push(`contains backend package ${part} (${file.name})`);
    for (const source of file.sources.filter((s) => s.startsWith('demo/'))) problems.push(`contains backend code ${source}`);
    const text = textOf(file);
    for (const word of backendWords.filter((w) => text.includes(w))) problems.push(`contains backend identifier "${word}" (${file.name})`);
  }
  for (const file of all) {
    const zod = zodIn(file);
    if (zod) problems.push(zod);
  }
  if (entry.kind === 'client') {
    for (const file of all) {
      for (const part of file.parts.filter((p) => uiParts.test(p))) problems.push(`client pulls in ${part} (${file.name})`);
      for (const source of file.sources.filter((s) => uiSources.test(s))) problems.push(`client pulls in ${source}`);
    }
    for (const file of eager) {
      const text = textOf(file);
      for (const word of clientWords.filter((w) => text.includes(w))) problems.push(`client contains "${word}" (${file.name})`);
    }
  }
  return problems;
}

export async function measureEntry(project: PackedProject, entry: Entry, index: number): Promise<EntrySize> {
  const source = `entry-${index}.js`;
  writeFileSync(join(project.dir, source), `export * from '${entry.specifier}';\n`);
  const build = await bundleCustomerEntry(project.dir, source, `entry-${index}`);
  const files = [...build.files.values()];
  const eager = files.filter((f) => build.eager.has(f.name));
  const lazy = files.filter((f) => !build.eager.has(f.name));
  const pathOf = new Map(files.map((f) => [f.name, join(build.outdir, f.name)]));
  // A worker the entry starts is a file of its own in the package (bundlers do not follow `new Worker(new URL())`
  // on their own): measured from its published path and reported as loaded on demand.
  for (const [n, worker] of (entry.workers ?? []).entries()) {
    const name = `entry-${index}-worker-${n}`;
    writeFileSync(join(project.dir, `${name}.js`), `import 'tillit/${worker.fileName}';\n`);
    const workerBuild = await bundleCustomerEntry(project.dir, `${name}.js`, name);
    for (const file of workerBuild.files.values()) {
      const named = { ...file, name: `${worker.fileName} (${file.name})` };
      pathOf.set(named.name, join(workerBuild.outdir, file.name));
      files.push(named);
      lazy.push(named);
    }
  }
  const textOf = (file: BuiltFile): string => readFileSync(pathOf.get(file.name) ?? join(build.outdir, file.name), 'utf8');
  return {
    entry,
    min: eager.reduce((sum, f) => sum + f.min, 0),
    gzip: eager.reduce((sum, f) => sum + f.gzip, 0),
    eager,
    lazy,
    problems: problemsOf(entry, eager, files, textOf),
  };
}
