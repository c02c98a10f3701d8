import * as z from 'zod/mini';
import { endpoints, testingEndpoints, type Endpoint, type ErrorCode } from '../../../src/contract/index.js';
import type { RecordedExchange } from './recording-fetch.js';

/*
 * What the run has shown of the contract, kept in memory: per row of `endpoints` and `testingEndpoints`, how often it
 * answered a call successfully, and which error codes a test asserted it answering. The harness feeds it (every
 * recorded exchange, every checked problem); zz-coverage.conformance.ts, the last suite, reads it.
 */

export type Table = 'endpoints' | 'testingEndpoints';

export interface RowEntry {
  readonly key: string;
  readonly table: Table;
  readonly row: Endpoint;
}

const paramCount = (path: string): number => path.split('/').filter((part) => part.startsWith(':')).length;
const pathPattern = (path: string): RegExp => new RegExp(`^${path.replace(/:[A-Za-z_]+/g, '[^/]+')}$`);

/** Every row of both tables; literal paths before ones with parameters, so `/passkeys/options` never reads as `:id`. */
export const rowEntries: readonly RowEntry[] = [
  ...Object.entries(endpoints).map(([key, row]) => ({ key, table: 'endpoints' as const, row: row as Endpoint })),
  ...Object.entries(testingEndpoints).map(([key, row]) => ({ key, table: 'testingEndpoints' as const, row: row as Endpoint })),
].sort((a, b) => paramCount(a.row.path) - paramCount(b.row.path));

const patterns = new Map(rowEntries.map((entry) => [entry, pathPattern(entry.row.path)]));

/** The row a request hit: `path` is the path below the backend's base URL (no query), e.g. `/v1/session`. */
export function rowAt(method: string, path: string): RowEntry | undefined {
  const clean = path.replace(/\/+$/, '') || '/';
  return rowEntries.find((entry) => entry.row.method === method.toUpperCase() && patterns.get(entry)?.test(clean));
}

interface RowRecord {
  /** Answers with the row's success status and a body its `output` accepts. */
  successes: number;
  /** Answers with the success status whose body the row's `output` refused (a broken answer, never coverage). */
  brokenSuccesses: number;
  /** Error codes a test asserted this row answering, with how often. */
  asserted: Map<string, number>;
}

const records = new Map<string, RowRecord>(
  rowEntries.map((entry) => [entry.key, { successes: 0, brokenSuccesses: 0, asserted: new Map() }]),
);
/** Codes asserted on requests no row serves (unknown routes, wrong methods). */
const offTable = new Map<string, number>();

function answersAsDeclared(row: Endpoint, exchange: RecordedExchange): boolean {
  if (row.output === undefined) return exchange.body === '';
  try {
    return z.safeParse(row.output, JSON.parse(exchange.body)).success;
  } catch {
    return false;
  }
}

/** Counts one exchange as a successful call of its row when it has the row's status and output. */
export function recordExchange(entry: RowEntry | undefined, exchange: RecordedExchange): void {
  if (!entry || exchange.status !== (entry.row.status ?? 200)) return;
  const record = records.get(entry.key)!;
  if (answersAsDeclared(entry.row, exchange)) record.successes++;
  else record.brokenSuccesses++;
}

/** Counts one asserted problem answer; `entry` undefined for a request no row serves. */
export function recordAssertedError(entry: RowEntry | undefined, code: ErrorCode): void {
  const counts = entry ? records.get(entry.key)!.asserted : offTable;
  counts.set(code, (counts.get(code) ?? 0) + 1);
}

export interface RowCoverage extends RowEntry {
  readonly successes: number;
  readonly brokenSuccesses: number;
  readonly asserted: ReadonlyMap<string, number>;
}

/** What the run has covered so far, row by row in table order. */
export function coverage(): { rows: RowCoverage[]; offTable: ReadonlyMap<string, number> } {
  const order = new Map(
    [...Object.keys(endpoints), ...Object.keys(testingEndpoints)].map((key, index) => [key, index] as const),
  );
  const rows = [...rowEntries]
    .sort((a, b) => order.get(a.key)! - order.get(b.key)!)
    .map((entry) => {
      const record = records.get(entry.key)!;
      return { ...entry, successes: record.successes, brokenSuccesses: record.brokenSuccesses, asserted: record.asserted };
    });
  return { rows, offTable };
}
