import type { RequestRow } from './build-request.js';
import type { Checked, CompiledRow } from './validate.js';
import { validate } from './validate.js';

/** Checks a value against a row's input or output; `original` is what the caller passed, for the field codes. */
export type Check = (value: unknown, original?: unknown) => Checked;

/** A row as a call needs it: how to build the request, whether a retry is safe, and its validators. */
export interface ClientRow extends RequestRow {
  readonly idempotent?: boolean | undefined;
  readonly input: Check;
  /** Undefined for 204 rows. */
  readonly output?: Check | undefined;
}

/** A row of a generated src/client/compiled/<flow>.ts, validated by the client's own validator. */
export function compiledRow(row: CompiledRow): ClientRow {
  const { input, output } = row;
  return {
    ...row,
    input: (value, original) => validate(input, value, original),
    output: output && ((value) => validate(output, value)),
  };
}
