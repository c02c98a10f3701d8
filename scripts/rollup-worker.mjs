// Rollup plugin: ships a Web Worker as a real, self-contained file next to the entries, and points the
// `new Worker(new URL('./x.ts', import.meta.url), ...)` in the source at it. The source keeps the `.ts`
// name so dev servers (web-test-runner, Vite/Storybook) serve and compile it; the published file is plain
// `.js`, bundled on its own (no imports, so a bundler that only copies it as an asset still has a working
// worker), and the reference becomes `new URL('./x.js', import.meta.url)` relative to whichever chunk holds it,
// the pattern Vite, webpack and Parcel recognise.
import { readFile } from 'node:fs/promises';
import { basename, dirname, relative, resolve } from 'node:path';
import { rollup } from 'rollup';

/**
 * @param {{ source: string, fileName: string }[]} workers  repo-relative worker sources and their dist names
 * @param {() => import('rollup').Plugin[]} plugins  the plugins to build each worker with (TS, resolve, minify)
 * @returns {import('rollup').Plugin}
 */
export function bundledWorkers(workers, plugins) {
  const bySource = new Map(workers.map((w) => [resolve(w.source), w]));
  /** @type {Map<string, string>} worker source -> emitted file reference */
  const references = new Map();
  /** Settles once every worker is built and emitted (modules may load while buildStart still runs). */
  let built = Promise.resolve();
  /** Builds each worker on its own and emits it with its map. @param {import('rollup').PluginContext} context */
  async function buildWorkers(context) {
    for (const [source, worker] of bySource) {
      const bundle = await rollup({ input: source, plugins: plugins(), onwarn: (w) => context.warn(w) });
      const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true, sourcemap: true });
      await bundle.close();
      const [chunk] = output;
      if (chunk.imports.length > 0 || chunk.exports.length > 0) context.error(`${worker.source} must bundle to one file without imports or exports`);
      for (const id of chunk.moduleIds) if (!id.startsWith('\0')) context.addWatchFile(id);
      // The code already ends in a sourceMappingURL comment naming the map beside it.
      const code = chunk.code.replace(/sourceMappingURL=\S+\s*$/, `sourceMappingURL=${basename(worker.fileName)}.map\n`);
      references.set(source, context.emitFile({ type: 'asset', fileName: worker.fileName, source: code }));
      context.emitFile({ type: 'asset', fileName: `${worker.fileName}.map`, source: chunk.map.toString() });
    }
  }
  return {
    name: 'bundled-workers',
    buildStart() {
      built = buildWorkers(this);
      return built;
    },
    // Rewrites `new URL('./worker.ts', import.meta.url)` in the module that starts a worker. In `load`, before
    // TypeScript is stripped: the change stays on its line, so the module's source map stays right elsewhere.
    async load(id) {
      if (!/\.ts$/.test(id)) return null;
      await built;
      const code = await readFile(id, 'utf8');
      let changed = code;
      for (const [source] of bySource) {
        let spec = relative(dirname(id), source).split('\\').join('/');
        if (!spec.startsWith('.')) spec = `./${spec}`;
        const escaped = spec.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
        const pattern = new RegExp(`new URL\\((['"])${escaped}\\1,\\s*import\\.meta\\.url\\)`, 'g');
        changed = changed.replace(pattern, () => `import.meta.ROLLUP_FILE_URL_${references.get(source)}`);
      }
      return changed === code ? null : changed;
    },
    resolveFileUrl({ referenceId, relativePath }) {
      if (![...references.values()].includes(referenceId)) return null;
      // A URL object (not `.href`) keeps `new Worker(new URL(...))` literal for the bundlers that look for it.
      const path = relativePath.startsWith('.') ? relativePath : `./${relativePath}`;
      return `new URL(${JSON.stringify(path)}, import.meta.url)`;
    },
  };
}
