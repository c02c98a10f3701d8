/**
 * A customer's production build: esbuild, bundled, minified, code-split ESM for browsers, with its default
 * resolution (`browser`, `import`, `default` conditions; package.json `sideEffects` honoured). No tsconfig, no
 * aliases: the customer's code imports `tillit/...` and gets what the exports map gives.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';

export interface BuiltFile {
  /** The file name in the output directory, e.g. `chunk-ABC.js`. */
  readonly name: string;
  readonly min: number;
  readonly gzip: number;
  /** What the file is made of, biggest first: package names (`lit-html`) or shipped files (`tillit/dist/chunks/sign-in-*.js`). */
  readonly parts: readonly string[];
  /** Shipped tillit files (package-relative) bundled into it. */
  readonly tillitFiles: readonly string[];
  /** The repository sources of those files (`src/contract/sign-in.ts`, ...), read from their shipped source maps. */
  readonly sources: readonly string[];
  /** Every input esbuild put into it, project-relative (`node_modules/zod/v4/core/schemas.js`, ...). */
  readonly inputs: readonly string[];
}

export interface CustomerBuild {
  readonly outdir: string;
  /** Every JS file of the build, by name. */
  readonly files: ReadonlyMap<string, BuiltFile>;
  /** Names of the files the entry imports statically (what loads before any lazy chunk). */
  readonly eager: ReadonlySet<string>;
  readonly metafile: Metafile;
}

export const gzipSize = (bytes: Uint8Array): number => gzipSync(bytes, { level: 9 }).length;

/** `node_modules/tillit/dist/chunks/x.js` -> `tillit/dist/chunks/x.js`; `node_modules/lit-html/x.js` -> `lit-html`. */
function partOf(input: string): string {
  const at = input.lastIndexOf('node_modules/');
  if (at < 0) return input;
  const rest = input.slice(at + 'node_modules/'.length);
  const segments = rest.split('/');
  const name = segments[0]?.startsWith('@') ? segments.slice(0, 2).join('/') : (segments[0] ?? rest);
  return name === 'tillit' ? `tillit/${segments.slice(1).join('/')}` : name;
}

/** The sources a shipped file was built from, as its source map names them, repository-relative. */
function sourcesOf(packageDir: string, file: string): string[] {
  const map = join(packageDir, `${file}.map`);
  if (!existsSync(map)) return [];
  const { sources } = JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] };
  return sources.map((source) => posix.normalize(posix.join(posix.dirname(file), source))).filter((s) => !s.startsWith('..'));
}

/**
 * Bundles `entry` (a file in the customer project) into `<project>/<outdir>`. Fails on any esbuild warning: a
 * warning in a customer's build about our package (an ignored import, a missing export) is a defect of the package.
 */
export async function bundleCustomerEntry(projectDir: string, entry: string, outdirName = 'out'): Promise<CustomerBuild> {
  const outdir = join(projectDir, outdirName);
  const result = await build({
    absWorkingDir: projectDir,
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    platform: 'browser',
    outdir,
    metafile: true,
    logLevel: 'silent',
  });
  if (result.warnings.length > 0) {
    throw new Error(`the customer's build warns:\n${result.warnings.map((w) => `  - ${w.text} (${w.location?.file ?? ''})`).join('\n')}`);
  }
  const files = new Map<string, BuiltFile>();
  let entryName = '';
  for (const [path, output] of Object.entries(result.metafile.outputs)) {
    if (!path.endsWith('.js')) continue;
    const name = basename(path);
    if (output.entryPoint === entry) entryName = name;
    const bytes = readFileSync(join(projectDir, path));
    const inputs = Object.entries(output.inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput);
    const parts = [...new Set(inputs.filter(([, i]) => i.bytesInOutput > 0).map(([input]) => partOf(input)))];
    const tillitFiles = inputs.map(([input]) => partOf(input)).filter((p) => p.startsWith('tillit/')).map((p) => p.slice('tillit/'.length));
    const packageDir = join(projectDir, 'node_modules/tillit');
    const sources = [...new Set(tillitFiles.flatMap((file) => sourcesOf(packageDir, file)))];
    files.set(name, { name, min: bytes.length, gzip: gzipSize(bytes), parts, tillitFiles, sources, inputs: inputs.map(([input]) => input) });
  }
  const eager = new Set<string>();
  const visit = (path: string): void => {
    if (eager.has(basename(path))) return;
    eager.add(basename(path));
    for (const imp of result.metafile.outputs[path]?.imports ?? []) {
      if (imp.kind === 'import-statement' && result.metafile.outputs[imp.path]) visit(imp.path);
    }
  };
  if (!entryName) throw new Error(`esbuild reported no output for ${entry}`);
  visit(relative(projectDir, join(outdir, entryName)));
  return { outdir, files, eager, metafile: result.metafile };
}
