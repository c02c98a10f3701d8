import type { EndpointTable } from '../contract/define.js';
import { callEndpoint } from './call-endpoint.js';
import type { ClientState } from './call-endpoint.js';
import type { CallOptions, ClientOptions, TillitClient } from './types.js';

/**
 * A client over any endpoint table: one method per row, named by its key. The conformance suite uses it with
 * `testingEndpoints`; products use `createClient`.
 */
export function createClientFor<T extends EndpointTable>(table: T, options: ClientOptions): TillitClient<T> {
  const state: ClientState = {};
  const methods: Record<string, (input?: unknown, call?: CallOptions) => Promise<unknown>> = {};
  for (const [name, row] of Object.entries(table)) {
    methods[name] = (input, call) => callEndpoint(row, input, options, state, call);
  }
  return Object.freeze(methods) as unknown as TillitClient<T>;
}
