/**
 * What reading any answer needs besides the row's own schemas: the problem schema and the known error codes.
 * Loaded with the first call (see `load-problem-runtime.ts`), so importing `tillit/client` costs only the
 * transport; the rows' schemas load per flow (`row-loaders.ts`).
 */
import { errorCatalog, Problem } from '../contract/errors.js';

export { Problem };

export function isKnownCode(code: string): boolean {
  return Object.hasOwn(errorCatalog, code);
}
