import type { signInEndpoints } from '../sign-in.js';
import type { EndpointDocs } from './define.js';

export const signInDocs: EndpointDocs<typeof signInEndpoints> = {
  signIn: {
    summary: 'Sign in with an e-mail or phone and a password.',
    description:
      'Answers `signed_in` with a session, or `second_factor_required` with a challenge listing the methods the ' +
      'account has (authenticator; SMS and e-mail codes when enabled as second factors) and its expiry (5 ' +
      'minutes). Wrong identifier and wrong password answer the same `invalid_credentials` in the same time. ' +
      'After 2 consecutive failures for an identifier, every attempt (the 3rd on) answers `captcha_required` ' +
      'unless it carries a valid `captchaToken` (`captcha_invalid` otherwise); the 8th consecutive failure locks ' +
      'the account for 15 minutes (`account_locked` with `lockedUntil`). A success resets the count. More than 20 ' +
      'attempts for one identifier in 15 minutes answer `rate_limited` with `retryAfter`.',
  },
  sendSignInCode: {
    summary: 'Send (or resend) the SMS or e-mail code of a second-factor challenge.',
    description: 'A resend before `resendAfter` seconds have passed answers `resend_too_soon` with `retryAfter`.',
  },
  verifySignInCode: {
    summary: 'Answer a second-factor challenge with an authenticator, SMS or e-mail code.',
    description:
      'A wrong code answers `invalid_code` with `attemptsRemaining`; the fifth wrong code of a challenge burns it ' +
      '(`too_many_attempts`, then `challenge_expired`). An authenticator code of a time step at or before one ' +
      'already accepted is refused (`code_already_used`).',
  },
  passkeySignInOptions: {
    summary: 'Start a passkey sign-in: WebAuthn request options (discoverable credentials, no allow-list).',
  },
  passkeySignIn: {
    summary: 'Finish a passkey sign-in with the authenticator response.',
    description:
      'A passkey is a complete sign-in: no second factor follows. Each `challengeId` works once, within 5 minutes ' +
      '(`challenge_expired`); a response that does not verify against a registered passkey is `passkey_failed`.',
  },
  startSocialSignIn: {
    summary: 'Start Google or Apple sign-in: the URL to send the browser to.',
    description:
      'The identity provider sends the browser back to `returnTo` with `code` and `state` in the query; the page ' +
      'then calls `finishSocialSignIn`.',
  },
  finishSocialSignIn: {
    summary: 'Finish Google or Apple sign-in with the `code` and `state` the provider returned.',
    description:
      'Accounts with 2FA answer `second_factor_required` as the password sign-in does. The `state` works once, ' +
      'within 10 minutes, for the provider it was started with; a refused state or code is `social_failed`. An ' +
      'identity linked to no account (and whose verified e-mail matches none) is `social_not_linked`.',
  },
  getSession: {
    summary: 'The current session (and a fresh CSRF token in cookie mode).',
  },
  signOut: {
    summary: 'Sign out: ends the session and clears its cookie.',
  },
};
