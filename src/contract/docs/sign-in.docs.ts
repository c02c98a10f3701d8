import type { signInEndpoints } from '../sign-in.js';
import type { EndpointDocs } from './define.js';

export const signInDocs: EndpointDocs<typeof signInEndpoints> = {
  signIn: {
    summary: 'Sign in with an e-mail or phone and a password.',
    description:
      'Answers `signed_in` with a session, or `second_factor_required` with a challenge listing the methods the ' +
      'account has (authenticator; SMS and e-mail codes when enabled as second factors) and its expiry (5 ' +
      'minutes). `challenge.destinations` holds the masked destination of each code channel among `methods` and ' +
      'nothing else: `sms` exactly when `methods` has `sms`, `email` exactly when it has `email` (an authenticator ' +
      'has none). Wrong identifier and wrong password answer the same `invalid_credentials` (the very same problem ' +
      'body: no member, such as `instance`, that differs between the two) in the same time. ' +
      'Checks, in this order: (1) more than 20 attempts for one identifier in 15 minutes, successful ones included, ' +
      'or more than 60 attempts from one client in 15 minutes, answer `rate_limited` with `retryAfter`; (2) a locked ' +
      'identifier answers `account_locked` with `lockedUntil`, even with the right password; (3) after 2 consecutive ' +
      'failures for the identifier, or 10 failures from the client within 15 minutes (whatever the identifiers), every ' +
      'attempt needs a valid `captchaToken`: none answers `captcha_required`, a refused one `captcha_invalid`; (4) the ' +
      'password. Only a wrong identifier or password in step 4 counts as a failure. Steps 1-4 and the count are one ' +
      'step per identifier: attempts that arrive together are decided one after the other, so 20 parallel wrong ' +
      'attempts without a captcha get exactly 2 passwords checked (Security rules). The 8th consecutive failure itself answers ' +
      '`account_locked` (not `invalid_credentials`), with `lockedUntil` 15 minutes later. When the lock is set the ' +
      'failure count starts again from zero: once the lock has ended, the next attempt needs no captcha, and 8 more ' +
      'failures lock again. A success sets the count to zero. Identifiers without an account are counted and ' +
      'locked the same way, so the answers never tell whether the account exists.',
  },
  sendSignInCode: {
    summary: 'Send (or resend) the SMS or e-mail code of a second-factor challenge.',
    description:
      'Only for a channel the challenge offers (`method_not_available` otherwise). Codes are valid 10 minutes but ' +
      'die with the challenge (5 minutes: `challenge_expired`). A resend within 60 seconds (`resendAfter`) answers ' +
      '`resend_too_soon` with `retryAfter`; each send replaces the code before it.',
  },
  verifySignInCode: {
    summary: 'Answer a second-factor challenge with an authenticator, SMS or e-mail code.',
    description:
      'A wrong code answers `invalid_code` with `attemptsRemaining`; the fifth wrong code of a challenge burns it ' +
      '(`too_many_attempts`, then `challenge_expired`). An authenticator code of a time step at or before one ' +
      'already accepted is refused (`code_already_used`). Wrong codes also count per account across challenges: ' +
      'after 10 wrong second-factor answers within 15 minutes the answer is `rate_limited` (with `retryAfter`, the ' +
      'code not looked at) until those 15 minutes have passed (Security rules). A code sent for a challenge dies with ' +
      'it (5 minutes), so a late code answers `challenge_expired`.',
  },
  passkeySignInOptions: {
    summary: 'Start a passkey sign-in: WebAuthn request options (discoverable credentials, no allow-list).',
    description:
      'Each call answers a new `challengeId` and a new challenge (at least 16 random bytes, base64url) that lives ' +
      '5 minutes. The options name the relying party (`rpId`) and carry no `allowCredentials`.',
  },
  passkeySignIn: {
    summary: 'Finish a passkey sign-in with the authenticator response.',
    description:
      'A passkey is a complete sign-in: no second factor follows. Each `challengeId` works once, within 5 minutes ' +
      '(`challenge_expired`); a response that does not verify against a registered passkey is `passkey_failed`. ' +
      'A locked account answers `account_locked`; a passkey sign-in sets the failure count to zero.',
  },
  startSocialSignIn: {
    summary: 'Start Google or Apple sign-in: the URL to send the browser to.',
    description:
      'The identity provider sends the browser back to `returnTo` with `code` and `state` in the query; the page ' +
      'then calls `finishSocialSignIn`. `returnTo` must be an `http(s)` URL on an origin the backend is configured with ' +
      '(scheme, host and port exactly; no look-alike hosts, no `javascript:` or `data:`): anything else answers ' +
      '`validation_failed` with `returnTo` `not_allowed`. `state` is unguessable (at least 16 characters) and `url` ' +
      'carries it as its `state` query parameter. The state is bound to the client that asked: in cookie mode the ' +
      'answer sets the `tillit_social` cookie (HttpOnly, SameSite=Lax, Path=/, 10 minutes; one per browser, so ' +
      'several tabs may sign in at once); in bearer mode it answers `binding`, which the client keeps and sends to ' +
      '`finishSocialSignIn`. A provider other than `google` or `apple` in the path is `validation_failed` (`provider` ' +
      'not_allowed), as for any other field.',
  },
  finishSocialSignIn: {
    summary: 'Finish Google or Apple sign-in with the `code` and `state` the provider returned.',
    description:
      'Accounts with 2FA answer `second_factor_required` as the password sign-in does. The `state` works once, ' +
      'within 10 minutes, for the provider it was started with, and only from the client that started it: with the ' +
      '`tillit_social` cookie that start set (cookie mode), or with the `binding` it answered (bearer mode). A ' +
      'refused state, binding or code is `social_failed`, and the state is used up either way (a victim opening an ' +
      'attacker\'s return link is not signed into the attacker\'s account). The ' +
      'identity signs into the account it is linked to. An identity linked to no account whose provider vouches ' +
      'for a verified e-mail address that an account has (compared without regard to case) must be linked to that ' +
      'account and sign into it: later sign-ins with the identity work without the e-mail. Otherwise the answer is ' +
      '`social_not_linked`. A locked account answers `account_locked`.',
  },
  getSession: {
    summary: 'The current session (and its CSRF token in cookie mode).',
    description:
      'In cookie mode the answer carries the CSRF token of the session (`csrfToken` and the `X-CSRF-Token` header); ' +
      'in bearer mode it has no `csrfToken`. ' +
      'The reference backend answers the same token the sign-in gave; a backend that hands out a new one keeps ' +
      'accepting the earlier ones of the session. `expiresAt` is when the session ends (at least 2 hours after ' +
      'sign-in).',
  },
  signOut: {
    summary: 'Sign out: ends the session and clears its cookie.',
    description:
      'The session\'s cookie or token answers `unauthenticated` from then on. In cookie mode the answer clears the ' +
      'cookie with a `Set-Cookie` of `tillit_session` with `Max-Age=0` (or an `Expires` of ' +
      '`Thu, 01 Jan 1970 00:00:00 GMT`).',
  },
};
