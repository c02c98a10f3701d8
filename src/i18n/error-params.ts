import type { ErrorCode } from '../contract/errors.js';
import type { ClientErrorCode } from './types.js';

/**
 * What an error message may mention, taken from the problem body. Every member is optional: a backend may leave
 * them out, and the message then says what to do without the number or time.
 */
export interface ErrorParams {
  /** Seconds until a retry may succeed (`retryAfter`). */
  readonly seconds?: number;
  /** End of a sign-in lock (`lockedUntil`). */
  readonly until?: Date;
  /** When an unbound e-mail or phone may be used again (`availableAt`). */
  readonly availableAt?: Date;
  readonly attemptsRemaining?: number;
  /** Factors still needed, already localized and joined ("authenticator app and SMS verification"). */
  readonly required?: string;
}

/** Every key the `errors` section must have: each contract code, each client code, and a generic fallback. */
export type ErrorMessageKey = ErrorCode | ClientErrorCode | 'unknown';

/** The shape every locale's `errors` section satisfies (typos and missing codes fail to compile). */
export type ErrorSectionShape = Readonly<Record<ErrorMessageKey, string | ((params: ErrorParams) => string)>>;
