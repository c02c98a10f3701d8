#!/usr/bin/env node
// Runs node:test suites written in TypeScript: `node scripts/node-test.mjs [dir-or-file ...]` (default test/node).
// Exists because Node 20's `--test` does not expand glob patterns, so `tsx --test "test/**/*.test.ts"` finds
// nothing there; we expand directories ourselves and hand tsx the file list.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const tsx = new URL('../node_modules/.bin/tsx', import.meta.url).pathname;

/** Every `*.test.ts` under `path` (or `path` itself), sorted so runs are reproducible. */
function testFiles(path) {
  if (!statSync(path, { throwIfNoEntry: false })) return [];
  if (statSync(path).isFile()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.ts') && !f.split(/[\\/]/).includes('node_modules'))
    .map((f) => join(path, f))
    .sort();
}

const args = process.argv.slice(2);
const flags = args.filter((a) => a.startsWith('-'));
const targets = args.filter((a) => !a.startsWith('-'));
const files = (targets.length ? targets : ['test/node']).flatMap(testFiles);
if (files.length === 0) {
  console.log(`note: no *.test.ts files under ${(targets.length ? targets : ['test/node']).join(', ')}; nothing to run`);
  process.exit(0);
}
const run = spawnSync(tsx, ['--test', ...flags, ...files], { stdio: 'inherit' });
process.exit(run.status ?? 1);
