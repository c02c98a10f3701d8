/**
 * The runtime half of the contract the client needs: the endpoint table's schemas, the problem schema and the
 * known error codes. Loaded with the first call (see `load-contract.ts`), so importing `tillit/client` costs only
 * the transport; zod and the schemas arrive when a request is made.
 */
import { endpoints } from '../contract/endpoints.js';
import { errorCatalog, Problem } from '../contract/errors.js';

export { endpoints, Problem };

export function isKnownCode(code: string): boolean {
  return Object.hasOwn(errorCatalog, code);
}
