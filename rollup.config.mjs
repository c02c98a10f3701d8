// Library build: one ESM file per public entry (see scripts/build-entries.mjs), code shared between entries in
// dist/chunks/, lazily imported locales left as their own chunks. Types come from `tsc -p tsconfig.build.json`.
import { readFileSync, rmSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { discoverEntries } from './scripts/build-entries.mjs';
import { minifyTemplates } from './scripts/rollup-minify-templates.mjs';
import { bundledWorkers } from './scripts/rollup-worker.mjs';
import { coreChunks } from './scripts/rollup-core-chunks.mjs';

const { present, missing } = discoverEntries();
for (const entry of missing) console.warn(`rollup: skipping ${entry.specifier} (${entry.source} does not exist yet)`);
if (present.length === 0) throw new Error('rollup: no entry source exists yet, nothing to build');

// Runtime dependencies stay imports so an app that also uses lit (or zod) loads one copy, not two.
// scripts/size.ts measures entries with them bundled in, which is what a user actually downloads.
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const runtimeDeps = Object.keys(pkg.dependencies ?? {});
const isExternal = (id) => runtimeDeps.some((dep) => id === dep || id.startsWith(`${dep}/`));

/**
 * Chunks that contain a define.ts run `customElements.define` when loaded, so they must be listed in
 * `sideEffects` (bundlers would otherwise drop a side-effect-free chunk nobody takes exports from).
 * Naming them `register-*` lets package.json match them with one glob.
 *
 * No content hash in chunk names: a customer's bundler hashes its own output, and keeps each lazy chunk's name in
 * the file it makes of it (`second-factor-<its hash>.js`), which every `import()` of it spells out; our random
 * 8 characters there cost ~190 B gzip on the sign-in page (issue 6). An npm version pins the files, so nothing
 * caches by our names. An element's locale chunks carry its folder's name (`login-form.messages.sv.js`), where
 * rollup would number same-named ones (`messages4.sv.js`).
 */
function chunkFileNames(chunk) {
  const registers = chunk.moduleIds.some((id) => /[\\/]src[\\/]elements[\\/][^\\/]+[\\/]define\.ts$/.test(id));
  if (registers) return 'chunks/register-[name].js';
  const element = /[\\/]src[\\/]elements[\\/]([^\\/]+)[\\/]messages\.[a-z]+\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1];
  return element ? `chunks/${element}.[name].js` : 'chunks/[name].js';
}

/**
 * The regexes several flows' validators share (src/client/compiled/patterns.ts) live in the client's first chunk:
 * only lazy chunks import them, so rollup would otherwise give them a chunk of their own, one more file (and ~50 B
 * gzip more) with the first call of every flow. The client's error and default-client modules are named too, as
 * elements import them: without a chunk of their own they would be pulled into the client's and load it with
 * every element. Everything else <login-form> loads up front is grouped by scripts/rollup-core-chunks.mjs.
 */
function manualChunks(id, api) {
  if (/[\\/]src[\\/]client[\\/](errors|default-client)\.ts$/.test(id)) return 'default-client';
  if (/[\\/]src[\\/]client[\\/](create-client|compiled[\\/]patterns)\.ts$/.test(id)) return 'create-client';
  for (const core of elementCores) {
    const name = core(id, api);
    if (name) return name;
  }
  return undefined;
}

/**
 * What each element loads up front and its lazy parts load too, in one chunk per element (see
 * scripts/rollup-core-chunks.mjs): <login-form> first, as before, so the sign-in page keeps its files; every other
 * element's core takes only what no other element loads at all (nor what that imports), so no entry and no lazy
 * part of another element loads it. Without them, a page with every element fetched each element's up-front
 * modules in as many small files as there are sets of lazy parts reaching them (issue 8).
 */
const absolute = (source) => new URL(`./${source}`, import.meta.url).pathname;
const elementSources = present.filter((e) => e.kind === 'element').map((e) => absolute(e.source));
const loginFormSource = absolute('src/elements/login-form/define.ts');
const elementCores = [
  coreChunks(loginFormSource, elementSources),
  ...elementSources.filter((source) => source !== loginFormSource).map((entry) => coreChunks(entry, elementSources, { exclusive: true })),
];

/** Resolve, compile and minify: shared by the entries and the workers they ship. */
const compile = () => [
  nodeResolve({ exportConditions: ['browser', 'production'], extensions: ['.ts', '.js'] }),
  // Lit templates lose their indentation (terser keeps template literals as written).
  minifyTemplates(),
  // esbuild reads tsconfig.json for the decorator settings (experimentalDecorators, no define semantics).
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', sourceMap: true }),
  // `Worker` stays by name: src/image/trusted-worker.ts shadows it so bundlers still see `new Worker(new URL())`.
  terser({ ecma: 2022, module: true, compress: { passes: 2 }, mangle: { reserved: ['Worker'] }, format: { comments: false } }),
];

/**
 * Entries that start a worker are emitted with `preserveSignature: 'allow-extension'`: their own file may export
 * more for their lazy chunks instead of becoming a facade over a shared chunk, so the module with the worker's
 * `new URL('./image-worker.js', import.meta.url)` stays in `dist/image.js`, next to the worker file (a
 * customer copying the worker by hand puts it beside the bundle, not one folder up).
 */
const withWorkers = present.filter((e) => e.workers);

export default {
  input: Object.fromEntries(present.filter((e) => !e.workers).map((e) => [e.output, e.source])),
  external: isExternal,
  plugins: [
    // Start from an empty dist/ so a renamed or deleted element leaves no stale file behind to be published.
    { name: 'clean-dist', buildStart: () => rmSync('dist', { recursive: true, force: true }) },
    {
      name: 'entries-with-workers',
      buildStart() {
        for (const e of withWorkers) this.emitFile({ type: 'chunk', id: e.source, fileName: `${e.output}.js`, preserveSignature: 'allow-extension' });
      },
    },
    // Before the compile step: it rewrites the worker URLs in the TypeScript source.
    bundledWorkers(present.flatMap((e) => e.workers ?? []), compile),
    ...compile(),
    // The page-level tokens (`import 'tillit/tillit.css'`), generated from src/theme/tokens.ts and kept in step
    // by test/node/theme/css-file.test.ts.
    {
      name: 'theme-css',
      generateBundle() {
        this.emitFile({ type: 'asset', fileName: 'tillit.css', source: readFileSync('src/theme/tillit.css', 'utf8') });
      },
    },
  ],
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames,
    manualChunks,
    sourcemap: true,
    // Keep `import 'lit'` etc. as written; no interop helpers for an ESM-only package.
    generatedCode: 'es2015',
    // No bare `import './chunks/x.js'` of transitive chunks: they only preload, and a customer's bundler warns
    // about each one ("ignoring this import because it was marked as having no side effects").
    hoistTransitiveImports: false,
  },
};
