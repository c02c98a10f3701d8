import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { anyRowErrors, routeErrors, type ErrorCode } from '../../src/contract/index.js';
import { undeclaredAnswers } from './support/answers.js';
import { coverage, type RowCoverage, type Table } from './support/coverage.js';
import { openApiViolations } from './support/openapi-traffic.js';
import { requestCount } from './support/recording-fetch.js';

/*
 * The suite proves its own coverage. run.test.ts imports the suites in name order, so this one runs after every
 * other (`zz-` sorts last) and reads what the harness recorded: every row of the endpoint tables must have answered
 * a call successfully, and every error code a row lists in its `errors` must have been asserted for that row (the
 * implied codes a row does not list are checked generically, in basics.conformance.ts and session.conformance.ts).
 * It also reports what the harness judged of every answer: each one declared for its row, each one as openapi.json
 * documents it.
 *
 * A declared code the suite cannot provoke over HTTP goes in `unreachable` with the reason; the list stays short,
 * and an entry the run did provoke after all fails the check, so it cannot go stale.
 */

type UnreachableMap = Readonly<Record<string, Partial<Record<ErrorCode, string>>>>;

/** Declared codes no client can provoke, by row key, each with the reason. Empty: every declared code is provoked. */
export const unreachable: UnreachableMap = {};

/** Implied codes no client can provoke on a conforming backend in test mode. */
export const commonUnreachable: Partial<Record<ErrorCode, string>> = {
  forbidden: 'refused by a policy in front of the backend (a firewall); nothing in the contract triggers it',
  internal_error: 'a failure of the backend itself',
  service_unavailable: 'the backend down for a moment',
};

/** Codes that follow from a row's kind or from the route, rather than from a row's own rules. */
const generic = [
  ...anyRowErrors,
  'validation_failed',
  'malformed_request',
  'payload_too_large',
  'unauthenticated',
  'csrf_failed',
  ...routeErrors,
] as const satisfies readonly ErrorCode[];

const common = new Set<string>(anyRowErrors);

/** A run narrowed to some tests (name patterns, `only`) covers less by design: the check would only cry wolf. */
const narrowed = [...process.execArgv, ...process.argv].some((arg) =>
  /^--test-(name-pattern|skip-pattern|only)/.test(arg),
);

const pad = (text: string, width: number): string => text.padEnd(width);

interface Declared {
  r: RowCoverage;
  code: ErrorCode;
}
const isUnreachable = ({ r, code }: Declared): boolean => unreachable[r.key]?.[code] !== undefined;

const label = (r: RowCoverage): string => (r.table === 'testingEndpoints' ? `${r.key} [testing]` : r.key);

/** One line per row: successful calls, then each declared code marked, then the other codes asserted for it. */
function report(rows: readonly RowCoverage[], offTable: ReadonlyMap<string, number>): string {
  const width = Math.max(...rows.map((r) => label(r).length)) + 2;
  const lines = [`${pad('row', width)}${pad('calls', 7)}declared errors (✓ asserted, ✗ missing, ~ unreachable)  (+ others asserted)`];
  for (const r of rows) {
    const codes = r.row.errors.map((code) => {
      const mark = r.asserted.has(code) ? '✓' : unreachable[r.key]?.[code] ? '~' : '✗';
      return `${mark}${code}`;
    });
    const extra = [...r.asserted.keys()].filter((code) => !(r.row.errors as readonly string[]).includes(code)).sort();
    const also = extra.length ? `  (+ ${extra.join(' ')})` : '';
    lines.push(`${pad(label(r), width)}${pad(String(r.successes), 7)}${codes.join(' ') || '-'}${also}`);
  }
  lines.push(`requests no row serves: ${[...offTable.keys()].sort().join(' ') || '-'}`);
  return lines.join('\n');
}

/** `rows called a/b, declared errors asserted c/d (u unreachable)` for one table. */
function totals(rows: readonly RowCoverage[], declared: readonly Declared[]): string {
  const asserted = declared.filter(({ r, code }) => r.asserted.has(code)).length;
  const called = rows.filter((r) => r.successes > 0).length;
  return (
    `rows called ${called}/${rows.length}, declared errors asserted ${asserted}/${declared.length}` +
    ` (${declared.filter(isUnreachable).length} unreachable)`
  );
}

/** What the harness recorded, read when a test runs (the suite's body runs at import, before any test). */
function observed() {
  const { rows, offTable } = coverage();
  const declared: Declared[] = rows.flatMap((r) => r.row.errors.map((code) => ({ r, code })));
  return { rows, offTable, declared };
}

describe('coverage of the contract by this run', { skip: narrowed && 'the run is narrowed to some tests' }, () => {
  it('runs after every other suite', () => {
    const here = fileURLToPath(import.meta.url);
    const suites = readdirSync(dirname(here)).filter((name) => name.endsWith('.conformance.ts')).sort();
    assert.equal(suites.at(-1), basename(here), 'run.test.ts imports suites in name order: this one must sort last');
  });

  it('prints what the run covered', () => {
    const { rows, offTable, declared } = observed();
    const of = (table: Table) => ({
      rows: rows.filter((r) => r.table === table),
      declared: declared.filter((d) => d.r.table === table),
    });
    const product = of('endpoints');
    const fixtures = of('testingEndpoints');
    console.log(
      `\n${report(rows, offTable)}\n` +
        `endpoints: ${totals(product.rows, product.declared)}\n` +
        `testingEndpoints: ${totals(fixtures.rows, fixtures.declared)}\n` +
        `requests made: ${requestCount()}; answers checked against openapi.json: ${openApiViolations().checked}\n`,
    );
  });

  it('called every row successfully, with the status and output the row declares', () => {
    const { rows } = observed();
    const missing = rows.filter((r) => r.successes === 0);
    const broken = rows.filter((r) => r.brokenSuccesses > 0);
    assert.deepEqual(
      broken.map((r) => r.key),
      [],
      'rows that answered their success status with a body their output schema refuses',
    );
    assert.deepEqual(missing.map((r) => `${r.key} (${r.row.method} ${r.row.path})`), [], 'rows never called successfully');
  });

  it('asserted every error code each row declares, for that row', () => {
    const { declared } = observed();
    const missing = declared.filter((d) => !d.r.asserted.has(d.code) && !isUnreachable(d));
    assert.deepEqual(missing.map(({ r, code }) => `${r.key}: ${code}`), [], 'declared errors never asserted');
  });

  it('keeps the unreachable list true: each entry is declared by its row and was never provoked', () => {
    const { rows } = observed();
    for (const [key, codes] of Object.entries(unreachable)) {
      const r = rows.find((row) => row.key === key);
      assert.ok(r, `unreachable names ${key}, which is no row`);
      for (const code of Object.keys(codes) as ErrorCode[]) {
        assert.ok((r.row.errors as readonly string[]).includes(code), `${key} does not declare ${code}`);
        assert.ok(!common.has(code), `${key}: ${code} is an error any row may give, not a row's own`);
        assert.ok(!r.asserted.has(code), `${key}: ${code} is listed as unreachable, yet the run provoked it`);
      }
    }
  });

  it('asserted every implied error a client can provoke at least once', () => {
    const { rows, offTable } = observed();
    const seen = new Set<string>([...offTable.keys(), ...rows.flatMap((r) => [...r.asserted.keys()])]);
    const provokable = generic.filter((code) => !(code in commonUnreachable));
    assert.deepEqual(
      provokable.filter((code) => !seen.has(code)),
      [],
      'implied errors never asserted',
    );
  });
});

/* These judge every answer of the run, so they hold even when the run is narrowed to some tests. */
describe('every answer of this run', () => {
  it('was declared for its row: the success status, or a problem whose code the row declares', () => {
    assert.deepEqual(undeclaredAnswers(), [], 'answers with a status or code their row does not declare');
  });

  it('is documented by openapi.json (status, media type, headers, body against the JSON Schema, with Ajv)', () => {
    const { checked, problems } = openApiViolations();
    assert.ok(checked > 0, 'no answer was checked');
    assert.deepEqual(problems, [], 'answers openapi.json does not document');
  });
});
