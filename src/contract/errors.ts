import * as z from 'zod/mini';

/**
 * Every machine-readable error code a backend may answer with, its HTTP status and what it means. The `code` is
 * the stable contract: elements map each one to a localized message; `status` is what a conforming backend sends.
 */
export const errorCatalog = {
  validation_failed: { status: 422, meaning: 'The request breaks the schema; `fields` says which field and why.' },
  malformed_request: { status: 400, meaning: 'The body is not JSON (or not multipart) as the endpoint expects.' },
  unauthenticated: { status: 401, meaning: 'No valid session: sign in first.' },
  csrf_failed: { status: 403, meaning: 'Cookie session without a matching `X-CSRF-Token` header.' },
  forbidden: { status: 403, meaning: 'Refused by policy (for example a firewall in front of the backend).' },
  not_found: { status: 404, meaning: 'No such resource (or no such route).' },
  method_not_allowed: { status: 405, meaning: 'The route exists but not with this method.' },
  payload_too_large: { status: 413, meaning: 'The body or file is larger than the endpoint accepts.' },
  unsupported_media_type: { status: 415, meaning: 'The file type (or body content type) is not accepted.' },
  rate_limited: { status: 429, meaning: 'Too many requests; retry after `Retry-After` seconds (also `retryAfter`).' },
  internal_error: { status: 500, meaning: 'The backend failed; nothing was changed.' },
  service_unavailable: { status: 503, meaning: 'The backend is down for a moment; retry later.' },

  invalid_credentials: {
    status: 401,
    meaning: 'Identifier or password wrong. Never says which, nor whether the account exists.',
  },
  account_locked: { status: 423, meaning: 'Too many failed sign-ins; locked until `lockedUntil`.' },
  captcha_required: { status: 428, meaning: 'Send the request again with a `captchaToken` from the robot check.' },
  captcha_invalid: { status: 422, meaning: 'The `captchaToken` was refused; run the robot check again.' },
  challenge_expired: { status: 410, meaning: 'The sign-in, reset or step-up challenge expired or was used up; start again.' },
  method_not_available: { status: 422, meaning: 'That factor or channel is not offered for this challenge.' },
  invalid_code: { status: 422, meaning: 'The one-time code is wrong (`attemptsRemaining` says how many tries are left).' },
  code_expired: { status: 422, meaning: 'The one-time code expired; send a new one.' },
  code_already_used: { status: 422, meaning: 'That authenticator code was already used; wait for the next one.' },
  too_many_attempts: { status: 429, meaning: 'Too many wrong codes; the challenge is burned, start again.' },
  resend_too_soon: { status: 429, meaning: 'A code was sent moments ago; resend after `retryAfter` seconds.' },
  passkey_failed: { status: 422, meaning: 'The passkey ceremony could not be verified.' },
  social_failed: { status: 422, meaning: 'The Google/Apple sign-in could not be completed (state or code refused).' },
  social_not_linked: { status: 409, meaning: 'No account is linked to that Google/Apple identity.' },

  password_too_weak: { status: 422, meaning: 'The new password is too short, too common or matches the identifier.' },
  reset_not_verified: { status: 409, meaning: 'The reset code has not been confirmed yet.' },

  step_up_required: { status: 403, meaning: 'A fresh `verificationToken` from step-up for this action is needed.' },
  verification_invalid: { status: 403, meaning: 'The `verificationToken` is unknown, expired, used, or for another action.' },
  already_bound: { status: 409, meaning: 'That factor is already bound (change it instead).' },
  not_bound: { status: 409, meaning: 'That factor is not bound.' },
  identifier_in_cooldown: {
    status: 409,
    meaning: 'The e-mail or phone was unbound less than 30 days ago; usable again at `availableAt`.',
  },
  identifier_taken: { status: 409, meaning: 'Another account uses that e-mail or phone.' },
  last_factor: { status: 409, meaning: 'Unbinding would leave the account without a way to sign in or recover.' },
  prerequisite_missing: {
    status: 409,
    meaning: 'The action needs other factors first (`required` lists them), e.g. changing e-mail needs authenticator and SMS.',
  },
  request_pending: { status: 409, meaning: 'A request of this kind is already under review.' },

  kyc_level_unavailable: { status: 409, meaning: 'That KYC level cannot be submitted now (lower level missing, or under review).' },
  documents_missing: { status: 422, meaning: 'Not every required document was uploaded (`fields` names them).' },
  idempotency_conflict: { status: 409, meaning: 'The idempotency key was used before with a different request.' },
} as const satisfies Record<string, { status: number; meaning: string }>;

export type ErrorCode = keyof typeof errorCatalog;
export const errorCodes = Object.keys(errorCatalog) as ErrorCode[];

/** Codes any endpoint may answer with, so rows of the endpoint table do not repeat them. */
export const commonErrors = [
  'validation_failed',
  'malformed_request',
  'unsupported_media_type',
  'payload_too_large',
  'method_not_allowed',
  'forbidden',
  'rate_limited',
  'internal_error',
  'service_unavailable',
] as const satisfies readonly ErrorCode[];

/** Why one field was refused. Elements map each to a localized message next to the field. */
export const fieldErrorCodes = [
  'required',
  'invalid_format',
  'too_short',
  'too_long',
  'too_small',
  'too_large',
  'mismatch',
  'not_allowed',
] as const;
export type FieldErrorCode = (typeof fieldErrorCodes)[number];

export const FieldError = z.object({
  /** Dot path into the request input, e.g. `identifier.phone` or `documents.selfie`. */
  path: z.string(),
  code: z.enum(fieldErrorCodes),
});
export type FieldError = z.infer<typeof FieldError>;

/**
 * RFC 9457 problem details, `application/problem+json`. `code` is the stable key; the optional members carry what a
 * particular code needs (`retryAfter` for 429, `lockedUntil` for `account_locked`, ...). Unknown members are
 * allowed so a backend may add its own.
 */
export const Problem = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.int().check(z.gte(400), z.lte(599)),
  code: z.string(),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  fields: z.optional(z.array(FieldError)),
  /** Seconds until a retry may succeed (mirrors the `Retry-After` header). */
  retryAfter: z.optional(z.int().check(z.gte(0))),
  lockedUntil: z.optional(z.iso.datetime()),
  availableAt: z.optional(z.iso.datetime()),
  attemptsRemaining: z.optional(z.int().check(z.gte(0))),
  /** For `prerequisite_missing` and `step_up_required`: the factors or steps still needed. */
  required: z.optional(z.array(z.string())),
});
export type Problem = z.infer<typeof Problem>;

export const problemTypeBase = 'https://tillit.dev/problems/';
