#!/usr/bin/env node
// Writes src/index.ts (the `tillit` entry: every element registered) from the element folders.
//   node scripts/generate-entries.mjs          write it
//   node scripts/generate-entries.mjs --check  exit 1 if the committed file differs from what would be written
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { discoverEntries, renderIndex } from './build-entries.mjs';

const { root } = discoverEntries();
const file = 'src/index.ts';
const fresh = renderIndex();
const committed = readFileSync(join(root, file), 'utf8');

if (process.argv.includes('--check')) {
  if (committed !== fresh) {
    console.error(`${file} is stale (an element folder was added or removed): run \`npm run generate\` and commit the result.`);
    process.exit(1);
  }
  console.log(`${file} is up to date.`);
} else {
  writeFileSync(join(root, file), fresh);
  console.log(`Wrote ${file}.`);
}
