import type { Endpoint, EndpointTable } from '../contract/define.js';
import type { Endpoints } from '../contract/endpoints.js';
import type { ClientState } from './call-endpoint.js';
import { callEndpoint, chunkError } from './call-endpoint.js';
import { loadProblemRuntime } from './load-problem-runtime.js';
import { rowLoaders } from './row-loaders.js';
import type { CallOptions, ClientOptions, TillitClient } from './types.js';

type Method = (input?: unknown, call?: CallOptions) => Promise<unknown>;

/**
 * The typed client of the tillit contract: `createClient({ baseUrl }).signIn({ identifier, password })`.
 * Every method validates its input, rejects with a `TillitError`, and resolves with the checked answer.
 *
 * One method per row of the endpoint table, typed from the table. A row's schemas load with the first call of any
 * row of its flow (one chunk per flow), so importing the client costs only the transport, and a sign-in page never
 * downloads the schemas of KYC, security settings or password reset.
 */
export function createClient(options: ClientOptions): TillitClient<Endpoints> {
  const state: ClientState = {};
  const methods: Record<string, Method> = {};
  for (const [name, loadRow] of Object.entries(rowLoaders)) {
    methods[name] = async (input, call) => {
      // Both chunks at once: the first call would otherwise wait for one round trip after the other.
      void loadProblemRuntime().catch(() => undefined);
      const rows = await loadRow().catch((cause: unknown) => {
        throw chunkError(cause);
      });
      return callEndpoint((rows as EndpointTable)[name] as Endpoint, input, options, state, call);
    };
  }
  return Object.freeze(methods) as unknown as TillitClient<Endpoints>;
}
