import type { SecondFactorMethod } from '../../src/contract/index.js';
import { MAX_CODE_ATTEMPTS, wrongAnswer } from './codes.js';
import type { BackendContext } from './context.js';
import type { UserRecord } from './model.js';
import { ApiProblem } from './problem.js';
import { verifyTotp } from './totp.js';

/*
 * What the flows' pending challenges share (sign-in challenges, step-ups, authenticator setups, contact bindings,
 * recovery phrases): finding a user's own live one by id, and checking a second-factor code against one.
 */

/**
 * The user's pending item `id` from a route module's map. Unknown, expired and another user's answer alike
 * (`challenge_expired`), so ids leak nothing; an expired one of the user's is dropped.
 */
export function livePending<T extends { userId: string; expiresAtMs: number }>(
  ctx: BackendContext,
  items: Map<string, T>,
  id: string,
  user: UserRecord,
): T {
  const item = items.get(id);
  if (item && item.userId === user.id && item.expiresAtMs > ctx.clock.nowMs()) return item;
  if (item?.userId === user.id) items.delete(id);
  throw new ApiProblem('challenge_expired');
}

/** Wrong second-factor answers per account across every challenge, step-up and restore (Security rules). */
export const SECOND_FACTOR_GUESSES = 10;
export const SECOND_FACTOR_WINDOW_SECONDS = 15 * 60;
const guessKey = (user: UserRecord): string => `second-factor:${user.id}`;

/** `rate_limited` once the account's wrong second-factor answers of the window are used up, whatever the code. */
export function assertSecondFactorGuessesLeft(ctx: BackendContext, user: UserRecord): void {
  const wait = ctx.limiter.peek(guessKey(user), SECOND_FACTOR_GUESSES, SECOND_FACTOR_WINDOW_SECONDS);
  if (wait > 0) throw new ApiProblem('rate_limited', { retryAfter: wait });
}

/** Counts one wrong second-factor answer of the account. */
export function countWrongSecondFactor(ctx: BackendContext, user: UserRecord): void {
  ctx.limiter.hit(guessKey(user), Number.MAX_SAFE_INTEGER, SECOND_FACTOR_WINDOW_SECONDS);
}

/** Takes a provisional wrong answer back (counted before a slow check, so parallel checks see it). */
export function uncountWrongSecondFactor(ctx: BackendContext, user: UserRecord): void {
  ctx.limiter.release(guessKey(user));
}

export interface ChallengeCode {
  user: UserRecord;
  method: SecondFactorMethod;
  code: string;
  /** The CodeService purpose the e-mail or SMS code of this challenge was sent under. */
  purpose: (channel: 'email' | 'sms') => string;
  /** The challenge's wrong-code count, across all its methods. */
  challenge: { wrongCodes: number };
  /** Ends the challenge when its wrong codes run out. */
  burn: () => void;
}

/**
 * Checks one code of a sign-in challenge or a step-up: the authenticator code at the backend's time (its step is
 * then used up, so a replay is `code_already_used`) or the e-mail/SMS code. Every wrong code counts against the
 * challenge whatever the method, so switching methods buys no extra guesses: the 5th burns it; and against the
 * account, across challenges, so a new challenge buys none either. Replayed and expired codes are answered as they
 * are, without counting. Synchronous from check to count, so parallel guesses see each other.
 */
export function verifyChallengeCode(ctx: BackendContext, { user, method, code, purpose, challenge, burn }: ChallengeCode): void {
  assertSecondFactorGuessesLeft(ctx, user);
  try {
    if (method !== 'totp') ctx.codes.verify(purpose(method), code);
    else if (!user.totp) throw new ApiProblem('method_not_available');
    else user.totp.lastStep = verifyTotp(user.totp.secret, code, user.totp.lastStep, ctx.clock.nowMs());
  } catch (error) {
    if (!(error instanceof ApiProblem) || (error.code !== 'invalid_code' && error.code !== 'too_many_attempts')) throw error;
    countWrongSecondFactor(ctx, user);
    // A code the CodeService burned ends its challenge too.
    challenge.wrongCodes = error.code === 'too_many_attempts' ? MAX_CODE_ATTEMPTS : challenge.wrongCodes + 1;
    throw wrongAnswer(challenge.wrongCodes, burn);
  }
}
