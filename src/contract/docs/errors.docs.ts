import type { ErrorCode } from '../errors.js';

/**
 * What each error code of `errorCatalog` means, for CONTRACT.md, openapi.json and the reference backend's `detail`.
 * Elements never show these: they map each code to a localized message.
 */
export const errorMeanings: Record<ErrorCode, string> = {
  validation_failed: 'The request breaks the schema; `fields` says which field and why.',
  malformed_request:
    'The body is not what the endpoint takes: a non-empty body whose `Content-Type` is not `application/json` (JSON ' +
    'endpoints) or `multipart/form-data` (uploads), or one that does not parse as that type.',
  unauthenticated: 'No valid session: sign in first.',
  csrf_failed: 'Cookie session without a matching `X-CSRF-Token` header.',
  forbidden: 'Refused by policy (for example a firewall in front of the backend).',
  not_found: 'No such resource (or no such route).',
  method_not_allowed: 'The route exists but not with this method.',
  payload_too_large: 'The body is larger than 64 KiB (JSON), or the uploaded file larger than 10 MiB.',
  unsupported_media_type:
    "An uploaded file's content is of a type the endpoint does not accept, or its declared type or file-name " +
    "extension names another type than its content. Never about the body's own content type (`malformed_request`).",
  rate_limited: 'Too many requests; retry after `Retry-After` seconds (also `retryAfter`).',
  internal_error: 'The backend failed; nothing was changed.',
  service_unavailable: 'The backend is down for a moment; retry later.',

  invalid_credentials: 'Identifier or password wrong. Never says which, nor whether the account exists.',
  account_locked: 'Too many failed sign-ins (the 8th in a row answers this itself); locked until `lockedUntil`.',
  captcha_required: 'Send the request again with a `captchaToken` from the robot check.',
  captcha_invalid: 'The `captchaToken` was refused; run the robot check again.',
  challenge_expired: 'The sign-in, reset or step-up challenge expired or was used up; start again.',
  method_not_available: 'That factor or channel is not offered for this challenge.',
  invalid_code: 'The one-time code is wrong (`attemptsRemaining` says how many tries are left).',
  code_expired: 'The one-time code expired; send a new one.',
  code_already_used: 'That authenticator code was already used; wait for the next one.',
  too_many_attempts: 'Too many wrong codes; the challenge is burned, start again (`retryAfter` is 0: at once).',
  resend_too_soon: 'A code was sent moments ago; resend after `retryAfter` seconds.',
  passkey_failed: 'The passkey ceremony could not be verified.',
  social_failed: 'The Google/Apple sign-in could not be completed (state or code refused).',
  social_not_linked: 'No account is linked to that Google/Apple identity.',

  password_too_weak:
    "The new password has a valid length but is refused: a common password, one character repeated, or it contains " +
    "the account's e-mail name or phone number. `fields` is `[{ path: 'newPassword', code: 'not_allowed' }]`. A " +
    'password too short or too long is `validation_failed` instead.',
  reset_not_verified: 'The reset code has not been confirmed yet.',

  step_up_required: 'A fresh `verificationToken` from step-up for this action is needed; `required` names the action.',
  verification_invalid:
    'The `verificationToken` is unknown, expired, used, of another user or for another action. A refused token is ' +
    'not used up.',
  already_bound: 'That factor is already bound (change it instead).',
  not_bound: 'That factor is not bound.',
  identifier_in_cooldown: 'The e-mail or phone was unbound less than 30 days ago; usable again at `availableAt`.',
  identifier_taken: 'Another account uses that e-mail or phone.',
  last_factor: 'Unbinding would leave the account without a way to sign in or recover.',
  prerequisite_missing:
    'The action needs other factors first (`required` lists them), e.g. changing e-mail needs authenticator and SMS.',
  request_pending: 'A request of this kind is already under review.',

  kyc_level_unavailable: 'That KYC level cannot be submitted now (lower level missing, or under review).',
  documents_missing: 'Not every required document was uploaded (`fields` names them).',
  idempotency_conflict: 'The idempotency key was used before with a different request.',
};
