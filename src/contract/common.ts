import * as z from 'zod/mini';

/** An ISO 8601 UTC instant, e.g. `2026-11-27T15:00:00Z`. */
export const Instant = z.iso.datetime();

/** E.164 phone number, `+` and 7 to 15 digits. */
export const PhoneNumber = z.e164();
export const EmailAddress = z.email();

/** How a user names their account: by e-mail or by phone (the switch on the sign-in form). */
export const EmailIdentifier = z.object({ type: z.literal('email'), email: EmailAddress });
export const PhoneIdentifier = z.object({ type: z.literal('phone'), phone: PhoneNumber });
export const Identifier = z.discriminatedUnion('type', [EmailIdentifier, PhoneIdentifier]);
export type Identifier = z.infer<typeof Identifier>;

export const Password = z.string().check(z.minLength(1), z.maxLength(256));
/** New passwords: 10 to 128 characters; the backend also refuses common ones (`password_too_weak`). */
export const NewPassword = z.string().check(z.minLength(10), z.maxLength(128));

/** A one-time code: 6 digits (authenticator, SMS and e-mail codes alike). */
export const OneTimeCode = z.string().check(z.regex(/^\d{6}$/));

/** Opaque ids and tokens the backend hands out. */
export const Id = z.string().check(z.minLength(1), z.maxLength(200));

/** Where a code goes. */
export const CodeChannel = z.enum(['sms', 'email']);
export type CodeChannel = z.infer<typeof CodeChannel>;

/** Every second factor the contract knows. */
export const Factor = z.enum(['totp', 'sms', 'email', 'passkey']);
export type Factor = z.infer<typeof Factor>;

/** A masked destination as shown to the user, e.g. `a•••@example.com`, `+46 •••• ••12`. */
export const MaskedDestination = z.string();

/** Answer to "send me a code". */
export const CodeSent = z.object({
  channel: CodeChannel,
  sentTo: MaskedDestination,
  /** Seconds until a resend is accepted. */
  resendAfter: z.int().check(z.gte(0)),
  /** When the code stops working. */
  expiresAt: Instant,
});
export type CodeSent = z.infer<typeof CodeSent>;

export const User = z.object({
  id: Id,
  displayName: z.string(),
  email: z.nullable(MaskedDestination),
  phone: z.nullable(MaskedDestination),
});
export type User = z.infer<typeof User>;

/**
 * A signed-in session. `csrfToken` comes in cookie mode (send it back as `X-CSRF-Token` on unsafe methods);
 * `token` only in bearer mode, when the request carried `X-Tillit-Session-Mode: bearer`.
 */
export const Session = z.object({
  user: User,
  expiresAt: Instant,
  csrfToken: z.optional(z.string()),
  token: z.optional(z.string()),
});
export type Session = z.infer<typeof Session>;

/** Why withdrawals are locked: a password reset or change, a 2FA change, an e-mail/phone change or unbinding. */
export const WithdrawalLockReason = z.enum([
  'password_reset',
  'password_change',
  'two_factor_change',
  'contact_change',
  'contact_unbind',
]);
export type WithdrawalLockReason = z.infer<typeof WithdrawalLockReason>;

/** The withdrawal lock that password resets and changes, 2FA and contact changes start: null when withdrawals are open. */
export const WithdrawalLock = z.nullable(z.object({ until: Instant, reason: WithdrawalLockReason }));

/** The lock an action's answer reports: always set, with that action's reason (24 hours from the action). */
export const lockFor = <R extends WithdrawalLockReason>(reason: R) => z.object({ until: Instant, reason: z.literal(reason) });
export type WithdrawalLock = z.infer<typeof WithdrawalLock>;

export const Empty = z.object({});
