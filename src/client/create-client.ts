import type { Endpoints } from '../contract/endpoints.js';
import type { ClientState } from './call-endpoint.js';
import { callEndpoint } from './call-endpoint.js';
import { loadContract } from './load-contract.js';
import type { CallOptions, ClientOptions, TillitClient } from './types.js';

type Method = (input?: unknown, call?: CallOptions) => Promise<unknown>;

/**
 * The typed client of the tillit contract: `createClient({ baseUrl }).signIn({ identifier, password })`.
 * Every method validates its input, rejects with a `TillitError`, and resolves with the checked answer.
 *
 * The methods are the rows of the endpoint table. Their types come from the table at compile time; at run time
 * a method looks its row up in the table, which loads with the first call, so that importing the client stays
 * small (zod and the schemas are a separate chunk).
 */
export function createClient(options: ClientOptions): TillitClient<Endpoints> {
  const state: ClientState = {};
  const methods = new Map<string, Method>();

  const methodFor = (name: string): Method => {
    let method = methods.get(name);
    if (!method) {
      method = async (input, call) => {
        const { endpoints } = await loadContract();
        const row = Object.hasOwn(endpoints, name) ? endpoints[name as keyof Endpoints] : undefined;
        if (!row) throw new TypeError(`tillit client: the contract has no endpoint "${name}".`);
        return callEndpoint(row, input, options, state, call);
      };
      methods.set(name, method);
    }
    return method;
  };

  return new Proxy(Object.freeze({}), {
    // `then` must stay undefined, or `await client` would treat the client as a promise.
    get: (_target, name) => (typeof name === 'string' && name !== 'then' ? methodFor(name) : undefined),
    has: (_target, name) => typeof name === 'string' && name !== 'then',
  }) as TillitClient<Endpoints>;
}
