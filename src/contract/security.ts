import * as z from 'zod/mini';
import {
  CodeSent,
  EmailAddress,
  Id,
  Instant,
  lockFor,
  MaskedDestination,
  NewPassword,
  OneTimeCode,
  Password,
  PhoneNumber,
  WithdrawalLock,
} from './common.js';
import { endpoint } from './define.js';
import { CredentialId, PublicKeyCredentialCreationOptionsJSON, RegistrationResponseJSON } from './webauthn.js';

/*
 * Security settings of a signed-in user: e-mail and phone, authenticator app (TOTP), recovery phrase, passkeys.
 * Sensitive rows carry a `verificationToken` from step-up for the action named in their description. Tokens go in
 * JSON bodies, never in URLs (which end up in logs), so removals are `POST .../remove` rather than `DELETE`.
 */

/**
 * The token from `verifyStepUp`; single-use, for one action. Optional in the schema so that a call without one
 * answers `step_up_required` (with the action in `required`) rather than `validation_failed`.
 */
const VerificationToken = z.optional(Id);

export const ContactKind = z.enum(['email', 'phone']);
export type ContactKind = z.infer<typeof ContactKind>;

export const PasskeyName = z.string().check(z.trim(), z.minLength(1), z.maxLength(64));

export const Passkey = z.object({
  /** The WebAuthn credential id (base64url): the registration response's `id`, also in `excludeCredentials`. */
  id: CredentialId,
  name: z.string(),
  createdAt: Instant,
  lastUsedAt: z.nullable(Instant),
});
export type Passkey = z.infer<typeof Passkey>;

export const SecurityOverview = z.object({
  /** The bound e-mail (masked) and whether its codes are a sign-in second factor; null when none is bound. */
  email: z.nullable(z.object({ address: MaskedDestination, twoFactor: z.boolean() })),
  /** The bound phone (masked) and whether SMS codes are a sign-in second factor; null when none is bound. */
  phone: z.nullable(z.object({ number: MaskedDestination, twoFactor: z.boolean() })),
  totp: z.nullable(z.object({ enabledAt: Instant })),
  passkeys: z.array(Passkey),
  /** Only when the phrase is active (issued and confirmed). The words themselves are never returned again. */
  recoveryPhrase: z.nullable(z.object({ issuedAt: Instant, confirmedAt: Instant })),
  /** When the password was last set (registration, reset or change); null for an account without a password. */
  password: z.nullable(z.object({ changedAt: Instant })),
  withdrawalLock: WithdrawalLock,
});
export type SecurityOverview = z.infer<typeof SecurityOverview>;

/** The new value must be an e-mail address for `email` and an E.164 number for `phone`. */
const ContactValue = z
  .object({ kind: ContactKind, value: z.string().check(z.maxLength(254)), verificationToken: VerificationToken })
  .check(
    z.refine((v) => z.safeParse(v.kind === 'email' ? EmailAddress : PhoneNumber, v.value).success, {
      path: ['value'],
      message: 'not an e-mail address or E.164 phone number as `kind` says',
    }),
  );

export const RecoveryWord = z.string().check(z.trim(), z.toLowerCase(), z.minLength(1), z.maxLength(32));

/** An authenticator being set up: what the app needs (QR code or setup key), before a code from it confirms it. */
export const TotpSetup = z.object({
  setupId: Id,
  otpauthUri: z.string().check(z.startsWith('otpauth://totp/')),
  /** The setup key for manual entry, base32. */
  secret: z.string().check(z.regex(/^[A-Z2-7]+=*$/)),
  expiresAt: Instant,
});
export type TotpSetup = z.infer<typeof TotpSetup>;

/**
 * A recovery phrase just issued, in this answer only: the 12 words, the three positions `confirmRecoveryPhrase`
 * asks for, and until when it can be confirmed. `issueRecoveryPhrase` answers one, and so does `confirmTotpSetup`
 * for an account without a confirmed phrase.
 */
export const IssuedRecoveryPhrase = z.object({
  phraseId: Id,
  words: z.array(z.string()).check(z.length(12)),
  confirmIndexes: z.array(z.int().check(z.gte(0), z.lte(11))).check(z.length(3)),
  expiresAt: Instant,
});
export type IssuedRecoveryPhrase = z.infer<typeof IssuedRecoveryPhrase>;

export const PasswordChanged = z.object({
  /** Withdrawals stay disabled until `until` (24 hours after the change). */
  withdrawalLock: lockFor('password_change'),
  /** Every other session of the account, on every device, was ended; this one goes on. */
  signedOutOtherSessions: z.literal(true),
});
export type PasswordChanged = z.infer<typeof PasswordChanged>;

export const securityEndpoints = {
  getSecurityOverview: endpoint({
    method: 'GET',
    path: '/v1/security',
    flow: 'security',
    access: 'session',
    input: z.object({}),
    output: SecurityOverview,
    errors: [],
    idempotent: true,
  }),
  startContactBinding: endpoint({
    method: 'POST',
    path: '/v1/security/contacts/bindings',
    flow: 'security',
    access: 'session',
    input: ContactValue,
    output: z.object({ bindingId: Id, ...CodeSent.shape }),
    errors: [
      'step_up_required',
      'verification_invalid',
      'prerequisite_missing',
      'already_bound',
      'identifier_taken',
      'identifier_in_cooldown',
      'resend_too_soon',
      'rate_limited',
    ],
  }),
  confirmContactBinding: endpoint({
    method: 'POST',
    path: '/v1/security/contacts/bindings/:bindingId/confirm',
    flow: 'security',
    access: 'session',
    input: z.object({ bindingId: Id, code: OneTimeCode }),
    output: SecurityOverview,
    errors: ['challenge_expired', 'invalid_code', 'too_many_attempts', 'identifier_taken'],
  }),
  unbindContact: endpoint({
    method: 'POST',
    path: '/v1/security/contacts/:kind/unbind',
    flow: 'security',
    access: 'session',
    input: z.object({ kind: ContactKind, verificationToken: VerificationToken }),
    output: z.object({ withdrawalLock: WithdrawalLock, availableAgainAt: Instant }),
    errors: ['step_up_required', 'verification_invalid', 'not_bound', 'last_factor'],
  }),
  setContactTwoFactor: endpoint({
    method: 'POST',
    path: '/v1/security/contacts/:kind/two-factor',
    flow: 'security',
    access: 'session',
    input: z.object({ kind: ContactKind, enabled: z.boolean(), verificationToken: VerificationToken }),
    output: z.object({ twoFactor: z.boolean(), withdrawalLock: WithdrawalLock }),
    errors: ['step_up_required', 'verification_invalid', 'not_bound', 'last_factor'],
  }),
  startTotpSetup: endpoint({
    method: 'POST',
    path: '/v1/security/totp/setup',
    flow: 'security',
    access: 'session',
    input: z.object({ verificationToken: VerificationToken }),
    output: TotpSetup,
    errors: ['step_up_required', 'verification_invalid', 'already_bound'],
  }),
  confirmTotpSetup: endpoint({
    method: 'POST',
    path: '/v1/security/totp/setup/:setupId/confirm',
    flow: 'security',
    access: 'session',
    input: z.object({ setupId: Id, code: OneTimeCode }),
    output: z.object({
      enabledAt: Instant,
      withdrawalLock: WithdrawalLock,
      /** Issued with the binding when the account has no confirmed phrase (so saving it needs no second step-up). */
      recoveryPhrase: z.nullable(IssuedRecoveryPhrase),
    }),
    errors: ['challenge_expired', 'invalid_code', 'too_many_attempts'],
  }),
  disableTotp: endpoint({
    method: 'POST',
    path: '/v1/security/totp/disable',
    flow: 'security',
    access: 'session',
    input: z.object({ verificationToken: VerificationToken }),
    output: z.object({ withdrawalLock: WithdrawalLock }),
    errors: ['step_up_required', 'verification_invalid', 'not_bound', 'last_factor'],
  }),
  issueRecoveryPhrase: endpoint({
    method: 'POST',
    path: '/v1/security/recovery-phrase',
    flow: 'security',
    access: 'session',
    input: z.object({ verificationToken: VerificationToken }),
    output: IssuedRecoveryPhrase,
    status: 201,
    errors: ['step_up_required', 'verification_invalid'],
  }),
  confirmRecoveryPhrase: endpoint({
    method: 'POST',
    path: '/v1/security/recovery-phrase/:phraseId/confirm',
    flow: 'security',
    access: 'session',
    input: z.object({
      phraseId: Id,
      words: z.array(z.object({ index: z.int().check(z.gte(0), z.lte(11)), word: RecoveryWord })).check(z.length(3)),
    }),
    output: z.object({ issuedAt: Instant, confirmedAt: Instant }),
    errors: ['challenge_expired', 'invalid_code', 'too_many_attempts'],
  }),
  changePassword: endpoint({
    method: 'POST',
    path: '/v1/security/password',
    flow: 'security',
    access: 'session',
    input: z.object({ currentPassword: Password, newPassword: NewPassword, verificationToken: VerificationToken }),
    output: PasswordChanged,
    errors: ['step_up_required', 'verification_invalid', 'invalid_credentials', 'password_too_weak', 'rate_limited'],
  }),
  passkeyRegistrationOptions: endpoint({
    method: 'POST',
    path: '/v1/security/passkeys/options',
    flow: 'security',
    access: 'session',
    input: z.object({ verificationToken: VerificationToken }),
    output: z.object({ registrationId: Id, options: PublicKeyCredentialCreationOptionsJSON }),
    errors: ['step_up_required', 'verification_invalid'],
  }),
  registerPasskey: endpoint({
    method: 'POST',
    path: '/v1/security/passkeys',
    flow: 'security',
    access: 'session',
    input: z.object({ registrationId: Id, name: PasskeyName, response: RegistrationResponseJSON }),
    output: Passkey,
    status: 201,
    errors: ['challenge_expired', 'passkey_failed', 'already_bound'],
  }),
  renamePasskey: endpoint({
    method: 'PATCH',
    path: '/v1/security/passkeys/:id',
    flow: 'security',
    access: 'session',
    input: z.object({ id: CredentialId, name: PasskeyName }),
    output: Passkey,
    errors: ['not_found'],
    idempotent: true,
  }),
  removePasskey: endpoint({
    method: 'POST',
    path: '/v1/security/passkeys/:id/remove',
    flow: 'security',
    access: 'session',
    input: z.object({ id: CredentialId, verificationToken: VerificationToken }),
    output: undefined,
    status: 204,
    errors: ['step_up_required', 'verification_invalid', 'not_found', 'last_factor'],
  }),
} as const;

/** The security flow needs no testing rows of its own: the core ones (accounts, outbox, clock) drive it. */
export const securityTestingEndpoints = {} as const;
