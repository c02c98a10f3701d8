import type * as z from 'zod/mini';
import type { Endpoint, EndpointTable } from '../contract/define.js';
import type { Endpoints } from '../contract/index.js';
import type { RetryOptions } from './retry.js';
import type { UploadProgress } from './xhr-fetch.js';

export type { RetryOptions, UploadProgress };

export interface ClientOptions {
  /** Where the backend lives: `https://api.example.com`, or a path such as `/api` on the page's origin. */
  baseUrl: string;
  /** Defaults to the global `fetch`, looked up at call time. */
  fetch?: typeof fetch;
  /** Defaults to `'include'` (cookie sessions) and to `'omit'` in bearer mode (`getToken` given). */
  credentials?: RequestCredentials;
  /** Extra headers on every request; a function is asked again for each request. */
  headers?: HeadersInit | (() => HeadersInit);
  /**
   * Bearer mode: asked before each request; a token is sent as `Authorization: Bearer`, and every request says
   * `X-Tillit-Session-Mode: bearer` so sign-in answers carry `session.token`. A throw fails the call as
   * `unauthenticated`.
   */
  getToken?: () => string | null | undefined | Promise<string | null | undefined>;
  /** Sent as `Accept-Language`, so the backend can localize `title`/`detail`. */
  locale?: string | (() => string | undefined);
  /** Per attempt; default 15000. */
  timeoutMs?: number;
  /** For `idempotent` rows only; default `{ retries: 2, baseDelayMs: 300, maxDelayMs: 5000 }`. */
  retry?: Partial<RetryOptions>;
}

export interface CallOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  /**
   * Upload progress. With the global fetch and a browser's XMLHttpRequest, reported as the body goes out; with a
   * custom `fetch` (or no XHR) reported once, complete, when the answer arrives.
   */
  onUploadProgress?: (progress: UploadProgress) => void;
}

/** What a row's method resolves with: the parsed 2xx body, or nothing for 204 rows. */
export type EndpointResult<R extends Endpoint> = R['output'] extends z.ZodMiniType ? z.output<R['output']> : void;

/** The input may be left out when the row's input has no required fields (`Empty`). */
type EndpointArgs<R extends Endpoint> =
  Record<string, never> extends z.input<R['input']>
    ? [input?: z.input<R['input']>, options?: CallOptions]
    : [input: z.input<R['input']>, options?: CallOptions];

export type EndpointMethod<R extends Endpoint> = (...args: EndpointArgs<R>) => Promise<EndpointResult<R>>;

/** One method per row of the table, named by its key. */
export type TillitClient<T extends EndpointTable = Endpoints> = { readonly [K in keyof T]: EndpointMethod<T[K]> };
