import type { TillitError } from './errors.js';

export interface RetryOptions {
  /** Extra attempts after the first. */
  retries: number;
  baseDelayMs: number;
  /** Longest wait between attempts; a `Retry-After` beyond it ends the retries instead. */
  maxDelayMs: number;
}

export const defaultRetry: RetryOptions = { retries: 2, baseDelayMs: 300, maxDelayMs: 5000 };

const RETRYABLE_STATUS: ReadonlySet<number> = new Set([429, 502, 503, 504]);

/** Faults a repeat may cure. Only asked for idempotent rows: repeating anything else could act twice. */
export function isRetryable(error: TillitError): boolean {
  if (error.code === 'network' || error.code === 'timeout') return true;
  return error.status !== undefined && RETRYABLE_STATUS.has(error.status);
}

/**
 * Milliseconds to wait before retry number `retry` (0-based), or undefined to give up. A `Retry-After` is obeyed
 * as is; waiting less would only earn another 429, so one longer than `maxDelayMs` is left to the caller (its
 * `retryAfter` drives a countdown). Otherwise exponential backoff with jitter, so clients that failed together
 * do not come back together.
 */
export function retryDelay(
  error: TillitError,
  retry: number,
  options: RetryOptions,
  random: () => number = Math.random,
): number | undefined {
  if (error.retryAfter !== undefined) {
    const ms = error.retryAfter * 1000;
    return ms <= options.maxDelayMs ? ms : undefined;
  }
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** retry);
  return ceiling / 2 + (random() * ceiling) / 2;
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
