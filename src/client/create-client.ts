import { endpoints } from '../contract/index.js';
import type { Endpoints } from '../contract/index.js';
import { createClientFor } from './create-client-for.js';
import type { ClientOptions, TillitClient } from './types.js';

/**
 * The typed client of the tillit contract: `createClient({ baseUrl }).signIn({ identifier, password })`.
 * Every method validates its input, rejects with a `TillitError`, and resolves with the checked answer.
 */
export function createClient(options: ClientOptions): TillitClient<Endpoints> {
  return createClientFor(endpoints, options);
}
