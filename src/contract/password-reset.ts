import * as z from 'zod/mini';
import { CodeChannel, CodeSent, Id, Identifier, Instant, lockFor, MaskedDestination, NewPassword, OneTimeCode } from './common.js';
import { endpoint } from './define.js';

/**
 * One way the reset code can reach the user, as the element offers it. `destination` is the identifier the user typed,
 * masked, for the identifier's own channel; null for the other channel ("the phone number / e-mail address of the
 * account"), since showing it would tell that the account exists and what it has.
 */
export const ResetChannel = z.object({ channel: CodeChannel, destination: z.nullable(MaskedDestination) });
export type ResetChannel = z.infer<typeof ResetChannel>;

export const PasswordResetStarted = z.object({
  resetId: Id,
  /** The same for every identifier of a type: the identifier's own channel, then the other one. */
  channels: z.array(ResetChannel).check(z.minLength(1)),
  expiresAt: Instant,
});
export type PasswordResetStarted = z.infer<typeof PasswordResetStarted>;

export const PasswordResetCompleted = z.object({
  /** Withdrawals stay disabled until `until` (24 hours after the reset). */
  withdrawalLock: lockFor('password_reset'),
  /** Every session of the account, on every device, was ended. */
  signedOutOtherSessions: z.literal(true),
});
export type PasswordResetCompleted = z.infer<typeof PasswordResetCompleted>;

/** Answer to "send me a reset code": as `CodeSent`, with `sentTo` null for the channel offered without a destination. */
export const ResetCodeSent = z.object({ ...CodeSent.shape, sentTo: z.nullable(MaskedDestination) });
export type ResetCodeSent = z.infer<typeof ResetCodeSent>;

export const passwordResetEndpoints = {
  startPasswordReset: endpoint({
    method: 'POST',
    path: '/v1/password-reset',
    flow: 'password-reset',
    access: 'public',
    input: z.object({
      identifier: Identifier,
      /** Required; optional in the schema so its absence answers `captcha_required` rather than a field error. */
      captchaToken: z.optional(z.string()),
    }),
    output: PasswordResetStarted,
    status: 201,
    errors: ['captcha_required', 'captcha_invalid', 'rate_limited'],
  }),
  sendPasswordResetCode: endpoint({
    method: 'POST',
    path: '/v1/password-reset/:resetId/send',
    flow: 'password-reset',
    access: 'public',
    input: z.object({ resetId: Id, channel: CodeChannel }),
    output: ResetCodeSent,
    errors: ['challenge_expired', 'resend_too_soon'],
  }),
  verifyPasswordResetCode: endpoint({
    method: 'POST',
    path: '/v1/password-reset/:resetId/verify',
    flow: 'password-reset',
    access: 'public',
    input: z.object({ resetId: Id, code: OneTimeCode }),
    output: z.object({ verified: z.literal(true) }),
    errors: ['challenge_expired', 'invalid_code', 'code_expired', 'too_many_attempts'],
  }),
  completePasswordReset: endpoint({
    method: 'POST',
    path: '/v1/password-reset/:resetId/complete',
    flow: 'password-reset',
    access: 'public',
    input: z.object({ resetId: Id, newPassword: NewPassword }),
    output: PasswordResetCompleted,
    errors: ['challenge_expired', 'reset_not_verified', 'password_too_weak'],
  }),
} as const;

// The core testing rows (outbox, clock, captcha) cover this flow.
export const passwordResetTestingEndpoints = {} as const;
