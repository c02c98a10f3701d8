import { PrepareImageError } from './errors.js';

/**
 * Calls `stop` once, with `signal.reason` when the caller aborts or a `timeout` error when `timeoutMs` passes.
 * Returns the function that stops watching (call it when the work settles).
 */
export function watchDeadline(signal: AbortSignal | undefined, timeoutMs: number, stop: (reason: unknown) => void): () => void {
  let done = false;
  const end = (reason: unknown) => {
    if (done) return;
    dispose();
    stop(reason);
  };
  const onAbort = () => end(signal?.reason);
  const timer = setTimeout(() => end(new PrepareImageError('timeout', `The photo took longer than ${timeoutMs} ms.`)), timeoutMs);
  signal?.addEventListener('abort', onAbort, { once: true });
  function dispose() {
    done = true;
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
  return dispose;
}
