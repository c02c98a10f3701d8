import type { Endpoint, EndpointTable } from '../contract/define.js';
import { callEndpoint } from './call-endpoint.js';
import type { ClientState } from './call-endpoint.js';
import type { Check, ClientRow } from './client-row.js';
import { fieldErrorsFromIssues } from './field-errors.js';
import type { CallOptions, ClientOptions, TillitClient } from './types.js';

/** Validates with the row's own zod schema (the table brings zod along; this module imports none of it). */
function zodCheck(schema: Endpoint['input']): Check {
  return (value, original = value) => {
    const result = schema.safeParse(value);
    if (result.success) return { ok: true, value: result.data };
    return { ok: false, fields: fieldErrorsFromIssues(result.error.issues, original), cause: result.error };
  };
}

function zodRow(row: Endpoint): ClientRow {
  return { ...row, input: zodCheck(row.input), output: row.output && zodCheck(row.output) };
}

/**
 * A client over any endpoint table of zod schemas: one method per row, named by its key, validating with the row's
 * schemas. The conformance suite uses it with `testingEndpoints`; products use `createClient`, which ships no zod.
 */
export function createClientFor<T extends EndpointTable>(table: T, options: ClientOptions): TillitClient<T> {
  const state: ClientState = {};
  const methods: Record<string, (input?: unknown, call?: CallOptions) => Promise<unknown>> = {};
  for (const [name, row] of Object.entries(table)) {
    const clientRow = zodRow(row);
    methods[name] = (input, call) => callEndpoint(clientRow, input, options, state, call);
  }
  return Object.freeze(methods) as unknown as TillitClient<T>;
}
