/**
 * What the client's validation weighs, part by part: the interpreter (src/client/validate.ts), the problem
 * document's data, the regexes several flows share, and each flow's compiled rows. Each part is bundled alone by
 * esbuild from the repository (minified, its imports of other parts left out) and gzipped on its own, as a
 * customer's build ships it: the runtime in the client's first chunk, the problem data in the chunk that loads
 * with the first error answer, each flow's rows in a chunk of its own.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { gzipSize } from './bundle.js';
import { repoRoot } from './pack.js';

export interface PartSize {
  readonly name: string;
  readonly min: number;
  readonly gzip: number;
}

const compiled = 'src/client/compiled';

async function measure(name: string, contents: string): Promise<PartSize> {
  const result = await build({
    stdin: { contents, resolveDir: repoRoot, loader: 'ts', sourcefile: `${name}.ts` },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    // Each part alone: the shared regexes are a part of their own.
    plugins: [{ name: 'apart', setup: (b) => b.onResolve({ filter: /\/patterns\.js$/ }, (a) => ({ path: a.path, external: true })) }],
  });
  const bytes = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { name, min: bytes.length, gzip: gzipSize(bytes) };
}

export async function measureValidators(): Promise<{ runtime: PartSize; problem: PartSize; patterns: PartSize; flows: PartSize[] }> {
  const flows = readdirSync(join(repoRoot, compiled))
    .filter((file) => file.endsWith('.ts') && file !== 'problem.ts' && file !== 'patterns.ts')
    .sort();
  return {
    runtime: await measure('runtime', "export { validate } from './src/client/validate.ts';"),
    problem: await measure('problem', `export * from './${compiled}/problem.ts';`),
    patterns: await measure('patterns', `export * from './${compiled}/patterns.ts';`),
    flows: await Promise.all(flows.map((file) => measure(file.replace(/\.ts$/, ''), `export * from './${compiled}/${file}';`))),
  };
}
