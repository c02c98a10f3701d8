import type { Endpoints } from '../contract/endpoints.js';
import type { ClientState } from './call-endpoint.js';
import { callEndpoint } from './call-endpoint.js';
import { endpointNames } from './endpoint-names.js';
import { loadContract } from './load-contract.js';
import type { CallOptions, ClientOptions, TillitClient } from './types.js';

type Method = (input?: unknown, call?: CallOptions) => Promise<unknown>;

/**
 * The typed client of the tillit contract: `createClient({ baseUrl }).signIn({ identifier, password })`.
 * Every method validates its input, rejects with a `TillitError`, and resolves with the checked answer.
 *
 * One method per row of the endpoint table, typed from the table. The rows' schemas load with the first call
 * (one shared chunk), so importing the client costs only the transport.
 */
export function createClient(options: ClientOptions): TillitClient<Endpoints> {
  const state: ClientState = {};
  const methods: Record<string, Method> = {};
  for (const name of endpointNames) {
    methods[name] = async (input, call) => {
      const { endpoints } = await loadContract();
      return callEndpoint(endpoints[name], input, options, state, call);
    };
  }
  return Object.freeze(methods) as unknown as TillitClient<Endpoints>;
}
