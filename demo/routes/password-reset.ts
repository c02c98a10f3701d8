import type { Hono } from 'hono';
import {
  passwordResetEndpoints as rows,
  type CodeChannel,
  type CodeSent,
  type Identifier,
  type ResetChannel,
} from '../../src/contract/index.js';
import { DAY, HOUR, MINUTE, isoInstant } from '../core/clock.js';
import { CODE_TTL_SECONDS, MAX_CODE_ATTEMPTS, RESEND_AFTER_SECONDS, wrongAnswer } from '../core/codes.js';
import type { BackendContext } from '../core/context.js';
import { randomId } from '../core/ids.js';
import { identifierValue, maskEmail, maskPhone, type UserRecord } from '../core/model.js';
import { hashPassword, weakPasswordReason } from '../core/passwords.js';
import { ApiProblem } from '../core/problem.js';
import { route } from '../core/router.js';

export const RESET_TTL_SECONDS = 30 * MINUTE;
export const RESET_STARTS_PER_HOUR = 5;
export const WITHDRAWAL_LOCK_SECONDS = DAY;

interface Reset {
  id: string;
  /** null for an unknown identifier: the decoy behaves alike but can never be verified. */
  userId: string | null;
  /** The channels offered, the identifier's own first: the same two for every identifier of a type. */
  channels: ResetChannel[];
  /** Where each offered channel delivers (unmasked), when the account has it; a channel without one sends nothing. */
  targets: Partial<Record<CodeChannel, string>>;
  expiresAtMs: number;
  verified: boolean;
  /** Wrong codes across every code of the reset, so resending buys no extra guesses: the 5th burns it. */
  wrongCodes: number;
  /** Decoy bookkeeping, mirroring what CodeService keeps for real codes. */
  decoy: { resendAtMs: number; expiresAtMs: number } | null;
}

/** Where the account's codes go, by channel: what it has. */
function targetsOf(user: UserRecord): Partial<Record<CodeChannel, string>> {
  return { ...(user.email ? { email: user.email } : {}), ...(user.phone ? { sms: user.phone } : {}) };
}

/**
 * The identifier's own channel with its destination masked (the user typed it: nothing new), then the other one
 * without a destination, whatever the account has: the answer must not tell that it exists (`no-enumeration`).
 */
function channelsFor(identifier: Identifier): ResetChannel[] {
  return identifier.type === 'email'
    ? [{ channel: 'email', destination: maskEmail(identifier.email.toLowerCase()) }, { channel: 'sms', destination: null }]
    : [{ channel: 'sms', destination: maskPhone(identifier.phone) }, { channel: 'email', destination: null }];
}

export function registerPasswordReset(app: Hono, ctx: BackendContext): void {
  const resets = ctx.state('password-reset', () => new Map<string, Reset>());
  const purpose = (reset: Reset): string => `password-reset:${reset.id}`;

  /** The live reset, or `challenge_expired` for unknown, finished and timed-out ones alike. */
  const live = (id: string): Reset => {
    const reset = resets.get(id);
    if (!reset || reset.expiresAtMs <= ctx.clock.nowMs()) {
      if (reset) resets.delete(id);
      throw new ApiProblem('challenge_expired');
    }
    return reset;
  };
  const burn = (reset: Reset): void => {
    resets.delete(reset.id);
    ctx.codes.forget(purpose(reset));
  };

  route(app, ctx, rows.startPasswordReset, ({ identifier, captchaToken }) => {
    if (!captchaToken) throw new ApiProblem('captcha_required');
    if (!ctx.captcha.redeem(captchaToken)) throw new ApiProblem('captcha_invalid');
    // Counted per identifier whether or not the account exists, so the limit itself leaks nothing.
    const wait = ctx.limiter.hit(`password-reset:${identifierValue(identifier)}`, RESET_STARTS_PER_HOUR, HOUR);
    if (wait > 0) throw new ApiProblem('rate_limited', { retryAfter: wait });

    const user = ctx.users.findByIdentifier(identifier);
    const reset: Reset = {
      id: randomId('rst'),
      userId: user?.id ?? null,
      channels: channelsFor(identifier),
      targets: user ? targetsOf(user) : {},
      expiresAtMs: ctx.clock.nowMs() + RESET_TTL_SECONDS * 1000,
      verified: false,
      wrongCodes: 0,
      decoy: user ? null : { resendAtMs: 0, expiresAtMs: 0 },
    };
    resets.set(reset.id, reset);
    return { resetId: reset.id, channels: reset.channels, expiresAt: isoInstant(reset.expiresAtMs) };
  });

  route(app, ctx, rows.sendPasswordResetCode, ({ resetId, channel }) => {
    const reset = live(resetId);
    // Both channels are always offered (`channelsFor`), so the one asked for is there.
    const offered = reset.channels.find((c) => c.channel === channel)!;
    if (reset.decoy) return { ...decoySend(reset.decoy, channel, ctx.clock.nowMs()), sentTo: offered.destination };
    // A channel the account lacks gets a code nobody receives: resend spacing and the replaced code are as for a
    // real send, so the answers cannot tell what the account has.
    const sent = ctx.codes.send(
      purpose(reset),
      channel,
      reset.targets[channel] ?? null,
      (code) => `Your password reset code is ${code}. If you did not ask for it, ignore this message.`,
    );
    return { ...sent, sentTo: offered.destination };
  });

  route(app, ctx, rows.verifyPasswordResetCode, ({ resetId, code }) => {
    const reset = live(resetId);
    // Before any code went out there is nothing to guess at: such tries are not counted.
    const sent = reset.decoy ? reset.decoy.expiresAtMs !== 0 : ctx.codes.has(purpose(reset));
    try {
      if (reset.decoy) decoyVerify(reset.decoy, ctx.clock.nowMs());
      else ctx.codes.verify(purpose(reset), code);
    } catch (error) {
      const wrong = error instanceof ApiProblem && (error.code === 'invalid_code' || error.code === 'too_many_attempts');
      if (!sent || !wrong) throw error;
      reset.wrongCodes = error.code === 'too_many_attempts' ? MAX_CODE_ATTEMPTS : reset.wrongCodes + 1;
      throw wrongAnswer(reset.wrongCodes, () => burn(reset));
    }
    reset.verified = true;
    return { verified: true as const };
  });

  route(app, ctx, rows.completePasswordReset, async ({ resetId, newPassword }) => {
    const reset = live(resetId);
    const user = reset.userId ? ctx.users.get(reset.userId) : undefined;
    if (!reset.verified || !user) throw new ApiProblem('reset_not_verified');
    const identifiers = [user.email, user.phone].filter((v): v is string => v !== null);
    if (weakPasswordReason(newPassword, identifiers)) {
      throw new ApiProblem('password_too_weak', { fields: [{ path: 'newPassword', code: 'not_allowed' }] });
    }
    user.passwordHash = await hashPassword(newPassword);
    user.passwordChangedAt = isoInstant(ctx.clock.nowMs());
    user.failedSignIns = 0;
    user.lockedUntilMs = 0;
    const until = isoInstant(ctx.clock.nowMs() + WITHDRAWAL_LOCK_SECONDS * 1000);
    user.withdrawalLock = { until, reason: 'password_reset' };
    // Whoever knew the old password may hold a session: end them all.
    ctx.sessions.endAllFor(user.id);
    burn(reset);
    return { withdrawalLock: { until, reason: 'password_reset' as const }, signedOutOtherSessions: true as const };
  });
}

/** Answers like CodeService.send, but nothing is delivered: the account does not exist. */
function decoySend(decoy: NonNullable<Reset['decoy']>, channel: CodeChannel, now: number): Omit<CodeSent, 'sentTo'> {
  if (decoy.resendAtMs > now) {
    throw new ApiProblem('resend_too_soon', { retryAfter: Math.ceil((decoy.resendAtMs - now) / 1000) });
  }
  decoy.resendAtMs = now + RESEND_AFTER_SECONDS * 1000;
  decoy.expiresAtMs = now + CODE_TTL_SECONDS * 1000;
  return { channel, resendAfter: RESEND_AFTER_SECONDS, expiresAt: isoInstant(decoy.expiresAtMs) };
}

/**
 * Fails like CodeService.verify does for a wrong code (the route counts it against the reset), so probing cannot
 * tell a decoy from a real reset.
 */
function decoyVerify(decoy: NonNullable<Reset['decoy']>, now: number): never {
  if (decoy.expiresAtMs === 0) throw new ApiProblem('invalid_code', { attemptsRemaining: 0 });
  if (decoy.expiresAtMs <= now) throw new ApiProblem('code_expired');
  throw new ApiProblem('invalid_code');
}
