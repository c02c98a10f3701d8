import type { coreTestingEndpoints } from '../testing.js';
import type { EndpointDocs } from './define.js';

/** The `purpose` of each kind of outbox message, as the reference backend writes it. */
const purposes =
  '`purpose` names what the message belongs to, as `<flow>:<id>` with the id the backend handed out for it: ' +
  '`sign-in:<challengeId>:<channel>` (sign-in codes; channel `sms` or `email`), `password-reset:<resetId>`, ' +
  '`step-up:<stepUpId>:<channel>`, `security-bind:<bindingId>` (contact binding codes) and ' +
  '`two-factor-reset:<requestId>:<decision>` (the decision message of a lost-2FA review, by e-mail or, for a ' +
  'phone-only account, by SMS; `approved` or `rejected`). The conformance suite finds a code by the newest message to an address whose `purpose` contains ' +
  'that id, so the id must appear in it as handed out; the rest of the format is a recommendation.';

export const coreTestingDocs: EndpointDocs<typeof coreTestingEndpoints> = {
  createTestAccount: {
    summary: 'Create an account directly, with the factors and KYC level a test needs.',
    description:
      'Fields left out are not created, except that an account with neither e-mail nor phone gets a fresh e-mail ' +
      'and an account without a password gets a random one, unless `passwordless` is true (then it has none, and ' +
      '`password` is null); the answer says what exists, unmasked. A passwordless account cannot sign in by ' +
      'password: `createTestSession` gives it a session, as a passkey or Google/Apple sign-in would. An e-mail or ' +
      'phone another account uses answers `identifier_taken`. `totpSecret` binds an authenticator; `smsTwoFactor` ' +
      '/ `emailTwoFactor` make the phone / e-mail codes a sign-in second factor. `kycLevel` 1 gives the account ' +
      'approved level-1 details in a country of the backend\'s choosing (the reference backend: `SE`), which must ' +
      'accept at least one ID type with a back side; 2 also approves level 2. Which ID types that country accepts ' +
      'is in the KYC overview\'s `acceptedDocuments`, and the suite picks its document types from there ' +
      '(`national_id` when accepted).',
  },
  createTestSession: {
    summary: 'Sign an account in without its factors: a bearer session, as a passkey sign-in would give.',
    description:
      'For fixtures that need a session of an account the suite cannot sign in by password (passwordless accounts). ' +
      'Answers a bearer `token` and when it expires. `not_found` for an unknown account.',
  },
  readOutbox: {
    summary: 'The e-mails and SMS the backend sent (nothing leaves a test backend), oldest first.',
    description:
      `Every message the backend sent, to every address, or only those to \`to\` (compared without regard to ` +
      `case). \`to\` is the full address or E.164 number. ${purposes} \`code\` is the one-time code the message ` +
      'carries, or `""` for a message without one (the review decisions). `text` is the message as sent.',
  },
  advanceClock: {
    summary: "Move the backend's clock forward, so expiries, locks and cooldowns pass without waiting.",
    description:
      'Whole seconds only (the suite rounds up the time left until an instant). Every rule of the backend reads ' +
      'this clock: expiries, locks, cooldowns, rate-limit windows, authenticator codes and automatic review ' +
      'decisions. The clock only moves forward.',
  },
  readClock: {
    summary: "The backend's current time (authenticator codes are computed at it).",
  },
  issueCaptchaToken: {
    summary: 'A robot-check token the backend will accept once, as if a person had solved the captcha.',
  },
  authorizeSocial: {
    summary: 'Play the identity provider: the `code` Google/Apple would send back for this `state`.',
    description:
      '`email`, when given, is a verified address of that identity: `finishSocialSignIn` links the identity to the ' +
      'account with that e-mail when no account is linked to it yet.',
  },
  linkSocialIdentity: {
    summary: 'Link a Google/Apple identity (`subject`) to an account, so it can sign in with that provider.',
  },
};
