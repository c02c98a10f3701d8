import type { twoFactorResetEndpoints, twoFactorResetTestingEndpoints } from '../two-factor-reset.js';
import type { EndpointDocs } from './define.js';

export const twoFactorResetDocs: EndpointDocs<typeof twoFactorResetEndpoints> = {
  requestTwoFactorReset: {
    summary: '"Lost 2-factor authentication?": ask for the authenticator to be removed after a manual review.',
    description:
      'The account and its password identify the user; wrong ones answer `invalid_credentials` exactly as sign-in ' +
      'does (never saying which, nor whether the account exists). An account without an authenticator answers ' +
      '`not_bound`; one with a request still pending answers `request_pending`. The review answers by e-mail ' +
      'within 3 business days (`reviewBy`, skipping Saturdays and Sundays): one message, to `contactEmail` if the ' +
      'request gave one, else to the account\'s e-mail (never both). On approval the authenticator is removed and withdrawals are disabled for 24 hours ' +
      '(reason `two_factor_change`); the user should bind a new authenticator at once. At most 10 requests per ' +
      'identifier per hour (`rate_limited`).',
  },
  getTwoFactorResetStatus: {
    summary: 'The review status of a 2FA reset request.',
    description:
      'Needs the `statusToken` handed out with the request; an unknown request or a wrong token answers ' +
      '`not_found`. A rejected request lists `rejectionReasons` and `alternatives` (restore from the recovery ' +
      'phrase, transfer the authenticator from the old phone, contact support); a new request may then be made.',
  },
};

export const twoFactorResetTestingDocs: EndpointDocs<typeof twoFactorResetTestingEndpoints> = {
  decideTwoFactorReset: {
    summary: 'Play the reviewer: approve or reject a pending 2FA reset request.',
    description:
      'Rejection needs at least one of `reasons` (`validation_failed` otherwise). A request that is unknown or ' +
      'already decided answers `not_found`. The decision goes out as exactly one e-mail, to the request\'s ' +
      '`contactEmail` if it gave one, else to the account\'s e-mail; it carries no code, so its outbox entry has ' +
      '`code` `""` (and `purpose` `two-factor-reset:<requestId>:<decision>`). Approval removes the authenticator ' +
      'and locks withdrawals for 24 hours at once; the request\'s status then shows the decision.',
  },
};
