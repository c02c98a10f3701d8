import type { Endpoints } from '../contract/endpoints.js';
import type { ClientState } from './call-endpoint.js';
import { callEndpoint } from './call-endpoint.js';
import { chunkError } from './chunk-error.js';
import { compiledRow } from './client-row.js';
import { rowLoaders } from './row-loaders.js';
import type { CallOptions, ClientOptions, TillitClient } from './types.js';

type Method = (input?: unknown, call?: CallOptions) => Promise<unknown>;

/**
 * The typed client of the tillit contract: `createClient({ baseUrl }).signIn({ identifier, password })`.
 * Every method validates its input, rejects with a `TillitError`, and resolves with the checked answer.
 *
 * One method per row of the endpoint table, typed from the table. No zod runs in the browser: `npm run generate`
 * compiles each row's schemas into validator data (src/client/compiled/), read by one small validator
 * (`validate.ts`). A row's data loads with the first call of any row of its flow (one chunk per flow), so importing
 * the client costs only the transport and the validator, and a sign-in page never downloads what KYC, security
 * settings or password reset check.
 */
export function createClient(options: ClientOptions): TillitClient<Endpoints> {
  const state: ClientState = {};
  const methods: Record<string, Method> = {};
  for (const [name, loadRow] of Object.entries(rowLoaders)) {
    methods[name] = async (input, call) => {
      const rows = await loadRow().catch((cause: unknown) => {
        throw chunkError(cause);
      });
      const row = rows[name];
      if (!row) throw new Error(`The compiled rows of ${name} are missing it: run \`npm run generate\`.`);
      return callEndpoint(compiledRow(row), input, options, state, call);
    };
  }
  return Object.freeze(methods) as unknown as TillitClient<Endpoints>;
}
