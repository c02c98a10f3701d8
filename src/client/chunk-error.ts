import { TillitError } from './errors.js';

/** A lazily loaded chunk of the client (a flow's validators, the error-answer reader) did not arrive: offline, or a stale deploy. */
export function chunkError(cause: unknown): TillitError {
  return new TillitError('network', 'The contract chunk could not be loaded.', { cause });
}
