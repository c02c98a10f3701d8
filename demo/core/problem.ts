import { errorMeanings } from '../../src/contract/docs/index.js';
import { errorCatalog, problemTypeBase, type ErrorCode, type Problem } from '../../src/contract/index.js';

/** Members a problem may carry beyond type/title/status/code. */
export type ProblemExtras = Partial<Omit<Problem, 'type' | 'title' | 'status' | 'code'>>;

/**
 * Thrown by route handlers to answer with a contract error. The router turns it into problem+json; anything else
 * thrown becomes a bare `internal_error` (never a stack trace).
 */
export class ApiProblem extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly extras: ProblemExtras = {},
  ) {
    super(code);
  }
}

const titles: Record<ErrorCode, string> = Object.fromEntries(
  Object.keys(errorCatalog).map((code) => [code, code.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase())]),
) as Record<ErrorCode, string>;

export function problemResponse(code: ErrorCode, extras: ProblemExtras = {}): Response {
  const status = errorCatalog[code].status;
  const body: Problem = {
    type: problemTypeBase + code.replace(/_/g, '-'),
    title: titles[code],
    status,
    code,
    detail: errorMeanings[code].replace(/`/g, ''),
    ...extras,
  };
  const headers = new Headers({ 'content-type': 'application/problem+json' });
  if (extras.retryAfter !== undefined) headers.set('retry-after', String(extras.retryAfter));
  return new Response(JSON.stringify(body), { status, headers });
}
