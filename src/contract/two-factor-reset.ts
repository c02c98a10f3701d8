import * as z from 'zod/mini';
import { EmailAddress, Id, Instant, lockFor, Session } from './common.js';
import { endpoint } from './define.js';
import { RecoveryWord, TotpSetup } from './security.js';

/** Why the user asks for a 2FA reset (the "Lost 2-factor authentication?" form). */
export const TwoFactorResetReason = z.enum(['lost_device', 'app_deleted', 'phone_changed', 'other']);
export type TwoFactorResetReason = z.infer<typeof TwoFactorResetReason>;

/**
 * `cancelled`: the account restored its authenticator itself (`restoreAuthenticator`) while the request waited, so the
 * review was dropped; no decision e-mail follows.
 */
export const TwoFactorResetStatus = z.enum(['pending', 'approved', 'rejected', 'cancelled']);
export type TwoFactorResetStatus = z.infer<typeof TwoFactorResetStatus>;

/** Why a review refused the request; elements show a localized explanation of each. */
export const TwoFactorResetRejection = z.enum([
  'identity_not_confirmed',
  'insufficient_information',
  'account_activity_mismatch',
]);
export type TwoFactorResetRejection = z.infer<typeof TwoFactorResetRejection>;

/** What a rejected user can do instead (FLOWS.md: "rejected requests get alternatives"). */
export const TwoFactorResetAlternative = z.enum([
  'restore_from_recovery_phrase',
  'transfer_authenticator',
  'contact_support',
]);
export type TwoFactorResetAlternative = z.infer<typeof TwoFactorResetAlternative>;

export const TwoFactorResetRequested = z.object({
  requestId: Id,
  /** Secret the page keeps to poll the status without a session (the user cannot sign in). */
  statusToken: z.string(),
  status: z.literal('pending'),
  submittedAt: Instant,
  /** The latest the review should answer: 3 business days (Monday to Friday) after submission. */
  reviewBy: Instant,
});
export type TwoFactorResetRequested = z.infer<typeof TwoFactorResetRequested>;

export const TwoFactorResetState = z.object({
  requestId: Id,
  status: TwoFactorResetStatus,
  submittedAt: Instant,
  reviewBy: Instant,
  /** When the request was approved, rejected or cancelled. */
  decidedAt: z.optional(Instant),
  /** Only when rejected: at least one reason. */
  rejectionReasons: z.optional(z.array(TwoFactorResetRejection)),
  /** Only when rejected: what to try instead. */
  alternatives: z.optional(z.array(TwoFactorResetAlternative)),
});
export type TwoFactorResetState = z.infer<typeof TwoFactorResetState>;

/** What a restore with the recovery phrase answers: signed in, the old authenticator gone, a new one to bind now. */
export const AuthenticatorRestored = z.object({
  status: z.literal('signed_in'),
  session: Session,
  /** Withdrawals stay disabled until `until` (24 hours): the second factor changed. */
  withdrawalLock: lockFor('two_factor_change'),
  /** A setup for the new authenticator, confirmed with `confirmTotpSetup` in the new session (no step-up). */
  totpSetup: TotpSetup,
});
export type AuthenticatorRestored = z.infer<typeof AuthenticatorRestored>;

export const twoFactorResetEndpoints = {
  restoreAuthenticator: endpoint({
    method: 'POST',
    path: '/v1/two-factor-reset/recovery-phrase',
    flow: 'two-factor-reset',
    access: 'public',
    input: z.object({
      /** The `challenge.id` a sign-in answered: it proves the identifier and password (or the Google/Apple identity). */
      challengeId: Id,
      /** The 12 words in order (case and surrounding spaces ignored). */
      words: z.array(RecoveryWord).check(z.length(12)),
    }),
    output: AuthenticatorRestored,
    errors: ['challenge_expired', 'not_bound', 'invalid_code', 'too_many_attempts', 'rate_limited'],
  }),
  requestTwoFactorReset: endpoint({
    method: 'POST',
    path: '/v1/two-factor-reset',
    flow: 'two-factor-reset',
    access: 'public',
    input: z.object({
      /** The `challenge.id` a sign-in answered: it proves the identifier and password (or the Google/Apple identity). */
      challengeId: Id,
      reason: TwoFactorResetReason,
      contactEmail: z.optional(EmailAddress),
      note: z.optional(z.string().check(z.maxLength(1000))),
    }),
    output: TwoFactorResetRequested,
    status: 202,
    errors: ['challenge_expired', 'not_bound', 'request_pending', 'rate_limited'],
  }),
  getTwoFactorResetStatus: endpoint({
    method: 'GET',
    path: '/v1/two-factor-reset/:requestId',
    flow: 'two-factor-reset',
    access: 'public',
    input: z.object({ requestId: Id, statusToken: z.string() }),
    output: TwoFactorResetState,
    errors: ['not_found'],
    idempotent: true,
  }),
} as const;

export const twoFactorResetTestingEndpoints = {
  decideTwoFactorReset: endpoint({
    method: 'POST',
    path: '/v1/testing/two-factor-reset/:requestId/decide',
    flow: 'testing',
    access: 'testing',
    input: z.object({
      requestId: Id,
      decision: z.enum(['approved', 'rejected']),
      reasons: z.optional(z.array(TwoFactorResetRejection)),
    }),
    output: TwoFactorResetState,
    errors: ['not_found'],
  }),
} as const;
