/**
 * The contract's security rules, for CONTRACT.md ("Security rules" in Basics). Each rule names the attack it stops;
 * the conformance suite checks each one (its tests carry the rule's `id` in their names), and the reference backend
 * keeps them. Rules of one endpoint are also in that row's description.
 */
export interface SecurityRule {
  /** Short, stable name: the conformance tests of the rule say `[rule: <id>]`. */
  readonly id: string;
  readonly title: string;
  readonly text: string;
}

export const securityRules: readonly SecurityRule[] = [
  {
    id: 'return-to',
    title: 'Social sign-in returns to the exchange only',
    text:
      '`startSocialSignIn` takes a `returnTo` only on an origin the backend is configured with (the exchange\'s own ' +
      'pages), compared exactly: scheme, host and port. Another origin, a look-alike host, `javascript:` or `data:` ' +
      'answers `validation_failed` with `returnTo` `not_allowed`. Otherwise the provider sends the code to whoever ' +
      'named the URL, and finishing with it signs that person in as the victim. In test mode the suite uses the ' +
      'origin of `TILLIT_CONTRACT_ORIGIN`, which the backend must allow.',
  },
  {
    id: 'state-binding',
    title: 'The social state belongs to the browser that started it',
    text:
      '`finishSocialSignIn` takes a `state` only from the client that started it: the `tillit_social` cookie that ' +
      '`startSocialSignIn` set (cookie mode) or the `binding` it answered (bearer mode). So a victim who opens an ' +
      'attacker\'s return link (with the attacker\'s `code` and `state`) is not signed into the attacker\'s account ' +
      '(login CSRF), and a leaked return URL cannot be finished elsewhere.',
  },
  {
    id: 'atomic-limits',
    title: 'Limits hold under concurrency',
    text:
      'A limit\'s decision and its count are one step: requests that arrive together are counted as if they came one ' +
      'after the other. For sign-in, the captcha and lock decision and the failure count of an identifier are one ' +
      'step: 20 parallel wrong attempts without a captcha get exactly 2 passwords checked (the rest ' +
      '`captcha_required`); with captchas, the 8th failure locks and every later one answers `account_locked`, even ' +
      'the right password. The same holds for every count of wrong codes or words (a challenge\'s 5, the 10 per ' +
      'account below).',
  },
  {
    id: 'second-factor-limit',
    title: 'Second-factor guesses are limited per account',
    text:
      'Wrong second-factor answers count per account across challenges: authenticator, SMS and e-mail codes of ' +
      'sign-in challenges and step-ups, and recovery phrases given to `restoreAuthenticator`. After 10 wrong ones ' +
      'within 15 minutes of the first, `verifySignInCode`, `verifyStepUp` and `restoreAuthenticator` answer ' +
      '`rate_limited` with `retryAfter`, without looking at the code, until those 15 minutes have passed. A new ' +
      'challenge (one password away for whoever knows it) buys no new guesses.',
  },
  {
    id: 'no-password-oracle',
    title: 'One door checks passwords',
    text:
      'Only `signIn` checks an identifier\'s password, under its limits (robot check, lock, per-client limit); a ' +
      'signed-in user\'s `changePassword` checks it under a limit of its own. The ways back from a lost ' +
      'authenticator (`requestTwoFactorReset`, `restoreAuthenticator`) take the challenge a sign-in answered, so they ' +
      'check no password and answer nothing that depends on one.',
  },
  {
    id: 'no-enumeration',
    title: 'No answer tells whether an account exists',
    text:
      'Sign-in answers a wrong identifier and a wrong password with the same problem; its counters, captcha and lock ' +
      'work for identifiers without an account too. `startPasswordReset` answers every identifier of a type alike: ' +
      'the same channels, the identifier\'s own destination masked, the other one null, whatever the account has.',
  },
  {
    id: 'per-client-limit',
    title: 'A limit per client besides the one per identifier',
    text:
      'Credential stuffing spreads guesses over many identifiers, so sign-in also counts per client: after 10 failed ' +
      'sign-ins from one client within 15 minutes, every sign-in from it needs a captcha, whatever the identifier; ' +
      'more than 60 sign-in attempts from one client in 15 minutes answer `rate_limited`. The client is the peer ' +
      'address (or the address a trusted proxy of the backend reports). In test mode the `X-Tillit-Test-Client` ' +
      'request header, when present, names the client instead (see Testing mode).',
  },
  {
    id: 'streamed-body-limit',
    title: 'Body sizes are enforced while the body streams in',
    text:
      'A backend counts a body\'s bytes as they arrive, with or without `Content-Length`, and answers ' +
      '`payload_too_large` once the limit is passed (64 KiB for JSON, 10 MiB + 64 KiB for multipart), without ' +
      'reading the rest: a 100 MB chunked body costs it no more than the limit.',
  },
  {
    id: 'step-up-session',
    title: 'A step-up token is bound to its session',
    text:
      'A `verificationToken` works only in the session that earned it: another session, even of the same user, gets ' +
      '`verification_invalid` (and the token stays unspent for its own session). A token copied out of one device ' +
      'is worth nothing on another.',
  },
  {
    id: 'session-cookie',
    title: 'The session cookie',
    text:
      'Cookie mode sets `tillit_session` with `Path=/` (so every path of the site sends it, and sign-out clears the ' +
      'same cookie), `HttpOnly` and `SameSite=Lax`, and `Secure` whenever the request came over HTTPS, including ' +
      'through a TLS-terminating proxy that says so with `X-Forwarded-Proto: https`. Sign-out clears it with the ' +
      'same attributes and `Max-Age=0`.',
  },
  {
    id: 'cors',
    title: 'Bearer mode from other origins (CORS)',
    text:
      'Apps and pages on other origins use bearer mode, so every `/v1` path answers CORS: a preflight (`OPTIONS`) ' +
      'from any origin answers 204 allowing the methods GET, POST, PATCH and DELETE and the request headers ' +
      '`Authorization`, `Content-Type`, `Accept-Language`, `X-CSRF-Token` and `X-Tillit-Session-Mode`; every answer ' +
      'carries `Access-Control-Allow-Origin` and exposes `X-CSRF-Token` and `Retry-After`. Credentials (cookies) are ' +
      'allowed only for the origins the backend is configured with, never for others: another origin never gets ' +
      '`Access-Control-Allow-Credentials: true`, so cookie sessions stay with the exchange\'s own pages.',
  },
  {
    id: 'token-order',
    title: 'Own checks before the verification token',
    text:
      'A sensitive row checks its own rules (named in its description: `not_bound`, `last_factor`, ' +
      '`already_bound`, `identifier_taken`, a wrong current password, ...) before it looks at its ' +
      '`verificationToken`, and answers them even without one. It spends the token only when it does the action: a ' +
      'request refused by its own checks, or with a token refused as `verification_invalid`, leaves the token as it ' +
      'was, so a typo never costs the user a step-up.',
  },
  {
    id: 'testing-mode',
    title: 'Test mode is never on in production',
    text:
      'Test mode serves the testing rows: accounts made to order, sessions without factors, every code sent (the ' +
      'outbox), a clock anyone can move, review decisions, and the `X-Tillit-Test-Client` header. Any of them is an ' +
      'account takeover, so a production backend never turns test mode on, and answers every testing route with ' +
      '404 `not_found`. The reference backend turns it on with `TILLIT_TESTING=1` (the demo of `npm start` does, on ' +
      '127.0.0.1 only).',
  },
];

/** What each path parameter of the endpoint table is, for openapi.json and CONTRACT.md. */
export const pathParameterDocs: Readonly<Record<string, string>> = {
  challengeId: 'The `id` of the second-factor challenge a sign-in answered.',
  provider: 'The identity provider: `google` or `apple`.',
  resetId: 'The `resetId` that `startPasswordReset` answered.',
  stepUpId: 'The `stepUpId` that `startStepUp` answered.',
  kind: 'Which contact: `email` or `phone`.',
  setupId: 'The `setupId` that `startTotpSetup` (or `restoreAuthenticator`) answered.',
  bindingId: 'The `bindingId` that `startContactBinding` answered.',
  phraseId: 'The `phraseId` that `issueRecoveryPhrase` answered.',
  id: 'The passkey\'s WebAuthn credential id (base64url), as the security overview lists it.',
  requestId: 'The `requestId` that `requestTwoFactorReset` answered.',
  userId: 'The `userId` that `createTestAccount` answered.',
};
