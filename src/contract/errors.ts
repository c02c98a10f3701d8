import * as z from 'zod/mini';
import type { Endpoint } from './define.js';

/**
 * Every machine-readable error code a backend may answer with, and its HTTP status. The `code` is the stable
 * contract: elements map each one to a localized message; `status` is what a conforming backend sends. What each
 * code means is in `docs/errors.docs.ts` (`errorMeanings`), which no bundle imports.
 */
export const errorCatalog = {
  validation_failed: { status: 422 },
  malformed_request: { status: 400 },
  unauthenticated: { status: 401 },
  csrf_failed: { status: 403 },
  forbidden: { status: 403 },
  not_found: { status: 404 },
  method_not_allowed: { status: 405 },
  payload_too_large: { status: 413 },
  unsupported_media_type: { status: 415 },
  rate_limited: { status: 429 },
  internal_error: { status: 500 },
  service_unavailable: { status: 503 },

  invalid_credentials: { status: 401 },
  account_locked: { status: 423 },
  captcha_required: { status: 428 },
  captcha_invalid: { status: 422 },
  challenge_expired: { status: 410 },
  method_not_available: { status: 422 },
  invalid_code: { status: 422 },
  code_expired: { status: 422 },
  code_already_used: { status: 422 },
  too_many_attempts: { status: 429 },
  resend_too_soon: { status: 429 },
  passkey_failed: { status: 422 },
  social_failed: { status: 422 },
  social_not_linked: { status: 409 },

  password_too_weak: { status: 422 },
  reset_not_verified: { status: 409 },

  step_up_required: { status: 403 },
  verification_invalid: { status: 403 },
  already_bound: { status: 409 },
  not_bound: { status: 409 },
  identifier_in_cooldown: { status: 409 },
  identifier_taken: { status: 409 },
  last_factor: { status: 409 },
  prerequisite_missing: { status: 409 },
  request_pending: { status: 409 },

  kyc_level_unavailable: { status: 409 },
  documents_missing: { status: 422 },
  idempotency_conflict: { status: 409 },
} as const satisfies Record<string, { status: number }>;

export type ErrorCode = keyof typeof errorCatalog;
export const errorCodes = Object.keys(errorCatalog) as ErrorCode[];

/** Codes any row may answer whatever it takes: a policy in front of the backend, a limit, a fault. */
export const anyRowErrors = ['forbidden', 'rate_limited', 'internal_error', 'service_unavailable'] as const satisfies readonly ErrorCode[];

/** Codes for requests no row serves: an unknown path (`not_found`), a known path with another method. */
export const routeErrors = ['not_found', 'method_not_allowed'] as const satisfies readonly ErrorCode[];

/** What of a row decides the codes it answers without listing them. */
export type ImpliedErrorSource = Pick<Endpoint, 'method' | 'access' | 'input' | 'needsSession'>;

/** Whether a row's input has any field, so that a request can break it (`validation_failed`). */
function hasInputFields(input: ImpliedErrorSource['input']): boolean {
  const shape = (input._zod.def as { shape?: object }).shape;
  return shape === undefined || Object.keys(shape).length > 0;
}

/**
 * The codes a row answers because of its access level, method and input, which its `errors` do not repeat:
 * `anyRowErrors` always; `validation_failed` when the input has fields; `malformed_request` and `payload_too_large`
 * when it takes a body (POST, PATCH); `unauthenticated` for signed-in rows, and `csrf_failed` when such a row has an
 * unsafe method. A bodiless GET never answers 413 or 415, and no row answers 405 (a path does, for a method it has no
 * row for). The generator, the reference backend and the conformance suite all derive a row's codes from here.
 */
export function impliedErrors(row: ImpliedErrorSource): ErrorCode[] {
  const codes: ErrorCode[] = [...anyRowErrors];
  if (hasInputFields(row.input)) codes.push('validation_failed');
  if (row.method === 'POST' || row.method === 'PATCH') codes.push('malformed_request', 'payload_too_large');
  if (row.access === 'session' || row.needsSession) {
    codes.push('unauthenticated');
    if (row.method !== 'GET') codes.push('csrf_failed');
  }
  return codes;
}

/** Every code a row may answer: its own `errors` and the implied ones. */
export function declaredErrors(row: ImpliedErrorSource & Pick<Endpoint, 'errors'>): Set<ErrorCode> {
  return new Set<ErrorCode>([...impliedErrors(row), ...row.errors]);
}

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
  /** For `prerequisite_missing`: the factors to bind first (`totp`, `sms`); for `step_up_required`: the action. */
  required: z.optional(z.array(z.string())),
});
export type Problem = z.infer<typeof Problem>;

export const problemTypeBase = 'https://tillit.dev/problems/';
