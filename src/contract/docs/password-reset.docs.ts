import type { passwordResetEndpoints, passwordResetTestingEndpoints } from '../password-reset.js';
import type { EndpointDocs } from './define.js';

export const passwordResetDocs: EndpointDocs<typeof passwordResetEndpoints> = {
  startPasswordReset: {
    summary: '"Forgot password?": start a reset for an e-mail or phone, after the robot check.',
    description:
      'Needs a `captchaToken` from the robot check: without one the answer is `captcha_required`, a refused one ' +
      'is `captcha_invalid`. Never reveals whether the account exists, nor what it has: every identifier of a type ' +
      'gets the same answer. `channels` is the identifier\'s own channel (e-mail for an e-mail, `sms` for a phone), ' +
      'its `destination` the identifier masked, then the other channel with `destination` null: "the phone number ' +
      '(or e-mail address) of the account, if it has one". A code sent to the identifier\'s channel reaches the ' +
      'account; one sent to the other channel reaches the account\'s phone (or e-mail) when it has one (an account ' +
      'registered by e-mail with a phone may reset by SMS, and the other way round) and nobody otherwise, with the ' +
      'same answers. An unknown identifier gets a reset of the same shape whose codes never arrive and which can ' +
      'never be verified. No code is sent until `sendPasswordResetCode`. The reset lives 30 minutes. At most 5 ' +
      'starts per identifier per hour; more answer `rate_limited` with `retryAfter`.',
  },
  sendPasswordResetCode: {
    summary: 'Send (or resend) the reset code by one of the offered channels.',
    description:
      'Either channel of the reset\'s `channels` (both are always offered). Codes are valid ' +
      '10 minutes; a resend within 60 seconds (of the last send on any channel of the reset) answers ' +
      '`resend_too_soon` with `retryAfter`; each send replaces the code before it. An expired, finished or burned ' +
      'reset answers `challenge_expired`. `sentTo` is the masked identifier for its own channel and null for the ' +
      'other one. For an unknown identifier, or a channel the account does not have, the answers are the same but ' +
      'nothing is sent.',
  },
  verifyPasswordResetCode: {
    summary: 'Confirm the reset code.',
    description:
      'A wrong code answers `invalid_code` with `attemptsRemaining`; the 5th wrong code of the reset (resends ' +
      'do not restart the count) burns it (`too_many_attempts`, start again). A code older than 10 minutes ' +
      'answers `code_expired`. A reset of an unknown identifier never verifies: every code is wrong.',
  },
  completePasswordReset: {
    summary: 'Set the new password of a verified reset.',
    description:
      'Only after `verifyPasswordResetCode` (`reset_not_verified` otherwise; also for an unknown identifier). The ' +
      'schema refuses passwords shorter than 10 or longer than 128 characters (`validation_failed`). Then ' +
      '`password_too_weak`, with `fields` `[{ path: \'newPassword\', code: \'not_allowed\' }]`, refuses a ' +
      'password that, compared without regard to case: is on the backend\'s list of common passwords (every list ' +
      'holds `password123`, which the conformance suite tries); is one character repeated; or contains the ' +
      'account\'s e-mail name (the part before `@`, when at least 4 characters long) or its phone number\'s digits ' +
      '(without the `+`). Refusals leave the reset as it was, so the user may try another password. On success the old password stops working, every session of the account ends, failed ' +
      'sign-in counters and sign-in locks are cleared, and withdrawals are disabled for 24 hours ' +
      '(`withdrawalLock`). The reset is then used up.',
  },
};

export const passwordResetTestingDocs: EndpointDocs<typeof passwordResetTestingEndpoints> = {};
