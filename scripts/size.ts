#!/usr/bin/env tsx
/**
 * Size budgets as a test, measured as a customer ships the package: `npm pack` of the build, installed into a
 * throw-away project, then
 *   1. each public entry bundled on its own by esbuild (lit, zod, ... included, minified, split): the bytes loaded
 *      up front against its ceiling, and what it must never contain;
 *   2. the client's validation, part by part: the interpreter, the problem data, the shared regexes and each flow's
 *      compiled rows (no zod ships: every entry's files are checked for it);
 *   3. a customer's sign-in page (`tillit/login-form` + `tillit/client`) driven through a password + TOTP sign-in
 *      in Chromium: every JS file it fetched, gzipped, against the page budget;
 *   4. all auth elements together (every element entry but `tillit/kyc-uploader`, with lit and the client), as one
 *      page importing them all loads them up front, built by esbuild, Rollup, Vite and webpack (their splitting differs:
 *      scripts/customer/bundlers.ts), each against its ceiling in `authElements` and reported against issue 8's
 *      45 KB gzip.
 * Usage: tsx scripts/size.ts [--json] [--entries-only]   (run `npm run build` first)
 */
import { readFileSync } from 'node:fs';
import type { Entry } from './build-entries.mjs';
import { discoverEntries } from './build-entries.mjs';
import { measureEntry, type EntrySize } from './customer/entry-sizes.js';
import { packIntoCustomerProject } from './customer/pack.js';
import { measureSignInPage, type PageMeasure } from './customer/page-budget.js';
import type { Bundler } from './customer/bundlers.js';
import { authEntries, measureTogether, type TogetherSize } from './customer/together-size.js';
import { measureValidators, type PartSize } from './customer/validator-sizes.js';

interface Budgets {
  page: { gzip: number };
  /** Every auth element entry together, with lit and the client, loaded up front: a ceiling per bundler, and the target. */
  authElements: Record<Bundler, number> & { target: number };
  defaultElement: number;
  entries: Record<string, number>;
  lazy?: Record<string, { gzip: number; parts: string[]; workers?: string[] }>;
  validators: { runtime: number; problem: number; patterns: number; flow: number; flows: Record<string, number> };
}

const budgets = JSON.parse(readFileSync(new URL('./size-budgets.json', import.meta.url), 'utf8')) as Budgets;
const json = process.argv.includes('--json');
const entriesOnly = process.argv.includes('--entries-only');

const budgetFor = (entry: Entry): number | undefined =>
  budgets.entries[entry.specifier] ?? (entry.kind === 'element' ? budgets.defaultElement : undefined);
const fmt = (n: number | undefined): string => (n === undefined ? '-' : n.toLocaleString('en-US'));
const pad = (s: string | number, n: number, right = false): string => (right ? String(s).padStart(n) : String(s).padEnd(n));
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

function printEntries(sizes: readonly EntrySize[]): void {
  const labels = sizes.flatMap((s) => [s.entry.specifier, ...s.lazy.map((l) => `  lazy ${l.name}`)]);
  const w = Math.max(...labels.map((l) => l.length)) + 2;
  const line = (label: string, min: number, gzip: number, budget: number | undefined, note: string): void =>
    console.log(`${pad(label, w)}${pad(fmt(min), 10, true)}${pad(fmt(gzip), 10, true)}${pad(fmt(budget), 10, true)}  ${note}`);
  console.log(`${pad('entry (bytes)', w)}${pad('min', 10, true)}${pad('gzip', 10, true)}${pad('budget', 10, true)}`);
  for (const s of sizes) {
    const budget = budgetFor(s.entry);
    line(s.entry.specifier, s.min, s.gzip, budget, budget !== undefined && s.gzip > budget ? 'OVER' : `(${s.eager.length} files up front)`);
    for (const l of s.lazy) line(`  lazy ${l.name}`, l.min, l.gzip, undefined, l.parts.slice(0, 3).join(', '));
  }
}

type Validators = Awaited<ReturnType<typeof measureValidators>>;

/** Each part of the client's validation with its ceiling. */
function validatorParts(v: Validators): { part: PartSize; label: string; budget: number }[] {
  const b = budgets.validators;
  return [
    { part: v.runtime, label: 'runtime (src/client/validate.ts)', budget: b.runtime },
    { part: v.problem, label: 'problem data + error codes', budget: b.problem },
    { part: v.patterns, label: 'shared regexes', budget: b.patterns },
    ...v.flows.map((part) => ({ part, label: `flow ${part.name}`, budget: b.flows[part.name] ?? b.flow })),
  ];
}

function printValidators(v: Validators): void {
  console.log('\nclient validation (no zod): each part bundled alone, minified, gzipped');
  for (const { part, label, budget } of validatorParts(v)) {
    console.log(`  ${pad(label, 36)}${pad(fmt(part.min), 8, true)}${pad(fmt(part.gzip), 8, true)}${pad(fmt(budget), 8, true)}${part.gzip > budget ? '  OVER' : ''}`);
  }
}

function printTogether(together: readonly TogetherSize[], budgets: Budgets['authElements']): void {
  const [first] = together;
  if (!first) return;
  console.log(`\nall auth elements together (${first.specifiers.length} entries, one bundle, loaded up front; target ${fmt(budgets.target)} B, ${kb(budgets.target)})`);
  console.log(`  ${first.specifiers.join(' + ')}`);
  console.log(`  ${pad('bundler', 10)}${pad('files', 7, true)}${pad('min', 10, true)}${pad('gzip', 10, true)}${pad('budget', 10, true)}${pad('unsplit', 10, true)}${pad('lazy', 10, true)}`);
  for (const t of together) {
    const budget = budgets[t.bundler];
    const verdict = t.gzip > budget ? `OVER by ${fmt(t.gzip - budget)} B` : t.gzip > budgets.target ? `over the target by ${fmt(t.gzip - budgets.target)} B` : 'within the target';
    console.log(
      `  ${pad(t.bundler, 10)}${pad(t.files.length, 7, true)}${pad(fmt(t.min), 10, true)}${pad(fmt(t.gzip), 10, true)}${pad(fmt(budget), 10, true)}${pad(fmt(t.unsplitGzip), 10, true)}${pad(fmt(t.lazyGzip), 10, true)}  ${verdict}`,
    );
  }
  console.log('  gzip: each file up front gzipped on its own, summed; unsplit: the same files gzipped as one (the gap is what');
  console.log('  the split into files costs); lazy: every other file (validators per flow, languages, later steps), not counted');
}

function printPage(page: PageMeasure, budget: number): void {
  console.log('\ncustomer page: tillit/login-form + tillit/client, esbuild (minified, split), password + TOTP sign-in in Chromium');
  const w = Math.max(...page.fetched.map((f) => f.name.length)) + 2;
  console.log(`  ${pad('fetched file', w)}${pad('gzip', 8, true)}  when       made of`);
  for (const f of page.fetched) {
    console.log(`  ${pad(f.name, w)}${pad(fmt(f.gzip), 8, true)}  ${pad(f.eager ? 'page load' : 'on demand', 9)}  ${f.parts.slice(0, 4).join(', ')}`);
  }
  const over = page.total > budget;
  console.log(`  ${pad(`total (${page.fetched.length} files)`, w)}${pad(fmt(page.total), 8, true)}  budget ${fmt(budget)} B (${kb(budget)})${over ? `  OVER by ${fmt(page.total - budget)} B` : ''}`);
  const idle = page.notFetched.reduce((sum, f) => sum + f.gzip, 0);
  console.log(`  built, not fetched: ${page.notFetched.length} files, ${fmt(idle)} B gzip (other flows' validators, other languages, ...)`);
}

const { present, missing } = discoverEntries();
for (const entry of missing) console.log(`note: skipping ${entry.specifier}: ${entry.source} does not exist yet`);
if (present.length === 0) {
  console.log('note: no entry exists yet; nothing to measure');
  process.exit(0);
}

/**
 * One entry's lazily loaded parts that a budget groups (the camera and photo pipeline of tillit/kyc-uploader): its
 * lazy files whose parts match a pattern, plus the shipped workers (measured with the entry that starts them).
 */
function lazyGroup(sizes: readonly EntrySize[], specifier: string, group: { parts: string[]; workers?: string[] }) {
  const entry = sizes.find((s) => s.entry.specifier === specifier);
  if (!entry) return `lazy budget for ${specifier}: no such entry`;
  const files = new Map<string, number>();
  for (const pattern of group.parts) {
    const matched = entry.lazy.filter((f) => f.parts.some((part) => part.includes(pattern)));
    if (matched.length === 0) return `lazy budget for ${specifier}: no lazy file of it contains "${pattern}"`;
    for (const f of matched) files.set(f.name, f.gzip);
  }
  for (const worker of group.workers ?? []) {
    const file = sizes.flatMap((s) => s.lazy).find((f) => f.name.startsWith(`${worker} (`));
    if (!file) return `lazy budget for ${specifier}: worker ${worker} was not measured`;
    files.set(file.name, file.gzip);
  }
  return { names: [...files.keys()], gzip: [...files.values()].reduce((a, b) => a + b, 0) };
}
const lazyTotals: { specifier: string; names: string[]; gzip: number; budget: number }[] = [];

const project = packIntoCustomerProject();
const failures: string[] = [];
try {
  const sizes: EntrySize[] = [];
  for (const [index, entry] of present.entries()) sizes.push(await measureEntry(project, entry, index));
  for (const s of sizes) {
    const budget = budgetFor(s.entry);
    if (budget !== undefined && s.gzip > budget) failures.push(`${s.entry.specifier}: ${fmt(s.gzip)} B gzip is over its budget of ${fmt(budget)} B`);
    for (const p of s.problems) failures.push(`${s.entry.specifier}: ${p}`);
  }
  for (const [specifier, group] of Object.entries(budgets.lazy ?? {})) {
    const result = lazyGroup(sizes, specifier, group);
    if (typeof result === 'string') failures.push(result);
    else {
      lazyTotals.push({ specifier, ...result, budget: group.gzip });
      if (result.gzip > group.gzip) failures.push(`${specifier}: its lazy ${result.names.join(' + ')} are ${fmt(result.gzip)} B gzip, over their budget of ${fmt(group.gzip)} B`);
    }
  }
  const validators = await measureValidators();
  for (const { part, label, budget } of validatorParts(validators)) {
    if (part.gzip > budget) failures.push(`client validation, ${label}: ${fmt(part.gzip)} B gzip is over its budget of ${fmt(budget)} B`);
  }
  const auth = authEntries(present);
  const together = auth.length ? await measureTogether(project, auth, 'auth-elements') : [];
  for (const t of together) {
    const budget = budgets.authElements[t.bundler];
    if (t.gzip > budget) failures.push(`all auth elements together, built by ${t.bundler}: ${fmt(t.gzip)} B gzip is over their budget of ${fmt(budget)} B`);
  }
  const page = entriesOnly ? undefined : await measureSignInPage(project);
  if (page) {
    if (page.total > budgets.page.gzip) {
      const parts = page.fetched.map((f) => `${f.name} ${fmt(f.gzip)}`).join(' + ');
      failures.push(`the sign-in page fetched ${fmt(page.total)} B gzip of JS, over its budget of ${fmt(budgets.page.gzip)} B: ${parts}`);
    }
    failures.push(...page.problems.map((p) => `sign-in page: ${p}`));
  }

  if (json) {
    const entry = (s: EntrySize) => ({
      entry: s.entry.specifier, min: s.min, gzip: s.gzip, budget: budgetFor(s.entry),
      lazy: s.lazy.map(({ name, min, gzip, parts }) => ({ name, min, gzip, parts })),
    });
    const pageJson = page && { total: page.total, budget: budgets.page.gzip, fetched: page.fetched, nativeWebAuthnJson: page.nativeWebAuthnJson };
    const togetherJson = together.map((t) => ({
      bundler: t.bundler, entries: t.specifiers, files: t.files.length, min: t.min, gzip: t.gzip, unsplitGzip: t.unsplitGzip,
      budget: budgets.authElements[t.bundler], target: budgets.authElements.target,
    }));
    console.log(JSON.stringify({ entries: sizes.map(entry), validators, authElements: togetherJson, page: pageJson }, null, 2));
  } else {
    printEntries(sizes);
    for (const l of lazyTotals) console.log(`\n${l.specifier} lazy (${l.names.join(' + ')}): ${fmt(l.gzip)} B gzip, budget ${fmt(l.budget)} B`);
    printValidators(validators);
    printTogether(together, budgets.authElements);
    if (page) printPage(page, budgets.page.gzip);
  }
} finally {
  project.remove();
}

if (failures.length > 0) {
  console.error(`\nsize check failed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('\nsize check passed');
