import type { Identifier } from '../../src/contract/index.js';
import { isoInstant } from '../core/clock.js';
import type { BackendContext } from '../core/context.js';
import { identifierValue, type UserRecord } from '../core/model.js';
import { ApiProblem } from '../core/problem.js';

/*
 * Failed-password bookkeeping: captcha from the 3rd consecutive failure, a 15-minute lock on the 8th, and a
 * per-identifier rate limit. Identifiers without an account get the same counters (kept here rather than on a
 * user record), so an attacker cannot tell from captcha or lock answers whether an account exists.
 */

export const CAPTCHA_AFTER_FAILURES = 2;
export const LOCK_AFTER_FAILURES = 8;
export const LOCK_SECONDS = 15 * 60;
export const ATTEMPTS_PER_WINDOW = 20;
export const ATTEMPT_WINDOW_SECONDS = 15 * 60;

/** The two counters a user record carries; unknown identifiers get a record of their own. */
export type FailureCounter = Pick<UserRecord, 'failedSignIns' | 'lockedUntilMs'>;

const unknownCounters = (ctx: BackendContext) => ctx.state('sign-in:unknown', () => new Map<string, FailureCounter>());

export function failureCounter(ctx: BackendContext, identifier: Identifier, user: UserRecord | undefined): FailureCounter {
  if (user) return user;
  const key = identifierValue(identifier);
  let counter = unknownCounters(ctx).get(key);
  if (!counter) unknownCounters(ctx).set(key, (counter = { failedSignIns: 0, lockedUntilMs: 0 }));
  return counter;
}

/** Refuses the attempt before the password is looked at: rate limit, lock, then the robot check. */
export function admitAttempt(ctx: BackendContext, identifier: Identifier, counter: FailureCounter, captchaToken?: string): void {
  const wait = ctx.limiter.hit(`sign-in:${identifierValue(identifier)}`, ATTEMPTS_PER_WINDOW, ATTEMPT_WINDOW_SECONDS);
  if (wait > 0) throw new ApiProblem('rate_limited', { retryAfter: wait });
  assertNotLocked(ctx, counter);
  if (counter.failedSignIns >= CAPTCHA_AFTER_FAILURES) {
    if (!captchaToken) throw new ApiProblem('captcha_required');
    if (!ctx.captcha.redeem(captchaToken)) throw new ApiProblem('captcha_invalid');
  }
}

/** `account_locked` while a lock runs; a lock that ran out starts the count afresh. */
export function assertNotLocked(ctx: BackendContext, counter: FailureCounter): void {
  if (counter.lockedUntilMs === 0) return;
  if (counter.lockedUntilMs > ctx.clock.nowMs()) {
    throw new ApiProblem('account_locked', { lockedUntil: isoInstant(counter.lockedUntilMs) });
  }
  counter.lockedUntilMs = 0;
  counter.failedSignIns = 0;
}

/** Records a wrong identifier/password; the 8th in a row locks and says so. */
export function recordFailure(ctx: BackendContext, counter: FailureCounter): never {
  counter.failedSignIns += 1;
  if (counter.failedSignIns >= LOCK_AFTER_FAILURES) {
    // Round up to whole seconds so the `lockedUntil` shown is never earlier than the real end of the lock.
    counter.lockedUntilMs = Math.ceil((ctx.clock.nowMs() + LOCK_SECONDS * 1000) / 1000) * 1000;
    throw new ApiProblem('account_locked', { lockedUntil: isoInstant(counter.lockedUntilMs) });
  }
  throw new ApiProblem('invalid_credentials');
}

export function recordSuccess(counter: FailureCounter): void {
  counter.failedSignIns = 0;
  counter.lockedUntilMs = 0;
}
