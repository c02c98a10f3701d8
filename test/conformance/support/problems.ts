import assert from 'node:assert/strict';
import * as z from 'zod/mini';
import { buildRequest, isTillitError, type TillitError } from '../../../src/client/index.js';
import {
  declaredErrors,
  endpoints,
  errorCatalog,
  Problem,
  routeErrors,
  testingEndpoints,
  type Endpoint,
  type ErrorCode,
} from '../../../src/contract/index.js';
import { baseUrl, rowEntryFor } from './backend.js';
import { recordAssertedError } from './coverage.js';
import { exchangeOf, inCall, recordingFetch, type CallRecord, type RecordedExchange } from './recording-fetch.js';

/*
 * How a test asserts a refusal, over HTTP, on the very request it made: `expectProblem` for a call of a tracked
 * client (`api()`, `testing`), `expectProblemResponse` for a raw `Response`, `rawCall` to send any input to a row,
 * the contract's or not (the typed client refuses bad input before sending, so a bad-input test that went through
 * it would pass for any backend). Each assertion credits the asserted code to the row of that request.
 */

/** A client call's promise, and the exchanges that call made. */
const calls = new WeakMap<Promise<unknown>, { name: string; record: CallRecord }>();

/** The same client, with every call's exchanges kept, so `expectProblem` judges the answer to that very call. */
export function tracked<C extends object>(client: C): C {
  const out: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(client)) {
    out[name] = (...args: unknown[]) => {
      const { record, result } = inCall(() => (method as (...a: unknown[]) => Promise<unknown>)(...args));
      calls.set(result, { name, record });
      return result;
    };
  }
  return out as C;
}

/** A client error that came with a problem document, so tests can read `problem.lockedUntil` and the like. */
export type ProblemError = TillitError & { readonly problem: Problem };

/**
 * Checks a raw problem answer: the catalog's status, `application/problem+json`, a body matching `Problem` with
 * this code, `Retry-After` on 429, and that the row of this request declares the code. Returns the problem body.
 */
export function assertProblemAnswer(exchange: RecordedExchange, code: ErrorCode): Problem {
  const where = `${exchange.method} ${new URL(exchange.url).pathname}`;
  assert.equal(exchange.status, errorCatalog[code].status, `${where}: HTTP status of ${code} (${exchange.body.slice(0, 200)})`);
  assert.match(exchange.headers.get('content-type') ?? '', /^application\/problem\+json/, `${where}: content type`);
  const parsed = z.safeParse(Problem, JSON.parse(exchange.body));
  assert.ok(parsed.success, `${where}: the body is not a Problem: ${exchange.body}`);
  assert.equal(parsed.data.code, code, `${where}: problem code`);
  assert.equal(parsed.data.status, exchange.status, `${where}: problem status matches HTTP status`);
  if (exchange.status === 429) {
    assert.match(exchange.headers.get('retry-after') ?? '', /^\d+$/, `${where}: a 429 needs Retry-After`);
  }
  const entry = rowEntryFor(exchange.method, exchange.url);
  if (entry) assert.ok(declaredErrors(entry.row).has(code), `${where} answered ${code}, which its row does not declare`);
  else assert.ok((routeErrors as readonly string[]).includes(code), `${where}: no such row, yet ${code}`);
  recordAssertedError(entry, code);
  return parsed.data;
}

/** Checks a raw `Response` from `rawFetch` or `rawCall` as `assertProblemAnswer` does (its body stays unread). */
export function expectProblemResponse(response: Response, code: ErrorCode): Problem {
  const exchange = exchangeOf(response);
  assert.ok(exchange, `expectProblemResponse needs a response from rawFetch or rawCall (${response.url})`);
  return assertProblemAnswer(exchange, code);
}

/**
 * Awaits a call of a tracked client that must fail with `code`, and checks the answer to that call (see
 * `assertProblemAnswer`). Returns the error for further asserts (`fields`, `retryAfter`, `problem.lockedUntil`, ...).
 * A refusal by the client itself (nothing sent) fails: bad input goes through `rawCall`.
 */
export async function expectProblem(promise: Promise<unknown>, code: ErrorCode): Promise<ProblemError> {
  const call = calls.get(promise);
  assert.ok(call, 'expectProblem needs the promise of a call of api() or testing, as returned');
  let failure: unknown;
  try {
    await promise;
  } catch (error) {
    failure = error;
  }
  assert.ok(failure !== undefined, `${call.name}: expected ${code}, but the call succeeded`);
  assert.ok(isTillitError(failure), `${call.name}: expected a TillitError ${code}, got ${String(failure)}`);
  const exchange = call.record.exchanges.at(-1);
  assert.ok(exchange, `${call.name}: the client refused the input and sent nothing (${failure.message}); send bad input with rawCall`);
  assertProblemAnswer(exchange, code);
  assert.equal(failure.code, code, `${call.name}: expected ${code}, got ${failure.code}: ${failure.message}`);
  if (failure.status === 429) assert.ok(failure.retryAfter !== undefined, 'a 429 error carries retryAfter');
  assert.ok(failure.problem, 'the client kept the problem document');
  return failure as ProblemError;
}

type RowKey = keyof typeof endpoints | keyof typeof testingEndpoints;
const allRows: Readonly<Record<string, Endpoint>> = { ...endpoints, ...testingEndpoints };

export interface RawCallOptions {
  /** A bearer session token (the request says `X-Tillit-Session-Mode: bearer` either way). */
  token?: string;
  headers?: Record<string, string>;
}

/**
 * Sends `input` to a row exactly as the typed client would lay it out (path, query, JSON or multipart body), but
 * without checking it first: for inputs the contract refuses. The answer is recorded like any other.
 */
export function rawCall(key: RowKey, input: Record<string, unknown>, options: RawCallOptions = {}): Promise<Response> {
  const row = allRows[key];
  assert.ok(row, `no row ${String(key)}`);
  const { url, init } = buildRequest(row, input, { baseUrl, bearerToken: options.token ?? null, headers: options.headers ?? {} });
  return recordingFetch(url, init);
}

/** `rawCall` that must be refused with `validation_failed` naming `field`; returns the problem. */
export async function expectFieldRefused(key: RowKey, input: Record<string, unknown>, field: string, options: RawCallOptions = {}): Promise<Problem> {
  const problem = expectProblemResponse(await rawCall(key, input, options), 'validation_failed');
  assert.ok(
    problem.fields?.some((f) => f.path === field),
    `${String(key)}: validation_failed should name ${field}, named ${JSON.stringify(problem.fields)}`,
  );
  return problem;
}
