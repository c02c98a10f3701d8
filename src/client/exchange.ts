import type { BuiltRequest } from './build-request.js';
import { TillitError } from './errors.js';
import type { RawResponse } from './read-response.js';

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface ExchangeOptions {
  fetch: FetchLike;
  timeoutMs: number;
  /** The caller's signal: aborting it rejects with `aborted`. */
  signal?: AbortSignal | undefined;
}

export function abortedError(signal: AbortSignal): TillitError {
  return new TillitError('aborted', 'The call was aborted.', { cause: signal.reason });
}

/**
 * Settles when `work` does or when `signal` aborts, whichever is first, so a fetch that ignores its signal
 * (a custom one, or a stalled body) cannot hold a call past its timeout.
 */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * One request and its whole body, bounded by a timeout and the caller's signal. Transport failures become
 * `network`, `timeout` or `aborted`; HTTP answers of any status are returned for `readResponse` to judge.
 */
export async function exchange(request: BuiltRequest, options: ExchangeOptions): Promise<RawResponse> {
  const { signal } = options;
  if (signal?.aborted) throw abortedError(signal);

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException('The call timed out.', 'TimeoutError'));
  }, options.timeoutMs);
  const forwardAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', forwardAbort, { once: true });

  try {
    return await untilAborted(
      (async () => {
        const response = await options.fetch(request.url, { ...request.init, signal: controller.signal });
        return { status: response.status, headers: response.headers, body: await response.text() };
      })(),
      controller.signal,
    );
  } catch (cause) {
    if (signal?.aborted) throw abortedError(signal);
    if (timedOut) throw new TillitError('timeout', `No answer within ${options.timeoutMs} ms.`, { cause });
    throw new TillitError('network', 'The backend could not be reached.', { cause });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }
}
