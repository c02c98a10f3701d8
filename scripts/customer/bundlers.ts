/**
 * The same customer entry built by the bundlers exchanges' web teams use, each as a production build does by
 * default: esbuild (bundle.ts), Rollup with node-resolve (browser field) and terser, Vite, and webpack. What one
 * bundler puts in a file the others may split, so the bytes a page loads up front differ by bundler, and a budget
 * names the bundler it was measured with. Rollup and webpack leave out of a lazy chunk what the page that loads it
 * has loaded already; esbuild and Vite (rolldown) put each module in one file per set of entry points reaching it,
 * every `import()` target counting as one.
 *
 * Only esbuild's build is inspected part by part (bundle.ts: which packages, which of our sources); the others
 * report their files and each file's static imports, enough to sum what loads before any `import()`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup, type OutputChunk } from 'rollup';
import { build as viteBuild, type Rolldown } from 'vite';
import webpack from 'webpack';
import { bundleCustomerEntry, gzipSize } from './bundle.js';

export const bundlers = ['esbuild', 'rollup', 'vite', 'webpack'] as const;
export type Bundler = (typeof bundlers)[number];

export interface OutputFile {
  readonly name: string;
  readonly code: Uint8Array;
  /** Files this one imports statically (`import ... from`), loaded with it. */
  readonly imports: readonly string[];
}

export interface Output {
  readonly entry: string;
  readonly files: ReadonlyMap<string, OutputFile>;
}

export interface UpFront {
  /** Files loaded before any `import()`: the entry and its static imports, transitively. */
  readonly files: readonly OutputFile[];
  /** Each file gzipped on its own (as it is fetched), summed. */
  readonly min: number;
  readonly gzip: number;
  /** The same files concatenated and gzipped as one: what splitting them into files costs is `gzip` less this. */
  readonly unsplitGzip: number;
  /** Every other file of the build (loaded on demand), gzipped, summed. */
  readonly lazyGzip: number;
}

const fromChunks = (chunks: readonly Pick<OutputChunk, 'fileName' | 'code' | 'imports' | 'isEntry'>[]): Output => {
  const entry = chunks.find((c) => c.isEntry);
  if (!entry) throw new Error('the build has no entry chunk');
  const files = new Map(chunks.map((c) => [c.fileName, { name: c.fileName, code: Buffer.from(c.code), imports: c.imports }]));
  return { entry: entry.fileName, files };
};

async function withEsbuild(projectDir: string, entry: string, outdirName: string): Promise<Output> {
  const build = await bundleCustomerEntry(projectDir, entry, outdirName);
  const outputs = Object.entries(build.metafile.outputs).filter(([path]) => path.endsWith('.js'));
  const nameOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);
  const files = new Map(
    outputs.map(([path, output]) => {
      const imports = output.imports.filter((i) => i.kind === 'import-statement').map((i) => nameOf(i.path));
      return [nameOf(path), { name: nameOf(path), code: readFileSync(join(build.outdir, nameOf(path))), imports }] as const;
    }),
  );
  const entryFile = outputs.find(([, output]) => output.entryPoint === entry);
  if (!entryFile) throw new Error(`esbuild reported no output for ${entry}`);
  return { entry: nameOf(entryFile[0]), files };
}

async function withRollup(projectDir: string, entry: string): Promise<Output> {
  const bundle = await rollup({
    input: join(projectDir, entry),
    plugins: [nodeResolve({ browser: true, rootDir: projectDir })],
    // The entry re-exports every element: keep them, as a page that uses them all would.
    preserveEntrySignatures: 'strict',
    onwarn: () => {},
  });
  try {
    const { output } = await bundle.generate({ format: 'es', plugins: [terser()] });
    return fromChunks(output.filter((o): o is OutputChunk => o.type === 'chunk'));
  } finally {
    await bundle.close();
  }
}

async function withVite(projectDir: string, entry: string): Promise<Output> {
  const result = await viteBuild({
    root: projectDir,
    configFile: false,
    logLevel: 'silent',
    build: { write: false, rolldownOptions: { input: join(projectDir, entry), preserveEntrySignatures: 'strict' } },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  return fromChunks(outputs.flatMap((o) => o.output).filter((o): o is Rolldown.OutputChunk => o.type === 'chunk'));
}

/**
 * webpack in production mode, its entry's exports kept (an ES module library, as the others keep them). Its files
 * loaded up front are the entry point's own (the runtime loads them together, not through `import`), so the first
 * stands for the entry and imports the rest.
 */
async function withWebpack(projectDir: string, entry: string, outdirName: string): Promise<Output> {
  const outdir = join(projectDir, outdirName);
  const stats = await new Promise<webpack.Stats>((resolve, reject) => {
    webpack(
      {
        mode: 'production',
        context: projectDir,
        entry: { main: `./${entry}` },
        output: { path: outdir, library: { type: 'module' }, module: true, chunkFormat: 'module' },
        experiments: { outputModule: true },
        target: 'web',
        devtool: false,
      },
      (error, result) => (error || !result ? reject(error ?? new Error('webpack reported nothing')) : resolve(result)),
    );
  });
  const json = stats.toJson({ all: false, assets: true, entrypoints: true, errors: true });
  if (json.errors?.length) throw new Error(`webpack: ${json.errors.map((e) => e.message).join('\n')}`);
  const script = (name: string) => /\.m?js$/.test(name);
  const upFront = (json.entrypoints?.main?.assets ?? []).map((a) => a.name).filter(script);
  const [first, ...rest] = upFront;
  if (!first) throw new Error('webpack reported no file for the entry');
  const files = new Map(
    (json.assets ?? [])
      .map((a) => a.name)
      .filter(script)
      .map((name) => [name, { name, code: readFileSync(join(outdir, name)), imports: name === first ? rest : [] }] as const),
  );
  return { entry: first, files };
}

/** Builds `entry` (a file in the customer project) with `bundler`; esbuild and webpack write to `<project>/<outdirName>`. */
export function buildWith(bundler: Bundler, projectDir: string, entry: string, outdirName: string): Promise<Output> {
  switch (bundler) {
    case 'esbuild':
      return withEsbuild(projectDir, entry, outdirName);
    case 'rollup':
      return withRollup(projectDir, entry);
    case 'vite':
      return withVite(projectDir, entry);
    case 'webpack':
      return withWebpack(projectDir, entry, outdirName);
  }
}

/** What the build's entry loads up front, and the rest. */
export function upFront(output: Output): UpFront {
  const seen = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name) || !output.files.has(name)) return;
    seen.add(name);
    for (const imported of output.files.get(name)?.imports ?? []) visit(imported);
  };
  visit(output.entry);
  const all = [...output.files.values()];
  const files = all.filter((f) => seen.has(f.name));
  const sum = (list: readonly OutputFile[], size: (f: OutputFile) => number) => list.reduce((total, f) => total + size(f), 0);
  return {
    files,
    min: sum(files, (f) => f.code.length),
    gzip: sum(files, (f) => gzipSize(f.code)),
    unsplitGzip: gzipSize(Buffer.concat(files.map((f) => f.code))),
    lazyGzip: sum(all.filter((f) => !seen.has(f.name)), (f) => gzipSize(f.code)),
  };
}
