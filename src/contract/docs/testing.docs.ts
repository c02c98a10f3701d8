import type { coreTestingEndpoints } from '../testing.js';
import type { EndpointDocs } from './define.js';

export const coreTestingDocs: EndpointDocs<typeof coreTestingEndpoints> = {
  createTestAccount: {
    summary: 'Create an account directly, with the factors and KYC level a test needs.',
    description:
      'Fields left out are not created, except that an account with neither e-mail nor phone gets a fresh e-mail ' +
      'and an account without a password gets a random one; the answer says what exists. `totpSecret` binds an ' +
      'authenticator; `smsTwoFactor` / `emailTwoFactor` make the phone / e-mail codes a sign-in second factor.',
  },
  readOutbox: {
    summary: 'The e-mails and SMS the backend sent (nothing leaves a test backend), oldest first.',
  },
  advanceClock: {
    summary: "Move the backend's clock forward, so expiries, locks and cooldowns pass without waiting.",
  },
  readClock: {
    summary: "The backend's current time (authenticator codes are computed at it).",
  },
  issueCaptchaToken: {
    summary: 'A robot-check token the backend will accept once, as if a person had solved the captcha.',
  },
  authorizeSocial: {
    summary: 'Play the identity provider: the `code` Google/Apple would send back for this `state`.',
    description: '`email`, when given, is a verified address of that identity (the backend may link by it).',
  },
  linkSocialIdentity: {
    summary: 'Link a Google/Apple identity (`subject`) to an account, so it can sign in with that provider.',
  },
};
