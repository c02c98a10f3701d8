#!/usr/bin/env node
// After tsc writes dist/types: a view function whose return type TypeScript inferred is declared as
// `import("lit-html").TemplateResult<1>`. tillit depends on `lit`, not on lit-html, so under pnpm's strict layout a
// customer's TypeScript cannot resolve that name (test/package checks it). `lit` re-exports everything of
// lit-html, so the same type is named through it: one rewrite here instead of an annotation every author must
// remember on every view.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = new URL('../dist/types/', import.meta.url).pathname;
let rewritten = 0;
for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
  if (!file.endsWith('.d.ts')) continue;
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const through = text.replace(/import\("lit-html"\)/g, 'import("lit")');
  if (through !== text) {
    writeFileSync(path, through);
    rewritten++;
  }
}
console.log(`types: lit-html named through lit in ${rewritten} declaration files`);
