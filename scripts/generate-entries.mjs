#!/usr/bin/env node
// Writes src/index.ts (the `tillit` entry: every element registered) and src/elements/element-classes.ts (every
// element class by tag, for defineElements) from the element folders.
//   node scripts/generate-entries.mjs          write it
//   node scripts/generate-entries.mjs --check  exit 1 if the committed file differs from what would be written
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { discoverEntries, renderElementClasses, renderIndex } from './build-entries.mjs';

const { root } = discoverEntries();
const files = { 'src/index.ts': renderIndex(), 'src/elements/element-classes.ts': renderElementClasses() };

for (const [file, fresh] of Object.entries(files)) {
  const path = join(root, file);
  const committed = existsSync(path) ? readFileSync(path, 'utf8') : '';
  if (process.argv.includes('--check')) {
    if (committed !== fresh) {
      console.error(`${file} is stale (an element folder was added or removed): run \`npm run generate\` and commit the result.`);
      process.exitCode = 1;
    } else {
      console.log(`${file} is up to date.`);
    }
  } else {
    writeFileSync(path, fresh);
    console.log(`Wrote ${file}.`);
  }
}
