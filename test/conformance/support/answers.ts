import * as z from 'zod/mini';
import { declaredErrors, errorCatalog, Problem, routeErrors, type ErrorCode } from '../../../src/contract/index.js';
import type { RowEntry } from './coverage.js';
import type { RecordedExchange } from './recording-fetch.js';

/*
 * Every answer of the run, judged as it arrives, whether a test asserted it or not: an answer is either the row's
 * success status or a problem whose code the row declares (its own errors and the implied ones), with the status the
 * catalog gives that code. Requests no row serves may only answer `not_found` or `method_not_allowed`. What breaks
 * this is collected here and reported by zz-coverage.conformance.ts, so an undeclared answer fails the run.
 */

const seen = new Map<string, number>();

function note(exchange: RecordedExchange, what: string): void {
  const line = `${exchange.method} ${new URL(exchange.url).pathname} -> ${exchange.status}: ${what}`;
  seen.set(line, (seen.get(line) ?? 0) + 1);
}

/** Judges one answer; `entry` is the row its request hit, if any. */
export function judgeAnswer(exchange: RecordedExchange, entry: RowEntry | undefined): void {
  // CORS preflights are answered for every path, by rule, not by a row.
  if (exchange.method === 'OPTIONS') return;
  const success = entry ? (entry.row.status ?? 200) : undefined;
  if (exchange.status === success) return;
  let problem: Problem | undefined;
  try {
    const parsed = z.safeParse(Problem, JSON.parse(exchange.body));
    if (parsed.success) problem = parsed.data;
  } catch {
    // not JSON: reported below
  }
  if (!problem) return note(exchange, `not a problem+json answer: ${exchange.body.slice(0, 80)}`);
  const code = problem.code as ErrorCode;
  if (!(code in errorCatalog)) return note(exchange, `unknown code ${problem.code}`);
  if (errorCatalog[code].status !== exchange.status) return note(exchange, `${code} belongs with ${errorCatalog[code].status}`);
  const allowed: ReadonlySet<string> = entry ? declaredErrors(entry.row) : new Set(routeErrors);
  if (!allowed.has(code)) note(exchange, `${code} is not declared ${entry ? `for ${entry.key}` : 'for a request no row serves'}`);
}

/** The undeclared answers of the run so far, each with how often it came. */
export function undeclaredAnswers(): string[] {
  return [...seen].map(([line, times]) => (times > 1 ? `${line} (${times} times)` : line));
}
