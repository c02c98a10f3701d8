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
  /**
   * The masked destination of each code channel among `methods`, and nothing else: `sms` exactly when `methods` has
   * `sms`, `email` exactly when it has `email`. An authenticator has no destination.
   */
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

/**
 * Where the identity provider sends the browser back to: an `http(s)` URL on one of the origins the backend is
 * configured with (CONTRACT.md, Security rules); another origin answers `validation_failed` (`returnTo` not_allowed).
 */
export const ReturnTo = z.url({ protocol: /^https?$/ });

export const SocialSignInStarted = z.object({
  /** The provider's page to send the browser to; it carries `state` as its `state` query parameter. */
  url: z.url(),
  state: z.string(),
  /**
   * Bearer mode only: the secret that ties `state` to this client; `finishSocialSignIn` must send it back. In cookie
   * mode the backend ties it with the `tillit_social` cookie instead, and this member is absent.
   */
  binding: z.optional(z.string()),
});
export type SocialSignInStarted = z.infer<typeof SocialSignInStarted>;

export const signInEndpoints = {
  signIn: endpoint({
    method: 'POST',
    path: '/v1/sign-in',
    flow: 'sign-in',
    access: 'public',
    input: z.object({
      identifier: Identifier,
      password: Password,
      captchaToken: z.optional(z.string()),
    }),
    output: SignInResult,
    errors: ['invalid_credentials', 'account_locked', 'captcha_required', 'captcha_invalid', 'rate_limited'],
  }),
  sendSignInCode: endpoint({
    method: 'POST',
    path: '/v1/sign-in/challenges/:challengeId/send',
    flow: 'sign-in',
    access: 'public',
    input: z.object({ challengeId: Id, channel: CodeChannel }),
    output: CodeSent,
    errors: ['challenge_expired', 'method_not_available', 'resend_too_soon'],
  }),
  verifySignInCode: endpoint({
    method: 'POST',
    path: '/v1/sign-in/challenges/:challengeId/verify',
    flow: 'sign-in',
    access: 'public',
    input: z.object({ challengeId: Id, method: SecondFactorMethod, code: OneTimeCode }),
    output: SignedIn,
    errors: ['challenge_expired', 'method_not_available', 'invalid_code', 'code_already_used', 'too_many_attempts', 'rate_limited'],
  }),
  passkeySignInOptions: endpoint({
    method: 'POST',
    path: '/v1/sign-in/passkey/options',
    flow: 'sign-in',
    access: 'public',
    input: Empty,
    output: z.object({ challengeId: Id, options: PublicKeyCredentialRequestOptionsJSON }),
    errors: [],
  }),
  passkeySignIn: endpoint({
    method: 'POST',
    path: '/v1/sign-in/passkey/verify',
    flow: 'sign-in',
    access: 'public',
    input: z.object({ challengeId: Id, response: AuthenticationResponseJSON }),
    output: SignedIn,
    errors: ['challenge_expired', 'passkey_failed', 'account_locked'],
  }),
  startSocialSignIn: endpoint({
    method: 'POST',
    path: '/v1/sign-in/social/:provider/start',
    flow: 'sign-in',
    access: 'public',
    input: z.object({ provider: SocialProvider, returnTo: ReturnTo }),
    output: SocialSignInStarted,
    errors: [],
    cookie: 'social-state',
  }),
  finishSocialSignIn: endpoint({
    method: 'POST',
    path: '/v1/sign-in/social/:provider/finish',
    flow: 'sign-in',
    access: 'public',
    input: z.object({
      provider: SocialProvider,
      code: z.string(),
      state: z.string(),
      /** Bearer mode: the `binding` that `startSocialSignIn` answered. Cookie mode: absent (the cookie binds). */
      binding: z.optional(z.string()),
    }),
    output: SignInResult,
    errors: ['social_failed', 'social_not_linked', 'account_locked'],
  }),
  getSession: endpoint({
    method: 'GET',
    path: '/v1/session',
    flow: 'session',
    access: 'session',
    input: Empty,
    output: Session,
    errors: [],
    idempotent: true,
  }),
  signOut: endpoint({
    method: 'DELETE',
    path: '/v1/session',
    flow: 'session',
    access: 'session',
    input: Empty,
    output: undefined,
    status: 204,
    errors: [],
    idempotent: true,
    cookie: 'clears-session',
  }),
} as const;

// Factor is re-exported for elements that list every factor.
export { Factor };
