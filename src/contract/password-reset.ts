import * as z from 'zod/mini';
import { CodeChannel, CodeSent, Id, Identifier, Instant, MaskedDestination, NewPassword, OneTimeCode } from './common.js';
import { endpoint } from './define.js';

/** One way the reset code can reach the user, as the element offers it. */
export const ResetChannel = z.object({ channel: CodeChannel, destination: MaskedDestination });
export type ResetChannel = z.infer<typeof ResetChannel>;

export const PasswordResetStarted = z.object({
  resetId: Id,
  /** The identifier's own channel first; at least one. */
  channels: z.array(ResetChannel).check(z.minLength(1)),
  expiresAt: Instant,
});
export type PasswordResetStarted = z.infer<typeof PasswordResetStarted>;

export const PasswordResetCompleted = z.object({
  /** Withdrawals stay disabled until `until` (24 hours after the reset). */
  withdrawalLock: z.object({ until: Instant, reason: z.literal('password_reset') }),
  /** Every session of the account, on every device, was ended. */
  signedOutOtherSessions: z.literal(true),
});
export type PasswordResetCompleted = z.infer<typeof PasswordResetCompleted>;

export const passwordResetEndpoints = {
  startPasswordReset: endpoint({
    method: 'POST',
    path: '/v1/password-reset',
    flow: 'password-reset',
    access: 'public',
    summary: '"Forgot password?": start a reset for an e-mail or phone, after the robot check.',
    description:
      'Needs a `captchaToken` from the robot check: without one the answer is `captcha_required`, a refused one ' +
      'is `captcha_invalid`. Never reveals whether the account exists: an unknown identifier gets a reset of the ' +
      'same shape, offering the channel of the identifier\'s type, whose codes never arrive and which can never be ' +
      'verified. A known account is offered every channel it has (its e-mail and/or phone; an account registered ' +
      'by e-mail with a phone may reset by SMS, and the other way round), the identifier\'s own channel first. ' +
      'No code is sent until `sendPasswordResetCode`. The reset lives 30 minutes. At most 5 starts per identifier ' +
      'per hour; more answer `rate_limited` with `retryAfter`.',
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
    summary: 'Send (or resend) the reset code by one of the offered channels.',
    description:
      'The channel must be one of the reset\'s `channels` (`method_not_available` otherwise). Codes are valid ' +
      '10 minutes; a resend within 60 seconds answers `resend_too_soon` with `retryAfter`. An expired, finished ' +
      'or burned reset answers `challenge_expired`.',
    input: z.object({ resetId: Id, channel: CodeChannel }),
    output: CodeSent,
    errors: ['challenge_expired', 'method_not_available', 'resend_too_soon'],
  }),
  verifyPasswordResetCode: endpoint({
    method: 'POST',
    path: '/v1/password-reset/:resetId/verify',
    flow: 'password-reset',
    access: 'public',
    summary: 'Confirm the reset code.',
    description:
      'A wrong code answers `invalid_code` with `attemptsRemaining`; the 5th wrong code burns the reset ' +
      '(`too_many_attempts`, start again). A code older than 10 minutes answers `code_expired`.',
    input: z.object({ resetId: Id, code: OneTimeCode }),
    output: z.object({ verified: z.literal(true) }),
    errors: ['challenge_expired', 'invalid_code', 'code_expired', 'too_many_attempts'],
  }),
  completePasswordReset: endpoint({
    method: 'POST',
    path: '/v1/password-reset/:resetId/complete',
    flow: 'password-reset',
    access: 'public',
    summary: 'Set the new password of a verified reset.',
    description:
      'Only after `verifyPasswordResetCode` (`reset_not_verified` otherwise). Refuses common passwords and ' +
      'passwords containing the account\'s e-mail name or phone (`password_too_weak`, with `fields` naming ' +
      '`newPassword`). On success the old password stops working, every session of the account ends, failed ' +
      'sign-in counters and sign-in locks are cleared, and withdrawals are disabled for 24 hours ' +
      '(`withdrawalLock`). The reset is then used up.',
    input: z.object({ resetId: Id, newPassword: NewPassword }),
    output: PasswordResetCompleted,
    errors: ['challenge_expired', 'reset_not_verified', 'password_too_weak'],
  }),
} as const;

// The core testing rows (outbox, clock, captcha) cover this flow.
export const passwordResetTestingEndpoints = {} as const;
