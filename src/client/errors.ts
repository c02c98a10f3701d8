import type { ErrorCode, FieldError, Problem } from '../contract/errors.js';

/**
 * Every code a client call can fail with: the contract's codes, plus the failures that happen on the way
 * (`network`, `timeout`, `aborted`) or when the backend answers something the contract does not allow
 * (`invalid_response`).
 */
export type TillitErrorCode = ErrorCode | 'network' | 'timeout' | 'aborted' | 'invalid_response';

export interface TillitErrorInit {
  status?: number;
  fields?: readonly FieldError[];
  retryAfter?: number;
  problem?: Problem;
  cause?: unknown;
}

/**
 * The one error type a client call rejects with. Elements branch on `code` (a stable string union) and show
 * `fields` next to the inputs; `message` is for developers and never shown to users.
 */
export class TillitError extends Error {
  readonly code: TillitErrorCode;
  readonly status?: number;
  readonly fields: readonly FieldError[];
  /** Seconds until a retry may succeed, from `Retry-After` or the problem's `retryAfter`. */
  readonly retryAfter?: number;
  /** The backend's problem document, when there was one (carries `lockedUntil`, `attemptsRemaining`, ...). */
  readonly problem?: Problem;

  constructor(code: TillitErrorCode, message: string, init: TillitErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'TillitError';
    this.code = code;
    this.fields = init.fields ?? [];
    if (init.status !== undefined) this.status = init.status;
    if (init.retryAfter !== undefined) this.retryAfter = init.retryAfter;
    if (init.problem !== undefined) this.problem = init.problem;
  }
}

/** True for errors from a tillit client, even across bundles that each carry their own copy of the class. */
export function isTillitError(error: unknown): error is TillitError {
  return error instanceof TillitError || (error instanceof Error && error.name === 'TillitError' && 'code' in error);
}
