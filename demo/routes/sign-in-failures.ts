import type { Identifier } from '../../src/contract/index.js';
import { isoInstant } from '../core/clock.js';
import type { BackendContext } from '../core/context.js';
import { identifierValue, type UserRecord } from '../core/model.js';
import { ApiProblem } from '../core/problem.js';

/*
 * Failed-password bookkeeping: captcha from the 3rd consecutive failure, a 15-minute lock on the 8th, and a
 * per-identifier rate limit; per client, a captcha after 10 failures and a rate limit. Identifiers without an
 * account get the same counters (kept here rather than on a user record), so an attacker cannot tell from captcha
 * or lock answers whether an account exists. The route runs admission, password check and count for one identifier
 * one after the other (`ctx.serial`), so parallel attempts see each other's failures.
 */

export const CAPTCHA_AFTER_FAILURES = 2;
export const LOCK_AFTER_FAILURES = 8;
export const LOCK_SECONDS = 15 * 60;
export const ATTEMPTS_PER_WINDOW = 20;
export const ATTEMPT_WINDOW_SECONDS = 15 * 60;
/** Per client (credential stuffing spreads over identifiers): a captcha after this many failures, a hard cap. */
export const CLIENT_CAPTCHA_AFTER_FAILURES = 10;
export const CLIENT_ATTEMPTS_PER_WINDOW = 60;
export const CLIENT_WINDOW_SECONDS = 15 * 60;

/** The two counters a user record carries; unknown identifiers get a record of their own. */
export type FailureCounter = Pick<UserRecord, 'failedSignIns' | 'lockedUntilMs'>;

const unknownCounters = (ctx: BackendContext) => ctx.state('sign-in:unknown', () => new Map<string, FailureCounter>());
const clientFailures = (client: string): string => `sign-in-client-failures:${client}`;

export function failureCounter(ctx: BackendContext, identifier: Identifier, user: UserRecord | undefined): FailureCounter {
  if (user) return user;
  const key = identifierValue(identifier);
  let counter = unknownCounters(ctx).get(key);
  if (!counter) unknownCounters(ctx).set(key, (counter = { failedSignIns: 0, lockedUntilMs: 0 }));
  return counter;
}

/**
 * Refuses the attempt before the password is looked at: rate limits, lock, then the robot check. An admitted
 * attempt counts as a failure of its client until `recordSuccess` gives it back, so parallel attempts from one
 * client over many identifiers see each other.
 */
export function admitAttempt(
  ctx: BackendContext,
  identifier: Identifier,
  counter: FailureCounter,
  client: string,
  captchaToken?: string,
): void {
  const wait =
    ctx.limiter.hit(`sign-in:${identifierValue(identifier)}`, ATTEMPTS_PER_WINDOW, ATTEMPT_WINDOW_SECONDS) ||
    ctx.limiter.hit(`sign-in-client:${client}`, CLIENT_ATTEMPTS_PER_WINDOW, CLIENT_WINDOW_SECONDS);
  if (wait > 0) throw new ApiProblem('rate_limited', { retryAfter: wait });
  assertNotLocked(ctx, counter);
  const clientSuspect = ctx.limiter.peek(clientFailures(client), CLIENT_CAPTCHA_AFTER_FAILURES, CLIENT_WINDOW_SECONDS) > 0;
  if (counter.failedSignIns >= CAPTCHA_AFTER_FAILURES || clientSuspect) {
    if (!captchaToken) throw new ApiProblem('captcha_required');
    if (!ctx.captcha.redeem(captchaToken)) throw new ApiProblem('captcha_invalid');
  }
  ctx.limiter.hit(clientFailures(client), Number.MAX_SAFE_INTEGER, CLIENT_WINDOW_SECONDS);
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

/** Records a wrong identifier/password (its client's failure is already counted); the 8th in a row locks. */
export function recordFailure(ctx: BackendContext, counter: FailureCounter): never {
  counter.failedSignIns += 1;
  if (counter.failedSignIns >= LOCK_AFTER_FAILURES) {
    // Round up to whole seconds so the `lockedUntil` shown is never earlier than the real end of the lock.
    counter.lockedUntilMs = Math.ceil((ctx.clock.nowMs() + LOCK_SECONDS * 1000) / 1000) * 1000;
    throw new ApiProblem('account_locked', { lockedUntil: isoInstant(counter.lockedUntilMs) });
  }
  throw new ApiProblem('invalid_credentials');
}

/** A success sets the counters to zero and, for a password attempt, takes its provisional client failure back. */
export function recordSuccess(ctx: BackendContext, counter: FailureCounter, client?: string): void {
  counter.failedSignIns = 0;
  counter.lockedUntilMs = 0;
  if (client !== undefined) ctx.limiter.release(clientFailures(client));
}
