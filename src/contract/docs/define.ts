import type { EndpointTable } from '../define.js';

/** The prose of one row: a one-line `summary` and, for CONTRACT.md and openapi.json, the rules it enforces. */
export interface EndpointDoc {
  readonly summary: string;
  /** Longer prose for CONTRACT.md: the rules the endpoint enforces. */
  readonly description?: string;
}

/**
 * The prose of a table, one entry per row and none for a row it does not hold, so a row without docs (or docs of
 * a row that is gone) fails the typecheck.
 */
export type EndpointDocs<T extends EndpointTable> = { readonly [K in keyof T]: EndpointDoc };
