import { buildRequest } from './build-request.js';
import type { ClientRow } from './client-row.js';
import { TillitError } from './errors.js';
import { abortedError, exchange } from './exchange.js';
import type { FetchLike } from './exchange.js';
import { describeFields, readResponse } from './read-response.js';
import { defaultRetry, isRetryable, retryDelay, sleep } from './retry.js';
import type { CallOptions, ClientOptions } from './types.js';
import type { UploadProgress } from './xhr-fetch.js';

/** What one client remembers between calls. */
export interface ClientState {
  csrfToken?: string;
}

function parseInput(row: ClientRow, input: unknown): unknown {
  const result = row.input(input ?? {}, input);
  if (result.ok) return result.value;
  const { fields, cause } = result;
  throw new TillitError('validation_failed', `The input breaks the contract (${describeFields(fields)}).`, { fields, cause });
}

async function bearerToken(options: ClientOptions): Promise<string | null | undefined> {
  if (!options.getToken) return undefined;
  try {
    return (await options.getToken()) ?? null;
  } catch (cause) {
    throw new TillitError('unauthenticated', 'getToken() failed.', { cause });
  }
}

function chooseFetch(options: ClientOptions, onProgress?: (progress: UploadProgress) => void): FetchLike {
  // Called as a plain function: a fetch called as a method of the options object throws "Illegal invocation".
  const viaFetch: FetchLike = (url, init) => (options.fetch ?? globalThis.fetch)(url, init);
  if (!onProgress) return viaFetch;
  // Progress reporting loads with the first upload only: a page that uploads nothing never downloads it.
  return async (url, init) => (await import('./xhr-fetch.js')).withProgress(options.fetch && viaFetch, onProgress)(url, init);
}

/** Validates the input, sends it (retrying idempotent rows on passing faults) and checks the answer. */
export async function callEndpoint(
  row: ClientRow,
  input: unknown,
  options: ClientOptions,
  state: ClientState,
  call: CallOptions = {},
): Promise<unknown> {
  const { signal } = call;
  if (signal?.aborted) throw abortedError(signal);
  const parsed = parseInput(row, input);
  const retry = { ...defaultRetry, ...options.retry };
  const fetchLike = chooseFetch(options, call.onUploadProgress);

  for (let attempt = 0; ; attempt++) {
    try {
      const token = await bearerToken(options);
      const request = buildRequest(row, parsed, {
        baseUrl: options.baseUrl,
        credentials: options.credentials ?? (token === undefined ? 'include' : 'omit'),
        headers: typeof options.headers === 'function' ? options.headers() : options.headers,
        bearerToken: token,
        csrfToken: state.csrfToken,
        locale: typeof options.locale === 'function' ? options.locale() : options.locale,
      });
      const response = await exchange(request, {
        fetch: fetchLike,
        timeoutMs: call.timeoutMs ?? options.timeoutMs ?? 15_000,
        signal,
      });
      state.csrfToken = response.headers.get('X-CSRF-Token') ?? state.csrfToken;
      return await readResponse(row, response);
    } catch (error) {
      if (!(error instanceof TillitError)) throw error;
      if (!row.idempotent || attempt >= retry.retries || !isRetryable(error)) throw error;
      const delay = retryDelay(error, attempt, retry);
      if (delay === undefined) throw error;
      await sleep(delay, signal).catch(() => {
        throw abortedError(signal as AbortSignal);
      });
    }
  }
}
