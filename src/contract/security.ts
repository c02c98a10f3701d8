import * as z from 'zod/mini';
import { CodeSent, EmailAddress, Id, Instant, MaskedDestination, OneTimeCode, PhoneNumber, WithdrawalLock } from './common.js';
import { endpoint } from './define.js';
import { PublicKeyCredentialCreationOptionsJSON, RegistrationResponseJSON } from './webauthn.js';

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
  /** The WebAuthn credential id (base64url). */
  id: Id,
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

export const securityEndpoints = {
  getSecurityOverview: endpoint({
    method: 'GET',
    path: '/v1/security',
    flow: 'security',
    access: 'session',
    summary: 'What protects the account: e-mail, phone, authenticator, passkeys, recovery phrase, withdrawal lock.',
    description:
      '`withdrawalLock` is null once its `until` has passed. The recovery phrase is only described (when it was ' +
      'issued and confirmed), never returned.',
    input: z.object({}),
    output: SecurityOverview,
    errors: ['unauthenticated'],
    idempotent: true,
  }),
  startContactBinding: endpoint({
    method: 'POST',
    path: '/v1/security/contacts/bindings',
    flow: 'security',
    access: 'session',
    summary: 'Bind a new e-mail or phone, or change the bound one: sends a code to the new destination.',
    description:
      'Step-up action `bind_email` / `bind_phone` when nothing of that kind is bound, `change_email` / ' +
      '`change_phone` when one is. Checks, in this order, before the token is used (so a typo does not cost a ' +
      'step-up): changing the e-mail needs an authenticator and a bound phone (SMS) first (`prerequisite_missing`, ' +
      '`required` lists the missing ones of `totp` and `sms`); the value equal to the bound one answers ' +
      '`already_bound`; more than 10 starts an hour answer `rate_limited` (each answer tells whether an address is ' +
      'free); a value another account uses answers `identifier_taken`; one unbound less than 30 days ago answers ' +
      '`identifier_in_cooldown` with `availableAt`; starting again for the same kind within `resendAfter` seconds ' +
      'answers `resend_too_soon`. Then the token is consumed and a 6-digit code goes to the new destination (valid ' +
      '10 minutes); a new start replaces the pending binding of that kind. The binding lives as long as its code.',
    input: ContactValue,
    output: z.object({ bindingId: Id, ...CodeSent.shape }),
    errors: [
      'unauthenticated',
      'csrf_failed',
      'step_up_required',
      'verification_invalid',
      'prerequisite_missing',
      'already_bound',
      'identifier_taken',
      'identifier_in_cooldown',
      'resend_too_soon',
    ],
  }),
  confirmContactBinding: endpoint({
    method: 'POST',
    path: '/v1/security/contacts/bindings/:bindingId/confirm',
    flow: 'security',
    access: 'session',
    summary: 'Confirm the code sent to the new e-mail or phone; the new value is bound.',
    description:
      'Binding an e-mail or phone where none was turns its codes on as a sign-in second factor; a change keeps the ' +
      'setting. A replaced value enters the 30-day cooldown (nobody can register or bind it until then). Withdrawals ' +
      'are locked for 24 hours (`contact_change`). Five wrong codes burn the binding (`too_many_attempts`); an ' +
      'unknown, expired or used binding answers `challenge_expired`. Answers the updated overview.',
    input: z.object({ bindingId: Id, code: OneTimeCode }),
    output: SecurityOverview,
    errors: [
      'unauthenticated',
      'csrf_failed',
      'challenge_expired',
      'invalid_code',
      'code_expired',
      'too_many_attempts',
      'identifier_taken',
    ],
  }),
  unbindContact: endpoint({
    method: 'POST',
    path: '/v1/security/contacts/:kind/unbind',
    flow: 'security',
    access: 'session',
    summary: 'Unbind the e-mail or the phone.',
    description:
      'Step-up action `unbind_email` / `unbind_phone`. `not_bound` when nothing of that kind is bound. ' +
      '`last_factor` when the account would keep neither an e-mail nor a phone (it needs one to sign in and to ' +
      'reset its password), or when its codes are the only second factor left (an account with 2FA keeps at least ' +
      'one of authenticator, SMS and e-mail codes). These checks come before the token is used. Withdrawals are ' +
      'locked for 24 hours (`contact_unbind`); the value cannot be registered or bound again until ' +
      '`availableAgainAt` (30 days).',
    input: z.object({ kind: ContactKind, verificationToken: VerificationToken }),
    output: z.object({ withdrawalLock: WithdrawalLock, availableAgainAt: Instant }),
    errors: ['unauthenticated', 'csrf_failed', 'step_up_required', 'verification_invalid', 'not_bound', 'last_factor'],
  }),
  startTotpSetup: endpoint({
    method: 'POST',
    path: '/v1/security/totp/setup',
    flow: 'security',
    access: 'session',
    summary: 'Start binding an authenticator app: the otpauth:// URI (QR code) and the base32 setup key.',
    description:
      'Step-up action `setup_totp`. `already_bound` when an authenticator is bound (checked before the token is ' +
      'used): to change it, disable it and set up again. RFC 6238: SHA-1, 6 digits, 30-second steps. The setup ' +
      'expires after 10 minutes; a new setup replaces an unconfirmed one.',
    input: z.object({ verificationToken: VerificationToken }),
    output: z.object({
      setupId: Id,
      otpauthUri: z.string().check(z.startsWith('otpauth://totp/')),
      /** The setup key for manual entry, base32. */
      secret: z.string().check(z.regex(/^[A-Z2-7]+=*$/)),
      expiresAt: Instant,
    }),
    errors: ['unauthenticated', 'csrf_failed', 'step_up_required', 'verification_invalid', 'already_bound'],
  }),
  confirmTotpSetup: endpoint({
    method: 'POST',
    path: '/v1/security/totp/setup/:setupId/confirm',
    flow: 'security',
    access: 'session',
    summary: 'Confirm the authenticator with its current 6-digit code; the authenticator is bound.',
    description:
      'One 30-second step of clock drift is accepted either way; the accepted code cannot be used again. Five wrong ' +
      'codes burn the setup (`too_many_attempts`); an unknown, expired or used setup answers `challenge_expired`. ' +
      'Withdrawals are locked for 24 hours (`two_factor_change`). `recoveryPhraseRequired` is true when the account ' +
      'has no confirmed recovery phrase: the page offers `issueRecoveryPhrase` next.',
    input: z.object({ setupId: Id, code: OneTimeCode }),
    output: z.object({ enabledAt: Instant, withdrawalLock: WithdrawalLock, recoveryPhraseRequired: z.boolean() }),
    errors: ['unauthenticated', 'csrf_failed', 'challenge_expired', 'invalid_code', 'too_many_attempts', 'already_bound'],
  }),
  disableTotp: endpoint({
    method: 'POST',
    path: '/v1/security/totp/disable',
    flow: 'security',
    access: 'session',
    summary: 'Remove the authenticator app.',
    description:
      'Step-up action `disable_totp`. `not_bound` without an authenticator. `last_factor` when it is the only ' +
      'second factor (no SMS or e-mail 2FA): an account with 2FA keeps at least one; to replace the only ' +
      'authenticator, bind a phone first (which turns SMS 2FA on) or use the lost-2FA reset. These checks come ' +
      'before the token is used. Withdrawals are locked for 24 hours (`two_factor_change`).',
    input: z.object({ verificationToken: VerificationToken }),
    output: z.object({ withdrawalLock: WithdrawalLock }),
    errors: ['unauthenticated', 'csrf_failed', 'step_up_required', 'verification_invalid', 'not_bound', 'last_factor'],
  }),
  issueRecoveryPhrase: endpoint({
    method: 'POST',
    path: '/v1/security/recovery-phrase',
    flow: 'security',
    access: 'session',
    summary: 'Issue a new 12-word recovery phrase. It is in this answer only.',
    description:
      'Step-up action `issue_recovery_phrase`. Twelve words drawn uniformly from a 256-word list (96 bits). The ' +
      'backend keeps only salted hashes: of the whole phrase, and of the three words at `confirmIndexes` (0-based) ' +
      'that `confirmRecoveryPhrase` asks for. The phrase becomes active, replacing any earlier one, only when ' +
      'confirmed before `expiresAt` (10 minutes). Issuing does not lock withdrawals: using the phrase later does ' +
      'as any 2FA change.',
    input: z.object({ verificationToken: VerificationToken }),
    output: z.object({
      phraseId: Id,
      words: z.array(z.string()).check(z.length(12)),
      confirmIndexes: z.array(z.int().check(z.gte(0), z.lte(11))).check(z.length(3)),
      expiresAt: Instant,
    }),
    status: 201,
    errors: ['unauthenticated', 'csrf_failed', 'step_up_required', 'verification_invalid'],
  }),
  confirmRecoveryPhrase: endpoint({
    method: 'POST',
    path: '/v1/security/recovery-phrase/:phraseId/confirm',
    flow: 'security',
    access: 'session',
    summary: 'Prove the phrase was written down by entering the words at `confirmIndexes`; the phrase is active.',
    description:
      '`words` gives each index of `confirmIndexes` once, with its word (case and surrounding spaces ignored). ' +
      'Other indexes answer `validation_failed`; wrong words answer `invalid_code` with `attemptsRemaining`; five ' +
      'wrong tries burn the phrase (`too_many_attempts`: issue a new one). An unknown, expired or confirmed phrase ' +
      'answers `challenge_expired`.',
    input: z.object({
      phraseId: Id,
      words: z.array(z.object({ index: z.int().check(z.gte(0), z.lte(11)), word: RecoveryWord })).check(z.length(3)),
    }),
    output: z.object({ issuedAt: Instant, confirmedAt: Instant }),
    errors: ['unauthenticated', 'csrf_failed', 'challenge_expired', 'invalid_code', 'too_many_attempts'],
  }),
  passkeyRegistrationOptions: endpoint({
    method: 'POST',
    path: '/v1/security/passkeys/options',
    flow: 'security',
    access: 'session',
    summary: 'Start adding a passkey: WebAuthn creation options and the registration id.',
    description:
      'Step-up action `register_passkey`. Discoverable credential required (`residentKey: required`), user ' +
      'verification preferred, attestation `none`; `excludeCredentials` lists the passkeys already registered. The ' +
      'challenge is single-use and lives 5 minutes.',
    input: z.object({ verificationToken: VerificationToken }),
    output: z.object({ registrationId: Id, options: PublicKeyCredentialCreationOptionsJSON }),
    errors: ['unauthenticated', 'csrf_failed', 'step_up_required', 'verification_invalid'],
  }),
  registerPasskey: endpoint({
    method: 'POST',
    path: '/v1/security/passkeys',
    flow: 'security',
    access: 'session',
    summary: "Finish adding a passkey with the browser's registration response and a name for it.",
    description:
      'The response must answer the registration challenge from an allowed origin for the relying party; anything ' +
      'else answers `passkey_failed`; a credential already registered (to any account) answers `already_bound`. The ' +
      'registration id works once, verified or not: an unknown, expired or used one ' +
      'answers `challenge_expired`. Adding or removing a passkey does not lock withdrawals.',
    input: z.object({ registrationId: Id, name: PasskeyName, response: RegistrationResponseJSON }),
    output: Passkey,
    status: 201,
    errors: ['unauthenticated', 'csrf_failed', 'challenge_expired', 'passkey_failed', 'already_bound'],
  }),
  renamePasskey: endpoint({
    method: 'PATCH',
    path: '/v1/security/passkeys/:id',
    flow: 'security',
    access: 'session',
    summary: 'Rename a passkey (1-64 characters, trimmed).',
    input: z.object({ id: Id, name: PasskeyName }),
    output: Passkey,
    errors: ['unauthenticated', 'csrf_failed', 'not_found'],
    idempotent: true,
  }),
  removePasskey: endpoint({
    method: 'POST',
    path: '/v1/security/passkeys/:id/remove',
    flow: 'security',
    access: 'session',
    summary: 'Remove a passkey.',
    description:
      'Step-up action `remove_passkey`. `not_found` for a passkey the account does not have (checked before the ' +
      'token is used). `last_factor` when the passkey is the only way left to sign in, for backends with ' +
      'passwordless accounts; accounts of the reference backend always keep a password and an e-mail or phone, so ' +
      'it never answers it.',
    input: z.object({ id: Id, verificationToken: VerificationToken }),
    output: undefined,
    status: 204,
    errors: ['unauthenticated', 'csrf_failed', 'step_up_required', 'verification_invalid', 'not_found', 'last_factor'],
  }),
} as const;

/** The security flow needs no testing rows of its own: the core ones (accounts, outbox, clock) drive it. */
export const securityTestingEndpoints = {} as const;
