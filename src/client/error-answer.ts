/**
 * Reading an error answer (any status outside 2xx): the problem document (RFC 9457) checked against the contract,
 * its code if the contract knows it (else the code the status means), its field errors and the retry delay. A
 * chunk of its own, loaded by read-response.ts with the first error answer: a page whose calls all succeed (a
 * whole sign-in) never downloads the problem document's validator or the list of error codes.
 */
import type { Problem } from '../contract/errors.js';
import { errorCodes, problem as problemNode } from './compiled/problem.js';
import type { TillitErrorCode } from './errors.js';
import { TillitError } from './errors.js';
import { parseJson, type RawResponse } from './read-response.js';
import { validate } from './validate.js';

/** The problem document in an answer, or undefined when the body is not one. */
export function parseProblem(body: unknown): Problem | undefined {
  const result = validate(problemNode, body);
  return result.ok ? (result.value as Problem) : undefined;
}

export function isKnownCode(code: string): boolean {
  return errorCodes.includes(code);
}

/** `Retry-After` is either delta-seconds or an HTTP date; answers whole seconds from now, or undefined. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text);
  // Only a real HTTP date (it names a weekday and month): Date.parse would read "1.5" as a date too.
  if (!/[a-z]/i.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/** For answers that are not a problem document (a proxy's HTML page, an empty body): the code its status means. */
export function codeForStatus(status: number): TillitErrorCode {
  if (status === 429) return 'rate_limited';
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 413) return 'payload_too_large';
  if (status >= 502 && status <= 504) return 'service_unavailable';
  if (status >= 500) return 'internal_error';
  return 'invalid_response';
}

/** The TillitError an error answer means. */
export function errorFromAnswer(response: RawResponse): TillitError {
  const json = parseJson(response.body);
  const problem = json.ok ? parseProblem(json.value) : undefined;
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After')) ?? problem?.retryAfter;
  const known = problem !== undefined && isKnownCode(problem.code);
  const code = known ? (problem.code as TillitErrorCode) : codeForStatus(response.status);
  const message = problem?.detail ?? problem?.title ?? `The backend answered HTTP ${response.status}.`;
  return new TillitError(code, message, {
    status: response.status,
    fields: problem?.fields ?? [],
    retryAfter,
    problem,
  });
}
