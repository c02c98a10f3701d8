import type * as z from 'zod/mini';
import type { ErrorCode } from './errors.js';

/** The journeys of ../shared/FLOWS.md; CONTRACT.md groups endpoints by these. */
export type Flow =
  | 'sign-in'
  | 'session'
  | 'password-reset'
  | 'step-up'
  | 'security'
  | 'two-factor-reset'
  | 'kyc'
  | 'testing';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/**
 * Who may call an endpoint:
 * - `public`: anyone (sign-in, password reset, lost-2FA request);
 * - `session`: a signed-in user, by cookie (+ `X-CSRF-Token` on unsafe methods) or bearer token;
 * - `testing`: only a backend running in conformance/test mode.
 */
export type Access = 'public' | 'session' | 'testing';

/**
 * One row of the endpoint table. The client derives its typed method from it, the reference backend validates
 * requests and responses with the same schemas, and the OpenAPI document and CONTRACT.md are generated from it.
 *
 * `input` is one object: fields named in `path` (`/v1/things/:id`) fill the path, the rest become the query
 * string (GET, DELETE) or the JSON body (POST, PATCH); for `upload` endpoints the body is multipart/form-data.
 * `output` is the 2xx body; `undefined` means 204 No Content. A row holds only what runs; its prose (summary and
 * rules) lives beside it in `docs/<flow>.docs.ts`, which no bundle imports.
 */
export interface Endpoint<
  I extends z.ZodMiniType = z.ZodMiniType,
  O extends z.ZodMiniType | undefined = z.ZodMiniType | undefined,
  E extends ErrorCode = ErrorCode,
> {
  readonly method: HttpMethod;
  readonly path: `/v1/${string}`;
  readonly flow: Flow;
  readonly access: Access;
  readonly input: I;
  readonly output: O;
  /** The success status: 200 unless said otherwise (201 for creations, 202 for accepted reviews, 204 for no body). */
  readonly status?: 200 | 201 | 202 | 204;
  /**
   * Error codes this endpoint may answer with because of what it does. The codes that follow from its access level,
   * method and input (`impliedErrors`: `unauthenticated` for session rows, `malformed_request` for bodies, ...) are
   * not repeated here.
   */
  readonly errors: readonly E[];
  /** Safe to repeat: the client retries these with backoff on network faults, 502/503/504 and 429. */
  readonly idempotent?: boolean;
  /** The body is multipart/form-data; the client reports upload progress. */
  readonly upload?: boolean;
  /** Upload rows: the media types a file part may be (read from its content, whatever it declares). */
  readonly fileTypes?: readonly string[];
  /**
   * A testing row that acts for the signed-in user of the request: the session checks of `session` rows apply
   * (`unauthenticated`; `csrf_failed` for a cookie session without its token on an unsafe method).
   */
  readonly needsSession?: boolean;
  /**
   * A cookie the row sets in cookie mode besides the session cookie, which every row answering a `Session` sets:
   * `clears-session` (sign-out clears `tillit_session`), `social-state` (`tillit_social`, which ties a social sign-in
   * to the browser that started it).
   */
  readonly cookie?: 'clears-session' | 'social-state';
}

/** Keeps literal types of a row while checking it against `Endpoint`. */
export function endpoint<
  const I extends z.ZodMiniType,
  const O extends z.ZodMiniType | undefined,
  const E extends ErrorCode,
>(def: Endpoint<I, O, E>): Endpoint<I, O, E> {
  return def;
}

export type EndpointTable = Readonly<Record<string, Endpoint>>;

/** Path parameter names of a path template: `'/v1/a/:id/b/:x'` -> `'id' | 'x'`. */
export type PathParams<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | PathParams<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;
