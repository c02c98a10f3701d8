import type { Problem } from '../contract/errors.js';
import type { CommonMessages, ErrorMessages } from './en.js';
import type { ErrorMessageKey, ErrorParams } from './error-params.js';
import type { Locale } from './types.js';

/** What `errorMessage` reads: a `TillitError` from the client fits, as does a bare `{ code }`. */
export interface ErrorLike {
  readonly code: string;
  readonly retryAfter?: number;
  readonly problem?: Partial<Pick<Problem, 'retryAfter' | 'lockedUntil' | 'availableAt' | 'attemptsRemaining' | 'required'>>;
}

function toDate(iso: string | undefined): Date | undefined {
  const date = iso ? new Date(iso) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

/** "authenticator app and SMS verification"; factor names the catalog does not know are left out. */
function requiredList(common: CommonMessages, locale: Locale, required: readonly string[] | undefined): string | undefined {
  const names = (required ?? []).flatMap((factor) => {
    const name: unknown = (common as Record<string, unknown>)[`factor_${factor}`];
    return typeof name === 'string' ? [name] : [];
  });
  return names.length ? new Intl.ListFormat(locale, { type: 'conjunction' }).format(names) : undefined;
}

/**
 * The message for an error, with the wait, lock time or attempts left from the problem body filled in. Codes the
 * catalog does not know (a backend's own, or a newer contract) get the generic `unknown` message.
 */
export function errorMessage(
  messages: { readonly common: CommonMessages; readonly errors: ErrorMessages },
  locale: Locale,
  error: ErrorLike | string,
): string {
  const { code, retryAfter, problem } = typeof error === 'string' ? { code: error } as ErrorLike : error;
  const known = Object.hasOwn(messages.errors, code);
  const message = messages.errors[(known ? code : 'unknown') as ErrorMessageKey];
  if (typeof message === 'string') return message;
  const params: ErrorParams = {
    seconds: retryAfter ?? problem?.retryAfter,
    until: toDate(problem?.lockedUntil),
    availableAt: toDate(problem?.availableAt),
    attemptsRemaining: problem?.attemptsRemaining,
    required: requiredList(messages.common, locale, problem?.required),
  };
  // Every error function takes a subset of ErrorParams (enforced by ErrorSectionShape in en.ts).
  return (message as (p: ErrorParams) => string)(params);
}
