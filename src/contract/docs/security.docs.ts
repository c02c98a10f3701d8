import type { securityEndpoints, securityTestingEndpoints } from '../security.js';
import type { EndpointDocs } from './define.js';

export const securityDocs: EndpointDocs<typeof securityEndpoints> = {
  getSecurityOverview: {
    summary: 'What protects the account: e-mail, phone, authenticator, passkeys, recovery phrase, withdrawal lock.',
    description:
      '`email.address` and `phone.number` are masked (see Formats: `•` for hidden characters, the e-mail keeps ' +
      'its `@domain`, the phone ends with its last two digits); no endpoint answers the full values. ' +
      '`withdrawalLock` is null once its `until` has passed. The recovery phrase is only described (when it was ' +
      'issued and confirmed), never returned, and neither is the authenticator\'s secret. `password.changedAt` is ' +
      'when the password was last set (created, reset or changed); `password` is null for an account without one.',
  },
  startContactBinding: {
    summary: 'Bind a new e-mail or phone, or change the bound one: sends a code to the new destination.',
    description:
      'Step-up action `bind_email` / `bind_phone` when nothing of that kind is bound, `change_email` / ' +
      '`change_phone` when one is. `value` must be what `kind` says: an e-mail address for `email`, an E.164 number ' +
      'for `phone` (else `validation_failed`, `value` invalid_format). Checks, in this order, before the token is used (so a typo does not cost a ' +
      'step-up): changing the e-mail needs an authenticator and a bound phone with SMS codes on first (`prerequisite_missing`, ' +
      '`required` lists the missing ones of `totp` and `sms`); the value equal to the bound one answers ' +
      '`already_bound`; more than 10 starts an hour answer `rate_limited` (each answer tells whether an address is ' +
      'free); a value another account uses answers `identifier_taken`; one unbound less than 30 days ago answers ' +
      '`identifier_in_cooldown` with `availableAt`; starting again for the same kind within `resendAfter` seconds ' +
      'answers `resend_too_soon`. Then the token is consumed and a 6-digit code goes to the new destination (valid ' +
      '10 minutes); a new start replaces the pending binding of that kind. The binding lives as long as its code.',
  },
  confirmContactBinding: {
    summary: 'Confirm the code sent to the new e-mail or phone; the new value is bound.',
    description:
      'Binding an e-mail or phone where none was turns its codes on as a sign-in second factor; a change keeps the ' +
      'setting. A replaced value enters the 30-day cooldown (nobody can register or bind it until then). Withdrawals ' +
      'are locked for 24 hours (`contact_change`). Five wrong codes burn the binding (`too_many_attempts`); an ' +
      'unknown, expired, used or another user\'s binding answers `challenge_expired`. Answers the updated overview.',
  },
  unbindContact: {
    summary: 'Unbind the e-mail or the phone.',
    description:
      'Step-up action `unbind_email` / `unbind_phone`. `not_bound` when nothing of that kind is bound. ' +
      '`last_factor` when the account would keep neither an e-mail nor a phone (it needs one to sign in and to ' +
      'reset its password), or when its codes are the only second factor left (an account with 2FA keeps at least ' +
      'one of authenticator, SMS and e-mail codes). These checks come before the token is used. Withdrawals are ' +
      'locked for 24 hours (`contact_unbind`); the value cannot be registered or bound again until ' +
      '`availableAgainAt` (30 days).',
  },
  setContactTwoFactor: {
    summary: 'Turn the codes of the bound e-mail or phone on or off as a sign-in second factor.',
    description:
      'Step-up action `enable_email_two_factor` / `disable_email_two_factor` (`enable_phone_two_factor` / ' +
      '`disable_phone_two_factor` for `phone`), named by `enabled`. Checks, in this order, before the token is ' +
      'used: `not_bound` when nothing of that kind is bound; turning off the codes that are the only second factor ' +
      'left answers `last_factor` (an account with 2FA keeps at least one of authenticator, SMS and e-mail codes). ' +
      'Asking for the setting the account already has changes nothing and needs no token: the answer is the ' +
      'setting and the lock in force. Turning codes off locks withdrawals for 24 hours (`two_factor_change`); ' +
      'turning them on locks nothing (`withdrawalLock` is the lock already in force, or null). With SMS codes off, ' +
      'changing the e-mail needs them on again (`startContactBinding`, `prerequisite_missing` with `sms`).',
  },
  startTotpSetup: {
    summary: 'Start binding an authenticator app: the otpauth:// URI (QR code) and the base32 setup key.',
    description:
      'Step-up action `setup_totp`. `already_bound` when an authenticator is bound (checked before the token is ' +
      'used): to change it, disable it and set up again. RFC 6238: SHA-1, 6 digits, 30-second steps. `secret` is ' +
      'the base32 key (at least 16 characters, 80 bits), and `otpauthUri` carries the same key as its `secret` ' +
      'parameter. The key is in this answer only. The setup expires after 10 minutes; a new setup replaces an ' +
      'unconfirmed one (whose id then answers `challenge_expired`).',
  },
  confirmTotpSetup: {
    summary: 'Confirm the authenticator with its current 6-digit code; the authenticator is bound.',
    description:
      'One 30-second step of clock drift is accepted either way; the accepted code cannot be used again. Five wrong ' +
      'codes burn the setup (`too_many_attempts`); an unknown, expired or used setup answers `challenge_expired`. ' +
      'Withdrawals are locked for 24 hours (`two_factor_change`). `recoveryPhrase`: when the account has no ' +
      'confirmed recovery phrase, a new one issued with the binding, as `issueRecoveryPhrase` answers it and under ' +
      'its rules (in this answer only; active once `confirmRecoveryPhrase` confirms it before `expiresAt`), so ' +
      'binding the app and saving its phrase take one step-up; null when the account has a confirmed phrase. The ' +
      'answer uses the setup up, so one binding issues at most one phrase.',
  },
  disableTotp: {
    summary: 'Remove the authenticator app.',
    description:
      'Step-up action `disable_totp`. `not_bound` without an authenticator. `last_factor` when it is the only ' +
      'second factor (no SMS or e-mail 2FA): an account with 2FA keeps at least one; to replace the only ' +
      'authenticator, bind a phone first (which turns SMS 2FA on) or use the lost-2FA reset. These checks come ' +
      'before the token is used. Withdrawals are locked for 24 hours (`two_factor_change`).',
  },
  issueRecoveryPhrase: {
    summary: 'Issue a new 12-word recovery phrase. It is in this answer only.',
    description:
      'Step-up action `issue_recovery_phrase`. Twelve words (lower-case letters `a`-`z` only) drawn uniformly ' +
      'from a 256-word list (96 bits); `confirmIndexes` are three distinct positions. The ' +
      'backend keeps only salted hashes: of the whole phrase, and of the three words at `confirmIndexes` (0-based) ' +
      'that `confirmRecoveryPhrase` asks for. The phrase becomes active, replacing any earlier one, only when ' +
      'confirmed before `expiresAt` (10 minutes). Issuing does not lock withdrawals: using the phrase later does ' +
      'as any 2FA change.',
  },
  changePassword: {
    summary: 'Change the password of the signed-in account: the current one, then the new one.',
    description:
      'Step-up action `change_password`. Checks, in this order, before the token is used: `currentPassword` must ' +
      'be the account\'s password (`invalid_credentials` otherwise; an account without a password sets one through ' +
      'the password reset); at most 5 wrong current passwords per account in 15 minutes, more answer `rate_limited` ' +
      'whatever is typed (a stolen session is no way to guess the password); `newPassword` is refused as ' +
      '`completePasswordReset` refuses it (`password_too_weak`, `fields` `[{ path: \'newPassword\', code: ' +
      '\'not_allowed\' }]`), and also when it equals the current one. Then the token is spent and the password ' +
      'changed: every other session of the account ends (this one goes on), and withdrawals are disabled for 24 ' +
      'hours (`password_change`), as exchanges do after a password change.',
  },
  confirmRecoveryPhrase: {
    summary: 'Prove the phrase was written down by entering the words at `confirmIndexes`; the phrase is active.',
    description:
      '`words` gives each index of `confirmIndexes` once, with its word (case and surrounding spaces ignored). ' +
      'Other indexes answer `validation_failed`; wrong words answer `invalid_code` with `attemptsRemaining`; five ' +
      'wrong tries burn the phrase (`too_many_attempts`: issue a new one). An unknown, expired or confirmed phrase ' +
      'answers `challenge_expired`.',
  },
  passkeyRegistrationOptions: {
    summary: 'Start adding a passkey: WebAuthn creation options and the registration id.',
    description:
      'Step-up action `register_passkey`. Discoverable credential required (`residentKey: required`), user ' +
      'verification preferred, attestation `none`; `pubKeyCredParams` offers ES256 (-7) at least; ' +
      '`excludeCredentials` lists the passkeys already registered, by credential id; `user.id` is the account\'s ' +
      'WebAuthn user handle, the same in every ceremony. The challenge (at least 16 random bytes) is single-use ' +
      'and lives 5 minutes.',
  },
  registerPasskey: {
    summary: "Finish adding a passkey with the browser's registration response and a name for it.",
    description:
      'The response must answer the registration challenge from an allowed origin for the relying party; anything ' +
      'else answers `passkey_failed`; a credential already registered (to any account) answers `already_bound`. The ' +
      'registration id works once, verified or not: an unknown, expired (5 minutes) or another user\'s one ' +
      'answers `challenge_expired`. The answer is the new passkey: its `id` is the WebAuthn credential id, exactly ' +
      'the registration response\'s `id` (base64url; credential ids have up to 1023 bytes, so up to 1364 ' +
      'characters), the same id `excludeCredentials` lists and `renamePasskey` / `removePasskey` take in the path. ' +
      'The name is trimmed. Adding or removing a passkey does not lock withdrawals.',
  },
  renamePasskey: {
    summary: 'Rename a passkey (1-64 characters, trimmed).',
    description: '`id` is the passkey\'s credential id. A passkey the account does not have answers `not_found`.',
  },
  removePasskey: {
    summary: 'Remove a passkey.',
    description:
      'Step-up action `remove_passkey`. `not_found` for a passkey the account does not have; `last_factor` when it is ' +
      'the only way left to sign in: the account has no password, no linked Google/Apple identity and no other ' +
      'passkey (the testing row `createTestAccount` makes such passwordless accounts). Both checks come before the ' +
      'token is used.',
  },
};

export const securityTestingDocs: EndpointDocs<typeof securityTestingEndpoints> = {};
