/**
 * Writes openapi.json and CONTRACT.md from the endpoint table in src/contract, and the browser client's compiled
 * validators and their per-flow loaders (src/client/compiled/*.ts, src/client/row-loaders.ts).
 *
 *   npx tsx scripts/generate-contract.ts          write both files
 *   npx tsx scripts/generate-contract.ts --check  exit 1 if a committed file differs from what would be written
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContract } from './contract/load.js';
import { generateContract, outputFiles, staleFiles, validateOpenApi } from './contract/outputs.js';
import { compiledDir, renderClientFiles } from './client-validators/files.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');

async function main(): Promise<number> {
  const source = loadContract();
  const generated = generateContract(source);
  const client = (await renderClientFiles(root, source)).files;
  // A compiled module left over from a flow file that no longer holds rows.
  const leftovers = (await readdir(join(root, compiledDir)).catch(() => [] as string[]))
    .map((file) => `${compiledDir}/${file}`)
    .filter((file) => !client.has(file));
  const { report } = generated;
  if (report.pending.length > 0) {
    console.warn(
      `The table is unfinished (no rows yet for: ${report.emptyFlows.join(', ')}). These become errors once every flow has rows:\n` +
        report.pending.map((line) => `  - ${line}`).join('\n'),
    );
  }
  if (report.warnings.length > 0) {
    console.warn(`Warnings (the node tests fail on these):\n${report.warnings.map((line) => `  - ${line}`).join('\n')}`);
  }
  const invalid = await validateOpenApi(generated.openapi);
  if (invalid.length > 0) {
    console.error(`openapi.json would not be a valid OpenAPI 3.1 document:\n${invalid.map((l) => `  - ${l}`).join('\n')}`);
    return 1;
  }
  if (check) {
    const stale: string[] = await staleFiles(root, generated);
    for (const [file, text] of client) if ((await readFile(join(root, file), 'utf8').catch(() => '')) !== text) stale.push(file);
    stale.push(...leftovers);
    if (stale.length > 0) {
      console.error(`${stale.join(' and ')} ${stale.length > 1 ? 'are' : 'is'} stale: run \`npm run generate\` and commit the result.`);
      return 1;
    }
    console.log(`${[...outputFiles, ...client.keys()].join(', ')} are up to date.`);
    return 0;
  }
  for (const file of outputFiles) {
    await mkdir(dirname(join(root, file)), { recursive: true });
    await writeFile(join(root, file), generated.files[file]);
  }
  await mkdir(join(root, compiledDir), { recursive: true });
  for (const [file, text] of client) await writeFile(join(root, file), text);
  for (const file of leftovers) await rm(join(root, file));
  console.log(`Wrote ${[...outputFiles, ...client.keys()].join(', ')}.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
