import { readdirSync } from 'node:fs';
import { after } from 'node:test';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stopTarget, targetLabel } from './harness.js';

/*
 * The conformance run: every `*.conformance.ts` beside this file, in name order, against one backend (started
 * once by the harness). A flow adds its suite by adding a file; nothing here changes.
 */
const here = dirname(fileURLToPath(import.meta.url));
const suites = readdirSync(here)
  .filter((name) => name.endsWith('.conformance.ts'))
  .sort();

console.log(`tillit conformance: ${suites.length} suites against ${targetLabel}`);
for (const name of suites) await import(pathToFileURL(join(here, name)).href);

after(() => stopTarget());
