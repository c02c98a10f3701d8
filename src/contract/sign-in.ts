import * as z from 'zod/mini';
import {
  CodeChannel,
  CodeSent,
  Empty,
  Factor,
  Id,
  Identifier,
  Instant,
  MaskedDestination,
  OneTimeCode,
  Password,
  Session,
} from './common.js';
import { endpoint } from './define.js';
import { AuthenticationResponseJSON, PublicKeyCredentialRequestOptionsJSON } from './webauthn.js';

/** Second factors a sign-in challenge may offer (passkeys sign in on their own, not as a second step). */
export const SecondFactorMethod = z.enum(['totp', 'sms', 'email']);
export type SecondFactorMethod = z.infer<typeof SecondFactorMethod>;

export const SocialProvider = z.enum(['google', 'apple']);
export type SocialProvider = z.infer<typeof SocialProvider>;

export const SecondFactorChallenge = z.object({
  id: Id,
  methods: z.array(SecondFactorMethod).check(z.minLength(1)),
  /** The method the user used last time, offered first. */
  preferredMethod: SecondFactorMethod,
  /** Masked destinations for the code channels the challenge offers. */
  destinations: z.object({ sms: z.optional(MaskedDestination), email: z.optional(MaskedDestination) }),
  expiresAt: Instant,
});
export type SecondFactorChallenge = z.infer<typeof SecondFactorChallenge>;

export const SignedIn = z.object({ status: z.literal('signed_in'), session: Session });
export const SecondFactorRequired = z.object({
  status: z.literal('second_factor_required'),
  challenge: SecondFactorChallenge,
});
export const SignInResult = z.discriminatedUnion('status', [SignedIn, SecondFactorRequired]);
export type SignInResult = z.infer<typeof SignInResult>;

export const signInEndpoints = {
  signIn: endpoint({
    method: 'POST',
    path: '/v1/sign-in',
    flow: 'sign-in',
    access: 'public',
    summary: 'Sign in with an e-mail or phone and a password.',
    description:
      'Answers `signed_in` with a session, or `second_factor_required` with a challenge listing the methods the ' +
      'account has (authenticator; SMS and e-mail codes when enabled as second factors) and its expiry (5 ' +
      'minutes). Wrong identifier and wrong password answer the same `invalid_credentials` in the same time. ' +
      'After 2 consecutive failures for an identifier, every attempt (the 3rd on) answers `captcha_required` ' +
      'unless it carries a valid `captchaToken` (`captcha_invalid` otherwise); the 8th consecutive failure locks ' +
      'the account for 15 minutes (`account_locked` with `lockedUntil`). A success resets the count. More than 20 ' +
      'attempts for one identifier in 15 minutes answer `rate_limited` with `retryAfter`.',
    input: z.object({
      identifier: Identifier,
      password: Password,
      captchaToken: z.optional(z.string()),
    }),
    output: SignInResult,
    errors: ['invalid_credentials', 'account_locked', 'captcha_required', 'captcha_invalid'],
  }),
  sendSignInCode: endpoint({
    method: 'POST',
    path: '/v1/sign-in/challenges/:challengeId/send',
    flow: 'sign-in',
    access: 'public',
    summary: 'Send (or resend) the SMS or e-mail code of a second-factor challenge.',
    description: 'A resend before `resendAfter` seconds have passed answers `resend_too_soon` with `retryAfter`.',
    input: z.object({ challengeId: Id, channel: CodeChannel }),
    output: CodeSent,
    errors: ['challenge_expired', 'method_not_available', 'resend_too_soon'],
  }),
  verifySignInCode: endpoint({
    method: 'POST',
    path: '/v1/sign-in/challenges/:challengeId/verify',
    flow: 'sign-in',
    access: 'public',
    summary: 'Answer a second-factor challenge with an authenticator, SMS or e-mail code.',
    description:
      'A wrong code answers `invalid_code` with `attemptsRemaining`; the fifth wrong code of a challenge burns it ' +
      '(`too_many_attempts`, then `challenge_expired`). An authenticator code of a time step at or before one ' +
      'already accepted is refused (`code_already_used`).',
    input: z.object({ challengeId: Id, method: SecondFactorMethod, code: OneTimeCode }),
    output: SignedIn,
    errors: ['challenge_expired', 'method_not_available', 'invalid_code', 'code_expired', 'code_already_used', 'too_many_attempts'],
  }),
  passkeySignInOptions: endpoint({
    method: 'POST',
    path: '/v1/sign-in/passkey/options',
    flow: 'sign-in',
    access: 'public',
    summary: 'Start a passkey sign-in: WebAuthn request options (discoverable credentials, no allow-list).',
    input: Empty,
    output: z.object({ challengeId: Id, options: PublicKeyCredentialRequestOptionsJSON }),
    errors: [],
  }),
  passkeySignIn: endpoint({
    method: 'POST',
    path: '/v1/sign-in/passkey/verify',
    flow: 'sign-in',
    access: 'public',
    summary: 'Finish a passkey sign-in with the authenticator response.',
    description:
      'A passkey is a complete sign-in: no second factor follows. Each `challengeId` works once, within 5 minutes ' +
      '(`challenge_expired`); a response that does not verify against a registered passkey is `passkey_failed`.',
    input: z.object({ challengeId: Id, response: AuthenticationResponseJSON }),
    output: SignedIn,
    errors: ['challenge_expired', 'passkey_failed', 'account_locked'],
  }),
  startSocialSignIn: endpoint({
    method: 'POST',
    path: '/v1/sign-in/social/:provider/start',
    flow: 'sign-in',
    access: 'public',
    summary: 'Start Google or Apple sign-in: the URL to send the browser to.',
    description:
      'The identity provider sends the browser back to `returnTo` with `code` and `state` in the query; the page ' +
      'then calls `finishSocialSignIn`.',
    input: z.object({ provider: SocialProvider, returnTo: z.url() }),
    output: z.object({ url: z.url(), state: z.string() }),
    errors: [],
  }),
  finishSocialSignIn: endpoint({
    method: 'POST',
    path: '/v1/sign-in/social/:provider/finish',
    flow: 'sign-in',
    access: 'public',
    summary: 'Finish Google or Apple sign-in with the `code` and `state` the provider returned.',
    description:
      'Accounts with 2FA answer `second_factor_required` as the password sign-in does. The `state` works once, ' +
      'within 10 minutes, for the provider it was started with; a refused state or code is `social_failed`. An ' +
      'identity linked to no account (and whose verified e-mail matches none) is `social_not_linked`.',
    input: z.object({ provider: SocialProvider, code: z.string(), state: z.string() }),
    output: SignInResult,
    errors: ['social_failed', 'social_not_linked', 'account_locked'],
  }),
  getSession: endpoint({
    method: 'GET',
    path: '/v1/session',
    flow: 'session',
    access: 'session',
    summary: 'The current session (and a fresh CSRF token in cookie mode).',
    input: Empty,
    output: Session,
    errors: ['unauthenticated'],
    idempotent: true,
  }),
  signOut: endpoint({
    method: 'DELETE',
    path: '/v1/session',
    flow: 'session',
    access: 'session',
    summary: 'Sign out: ends the session and clears its cookie.',
    input: Empty,
    output: undefined,
    status: 204,
    errors: ['unauthenticated', 'csrf_failed'],
    idempotent: true,
  }),
} as const;

// Factor is re-exported for elements that list every factor.
export { Factor };
