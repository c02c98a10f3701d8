#!/usr/bin/env node
// Size budgets as a test: bundles each public entry on its own, the way an app that imports only that entry
// would ship it (lit, zod, ... included, minified), and fails when an entry is over its gzip ceiling or pulls
// in code it must never contain. Usage: node scripts/size.mjs [--json]
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { discoverEntries } from './build-entries.mjs';

const { root, present, missing } = discoverEntries();
const budgets = JSON.parse(readFileSync(new URL('./size-budgets.json', import.meta.url), 'utf8'));

// Inputs no bundle may contain: the reference backend and its server-only dependencies.
const backendInputs = [/^demo\//, /node_modules\/(hono|@hono|@simplewebauthn\/server|@noble\/hashes|otpauth|@peculiar)\//];
// Words that survive minification (globals, property names, strings) and give a leak away.
const backendWords = ['scrypt', 'generateRegistrationOptions', 'verifyRegistrationResponse', 'HonoRequest'];
// The client must stay usable without any element: no lit runtime, no registration.
const clientInputs = [/node_modules\/(lit|lit-element|lit-html|@lit\/reactive-element)\//, /^src\/(elements|controllers)\//];
const clientWords = ['customElements', 'litElementVersions', 'reactiveElementVersions', 'LitElement', 'ReactiveElement'];

function budgetFor(entry) {
  return budgets.entries[entry.specifier] ?? (entry.kind === 'element' ? budgets.defaultElement : undefined);
}

/** Bundles one entry; returns the statically loaded bytes (entry + its static chunks) and the lazy chunks. */
async function measure(entry) {
  const result = await build({
    // Workers the entry starts are measured with it; nothing imports them, so they count as loaded on demand.
    entryPoints: [entry.source, ...(entry.workers ?? []).map((w) => w.source)],
    absWorkingDir: root,
    bundle: true,
    splitting: true, // keeps dynamic imports (lazy locales) in their own chunks, as in the real build
    format: 'esm',
    minify: true,
    target: 'es2022',
    platform: 'browser',
    conditions: ['browser', 'production'],
    tsconfig: 'tsconfig.json',
    outdir: 'size-out', // never written: write: false
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  const files = new Map(result.outputFiles.map((f) => [relative(root, f.path), f.contents]));
  const entryOut = Object.keys(outputs).find((o) => outputs[o].entryPoint === entry.source);
  // Everything reachable by static imports is downloaded up front; the rest loads on demand.
  const eager = new Set();
  const visit = (out) => {
    if (eager.has(out)) return;
    eager.add(out);
    for (const imp of outputs[out].imports) if (imp.kind === 'import-statement' && outputs[imp.path]) visit(imp.path);
  };
  visit(entryOut);
  const jsOutputs = Object.keys(outputs).filter((o) => o.endsWith('.js'));
  const sizes = (list) => {
    const buf = Buffer.concat(list.map((o) => files.get(o)));
    return { min: buf.length, gzip: gzipSync(buf, { level: 9 }).length, text: buf.toString('utf8') };
  };
  const eagerList = jsOutputs.filter((o) => eager.has(o));
  const lazy = jsOutputs.filter((o) => !eager.has(o)).map((o) => ({ name: o.replace(/^size-out\//, ''), ...sizes([o]) }));
  const inputs = new Set(eagerList.flatMap((o) => Object.keys(outputs[o].inputs)));
  const allInputs = new Set(jsOutputs.flatMap((o) => Object.keys(outputs[o].inputs)));
  return { ...sizes(eagerList), lazy, inputs, allInputs };
}

function problemsOf(entry, m) {
  const problems = [];
  const all = [...m.allInputs];
  for (const re of backendInputs) {
    const hit = all.find((i) => re.test(i));
    if (hit) problems.push(`contains backend code: ${hit}`);
  }
  const allText = m.text + m.lazy.map((l) => l.text).join('');
  for (const word of backendWords) if (allText.includes(word)) problems.push(`contains backend identifier "${word}"`);
  if (entry.kind === 'client') {
    for (const re of clientInputs) {
      const hit = [...m.inputs].find((i) => re.test(i));
      if (hit) problems.push(`client pulls in ${hit}`);
    }
    for (const word of clientWords) if (m.text.includes(word)) problems.push(`client contains "${word}"`);
  }
  return problems;
}

const pad = (s, n, right = false) => (right ? String(s).padStart(n) : String(s).padEnd(n));
const fmt = (n) => (n === undefined ? '-' : n.toLocaleString('en-US'));

for (const entry of missing) console.log(`note: skipping ${entry.specifier}: ${entry.source} does not exist yet`);
if (present.length === 0) {
  console.log('note: no entry exists yet; nothing to measure');
  process.exit(0);
}

const rows = [];
const failures = [];
for (const entry of present) {
  const m = await measure(entry);
  const budget = budgetFor(entry);
  const over = budget !== undefined && m.gzip > budget;
  if (over) failures.push(`${entry.specifier}: ${fmt(m.gzip)} B gzip is over its budget of ${fmt(budget)} B`);
  for (const p of problemsOf(entry, m)) failures.push(`${entry.specifier}: ${p}`);
  rows.push({ entry, m, budget, over });
}

if (process.argv.includes('--json')) {
  const json = rows.map(({ entry, m, budget }) => ({
    entry: entry.specifier, min: m.min, gzip: m.gzip, budget, lazy: m.lazy.map(({ name, min, gzip }) => ({ name, min, gzip })),
  }));
  console.log(JSON.stringify(json, null, 2));
} else {
  const lazyLabel = (l) => `  lazy ${l.name}`;
  const labels = rows.flatMap((r) => [r.entry.specifier, ...r.m.lazy.map(lazyLabel), '  + all lazy chunks']);
  const w = Math.max(...labels.map((l) => l.length)) + 2;
  const line = (label, min, gzip, budget, note) =>
    console.log(`${pad(label, w)}${pad(fmt(min), 10, true)}${pad(fmt(gzip), 10, true)}${pad(fmt(budget), 10, true)}  ${note}`);
  console.log(`${pad('entry (bytes)', w)}${pad('min', 10, true)}${pad('gzip', 10, true)}${pad('budget', 10, true)}`);
  for (const { entry, m, budget, over } of rows) {
    line(entry.specifier, m.min, m.gzip, budget, over ? 'OVER' : '');
    for (const l of m.lazy) line(lazyLabel(l), l.min, l.gzip, undefined, '(loaded on demand, not counted)');
    if (m.lazy.length > 0) {
      // What a page pays once every lazy path has run: worth watching even though the budget ignores it.
      const all = Buffer.from(m.text + m.lazy.map((l) => l.text).join(''));
      line('  + all lazy chunks', all.length, gzipSync(all, { level: 9 }).length, undefined, '(informational)');
    }
  }
}

if (failures.length > 0) {
  console.error(`\nsize check failed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('\nsize check passed');
