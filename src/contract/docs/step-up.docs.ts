import type { stepUpEndpoints, stepUpTestingEndpoints } from '../step-up.js';
import type { EndpointDocs } from './define.js';

const ruleTable =
  'Which factors: every factor the account has bound among the e-mail code (the account has an e-mail), the SMS ' +
  'code (it has a phone) and the authenticator code (it has an authenticator); an account without an ' +
  'authenticator but with passkeys is asked for a passkey in its place (so a passkey-only account is asked for ' +
  'the passkey alone). So unbinding the e-mail of an account with an authenticator, e-mail and phone takes the ' +
  'authenticator code and both the e-mail and the SMS codes. `change_email` first needs an authenticator and a ' +
  'bound phone with its SMS codes on as a second factor: without them the answer is `prerequisite_missing` with ' +
  '`required` listing the missing ones (`totp`, `sms`).';

export const stepUpDocs: EndpointDocs<typeof stepUpEndpoints> = {
  startStepUp: {
    summary: 'Start a step-up for a sensitive action: the server says which factors it needs.',
    description: `${ruleTable} The step-up lives 10 minutes.`,
  },
  sendStepUpCode: {
    summary: 'Send (or resend) the e-mail or SMS code of a step-up.',
    description:
      'Only for a channel the step-up asks for (`method_not_available` otherwise). Codes are valid 10 minutes; a ' +
      'resend within 60 seconds answers `resend_too_soon` with `retryAfter`; each send replaces the code before it ' +
      '(a code outlives its step-up, so a late code answers `challenge_expired`, never `code_expired`). A step-up ' +
      'of another session\'s user, expired, burned or finished answers `challenge_expired`.',
  },
  stepUpPasskeyOptions: {
    summary: 'WebAuthn request options for the passkey factor of a step-up.',
    description:
      'Only when the step-up asks for a passkey (`method_not_available` otherwise). `allowCredentials` lists the ' +
      'user\'s own passkeys; user verification is required. A new call replaces the previous challenge.',
  },
  verifyStepUp: {
    summary: 'Verify one factor of a step-up; the last one yields the `verificationToken`.',
    description:
      '`code` for `totp`, `sms` and `email`; `response` (the WebAuthn assertion) for `passkey`; a missing one ' +
      'answers `validation_failed`. A factor the step-up does not ask for answers `method_not_available`. Wrong ' +
      'codes answer `invalid_code` with `attemptsRemaining`; the 5th wrong code of the step-up burns it ' +
      '(`too_many_attempts`). An authenticator code already accepted is refused (`code_already_used`). When every ' +
      'factor is verified the answer carries `verificationToken` (valid 5 minutes, until `tokenExpiresAt`, once, ' +
      'for this action, this user and this session only: another session of the same user cannot spend it) and the ' +
      'step-up is used up. Wrong codes also count per account, with those of sign-in challenges: after 10 within 15 ' +
      'minutes the answer is `rate_limited` until the 15 minutes have passed. The sensitive call spends the token only when it ' +
      'accepts it: a presentation refused as `verification_invalid` (another action, another user, expired) does ' +
      'not use it up, and a call that fails on its own checks before the token is looked at leaves it unspent.',
  },
};

export const stepUpTestingDocs: EndpointDocs<typeof stepUpTestingEndpoints> = {
  consumeStepUpToken: {
    summary: 'Spend a `verificationToken` as a sensitive action would, for the signed-in user of the request.',
    description:
      'Lets the conformance suite check the token rules without performing the action: no token answers ' +
      '`step_up_required`; a token that is unknown, expired, already spent, of another user, of another session ' +
      'or for another action answers `verification_invalid` and stays as it was (a token refused for another user, ' +
      'session or action still works for its own). A token that fits is spent. Needs a session (bearer, or cookie ' +
      'with `X-CSRF-Token`) to know the user; without one, `unauthenticated`.',
  },
};
