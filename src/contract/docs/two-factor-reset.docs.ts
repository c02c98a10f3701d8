import type { twoFactorResetEndpoints, twoFactorResetTestingEndpoints } from '../two-factor-reset.js';
import type { EndpointDocs } from './define.js';

/** What the sign-in challenge proves, for both ways back from a lost authenticator. */
const challengeProof =
  '`challengeId` is the id of the second-factor challenge a sign-in answered (`signIn`, or `finishSocialSignIn`): it ' +
  'proves the first factor, the identifier and password checked there under the sign-in limits (robot check, lock, ' +
  'per-client limit), or the Google/Apple identity. This row checks no password itself, so it is no second door ' +
  'for guessing one, and it answers the same whatever password was typed before. An unknown, expired (5 minutes) ' +
  'or used challenge answers `challenge_expired`.';

export const twoFactorResetDocs: EndpointDocs<typeof twoFactorResetEndpoints> = {
  restoreAuthenticator: {
    summary: 'Restore from the recovery phrase: sign in without the lost authenticator and bind a new one at once.',
    description:
      `${challengeProof} The account must have an authenticator (\`not_bound\` otherwise). \`words\` are the 12 ` +
      'words of the active (confirmed) recovery phrase in order, compared as `confirmRecoveryPhrase` does. A wrong ' +
      'phrase answers `invalid_code` with `attemptsRemaining`, and so does any phrase for an account without an ' +
      'active one (the answer never tells whether a phrase exists). Wrong phrases count as wrong codes of the ' +
      'challenge (the 5th burns it: `too_many_attempts`) and towards the per-account limit of wrong second-factor ' +
      'answers (`rate_limited`). The right phrase, in one step: removes the old authenticator, uses the phrase up ' +
      '(the overview\'s `recoveryPhrase` is null until a new one is issued), ends the challenge, cancels a pending ' +
      'lost-2FA request of the account (status `cancelled`), locks withdrawals for 24 hours (`two_factor_change`), ' +
      'signs in (a session, cookie or bearer as for any sign-in) and answers `totpSetup` for the new authenticator: ' +
      'confirming it with `confirmTotpSetup` in the new session needs no step-up (the phrase was the proof) and ' +
      'answers a new `recoveryPhrase` (the old one is used up), for the user to save at once.',
  },
  requestTwoFactorReset: {
    summary: '"Lost 2-factor authentication?": ask for the authenticator to be removed after a manual review.',
    description:
      `${challengeProof} An account without an authenticator answers \`not_bound\`; one with a request still ` +
      'pending answers `request_pending` (neither uses the challenge up). A request made uses the challenge up. The ' +
      'review answers within 3 business days (`reviewBy`, skipping Saturdays and Sundays) with one message: by e-mail ' +
      'to `contactEmail` if the request gave one, else to the account\'s e-mail, else (a phone-only account) by SMS ' +
      'to the account\'s phone; never more than one. On approval the authenticator is removed and withdrawals are ' +
      'disabled for 24 hours (reason `two_factor_change`); the user should bind a new authenticator at once. At most ' +
      '10 requests per account per hour (`rate_limited`).',
  },
  getTwoFactorResetStatus: {
    summary: 'The review status of a 2FA reset request.',
    description:
      'Needs the `statusToken` handed out with the request; an unknown request or a wrong token answers ' +
      '`not_found`. A rejected request lists `rejectionReasons` and `alternatives` (restore from the recovery ' +
      'phrase, transfer the authenticator from the old phone, contact support); a new request may then be made. A ' +
      'request whose account restored its authenticator with the recovery phrase meanwhile is `cancelled` (with ' +
      '`decidedAt`): nobody reviews it any more.',
  },
};

export const twoFactorResetTestingDocs: EndpointDocs<typeof twoFactorResetTestingEndpoints> = {
  decideTwoFactorReset: {
    summary: 'Play the reviewer: approve or reject a pending 2FA reset request.',
    description:
      'Rejection needs at least one of `reasons` (`validation_failed` otherwise). A request that is unknown or ' +
      'no longer pending (decided or cancelled) answers `not_found`. The decision goes out as exactly one message, ' +
      'to the request\'s `contactEmail` if it gave one, else to the account\'s e-mail, else by SMS to its phone; it ' +
      'carries no code, so its outbox entry has `code` `""` (and `purpose` ' +
      '`two-factor-reset:<requestId>:<decision>`). Approval removes the authenticator and locks withdrawals for 24 ' +
      'hours at once; the request\'s status then shows the decision.',
  },
};
