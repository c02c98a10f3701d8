import type { SecondFactorMethod, SignInResult } from '../../src/contract/index.js';
import { isoInstant } from '../core/clock.js';
import type { BackendContext } from '../core/context.js';
import { randomId } from '../core/ids.js';
import { maskEmail, maskPhone, secondFactorsOf, type UserRecord } from '../core/model.js';
import { ApiProblem } from '../core/problem.js';
import type { Call } from '../core/router.js';

/*
 * Second-factor challenges of a sign-in: what a password or social sign-in answers for an account with 2FA, and
 * the bookkeeping the send/verify rows share (expiry; codes are checked by core/challenges.ts).
 */

export const CHALLENGE_SECONDS = 5 * 60;

export interface SignInChallenge {
  id: string;
  userId: string;
  methods: SecondFactorMethod[];
  expiresAtMs: number;
  wrongCodes: number;
}

const challenges = (ctx: BackendContext) => ctx.state('sign-in:challenges', () => new Map<string, SignInChallenge>());

/** The code purpose of one channel of one challenge (also how the outbox names it). */
export const codePurpose = (challengeId: string, channel: 'sms' | 'email'): string => `sign-in:${challengeId}:${channel}`;

/**
 * What a sign-in answers once the first factor (password, Google/Apple) is good: a session for accounts without
 * 2FA, otherwise a challenge listing the account's methods.
 */
export function answerFirstFactor(ctx: BackendContext, call: Call, user: UserRecord): SignInResult {
  const methods = secondFactorsOf(user);
  const [first] = methods;
  if (!first) return { status: 'signed_in', session: call.signIn(user) };
  const challenge: SignInChallenge = {
    id: randomId('chl'),
    userId: user.id,
    methods,
    expiresAtMs: ctx.clock.nowMs() + CHALLENGE_SECONDS * 1000,
    wrongCodes: 0,
  };
  challenges(ctx).set(challenge.id, challenge);
  return {
    status: 'second_factor_required',
    challenge: {
      id: challenge.id,
      methods,
      preferredMethod: user.preferredMethod && methods.includes(user.preferredMethod) ? user.preferredMethod : first,
      destinations: {
        ...(methods.includes('sms') && user.phone ? { sms: maskPhone(user.phone) } : {}),
        ...(methods.includes('email') && user.email ? { email: maskEmail(user.email) } : {}),
      },
      expiresAt: isoInstant(challenge.expiresAtMs),
    },
  };
}

/** A live challenge and its user, or `challenge_expired` (unknown, expired, used or burned alike). */
export function liveChallenge(ctx: BackendContext, id: string): { challenge: SignInChallenge; user: UserRecord } {
  const challenge = challenges(ctx).get(id);
  const user = challenge ? ctx.users.get(challenge.userId) : undefined;
  if (!challenge || !user || challenge.expiresAtMs <= ctx.clock.nowMs()) {
    endChallenge(ctx, id);
    throw new ApiProblem('challenge_expired');
  }
  return { challenge, user };
}

export function endChallenge(ctx: BackendContext, id: string): void {
  challenges(ctx).delete(id);
  ctx.codes.forget(`sign-in:${id}:`);
}
