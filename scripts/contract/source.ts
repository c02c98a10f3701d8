import type * as z from 'zod/mini';
import type { Endpoint, Flow } from '../../src/contract/define.js';
import type { EndpointDoc } from '../../src/contract/docs/define.js';
import type { SecurityRule } from '../../src/contract/docs/rules.docs.js';
import type { FlowGuide } from '../../src/contract/flows.js';

/** A loose JSON value: what the generators build and serialize. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** One row of the endpoint table, as the generators see it. */
export type Row = Omit<Endpoint, 'errors'> & { readonly errors: readonly string[] };

/**
 * Everything the generators read, gathered from src/contract so tests can hand in a small made-up contract.
 */
export interface ContractSource {
  readonly version: string;
  readonly endpoints: Readonly<Record<string, Row>>;
  readonly testingEndpoints: Readonly<Record<string, Row>>;
  /**
   * The per-file tables (`signInEndpoints`, `kycTestingEndpoints`, ...) that `endpoints` and `testingEndpoints`
   * spread, to find keys that overwrite each other.
   */
  readonly flowTables: Readonly<Record<string, Readonly<Record<string, Row>>>>;
  /** Exported schemas by export name: the ones that are objects or unions become named OpenAPI components. */
  readonly namedSchemas: Readonly<Record<string, z.ZodMiniType>>;
  readonly errorCatalog: Readonly<Record<string, { readonly status: number }>>;
  /** The prose of src/contract/docs: each row's summary and rules by table key, and what each error code means. */
  readonly endpointDocs: Readonly<Record<string, EndpointDoc>>;
  readonly errorMeanings: Readonly<Record<string, string>>;
  /** The codes a row answers by its access level, method and input, beyond its own `errors` (`impliedErrors`). */
  readonly impliedErrors: (row: Row) => readonly string[];
  /** Codes for requests no row serves (unknown path, known path with another method). */
  readonly routeErrors: readonly string[];
  /** CONTRACT.md's security rules, and a description of every path parameter name. */
  readonly securityRules: readonly SecurityRule[];
  readonly pathParameterDocs: Readonly<Record<string, string>>;
  readonly fieldErrorCodes: readonly string[];
  readonly problemTypeBase: string;
  readonly flows: readonly FlowGuide[];
  readonly flowSections: Readonly<Record<Flow, { readonly title: string; readonly summary: string }>>;
}

/** The docs of a row; the table check reports rows without docs before anything renders them. */
export function docOf(source: ContractSource, key: string): EndpointDoc {
  const doc = source.endpointDocs[key];
  if (!doc) throw new Error(`${key} has no entry in src/contract/docs`);
  return doc;
}

/** Both tables, endpoints first, each row with its table key. */
export function allRows(source: ContractSource): [string, Row][] {
  return [...Object.entries(source.endpoints), ...Object.entries(source.testingEndpoints)];
}

export function isZodSchema(value: unknown): value is z.ZodMiniType {
  return typeof value === 'object' && value !== null && '_zod' in value;
}

function isRow(value: unknown): value is Row {
  return (
    typeof value === 'object' &&
    value !== null &&
    'method' in value &&
    'path' in value &&
    'input' in value &&
    isZodSchema((value as { input: unknown }).input)
  );
}

function isTable(value: unknown): value is Record<string, Row> {
  return typeof value === 'object' && value !== null && !isZodSchema(value) && Object.values(value).every(isRow);
}

/**
 * Builds a source from the exports of src/contract/index.ts and src/contract/docs/index.ts (passed in, so this file
 * imports no contract values).
 */
export function sourceFromModule(
  contract: Record<string, unknown>,
  docs: Pick<ContractSource, 'endpointDocs' | 'errorMeanings' | 'securityRules' | 'pathParameterDocs'>,
  flows: readonly FlowGuide[],
  flowSections: ContractSource['flowSections'],
): ContractSource {
  const namedSchemas: Record<string, z.ZodMiniType> = {};
  const flowTables: Record<string, Record<string, Row>> = {};
  for (const [name, value] of Object.entries(contract)) {
    if (isZodSchema(value)) namedSchemas[name] = value;
    else if (name.endsWith('Endpoints') && name !== 'endpoints' && name !== 'testingEndpoints' && isTable(value)) {
      flowTables[name] = value;
    }
  }
  return {
    version: contract['contractVersion'] as string,
    endpoints: contract['endpoints'] as Record<string, Row>,
    testingEndpoints: contract['testingEndpoints'] as Record<string, Row>,
    flowTables,
    namedSchemas,
    errorCatalog: contract['errorCatalog'] as ContractSource['errorCatalog'],
    endpointDocs: docs.endpointDocs,
    errorMeanings: docs.errorMeanings,
    securityRules: docs.securityRules,
    pathParameterDocs: docs.pathParameterDocs,
    impliedErrors: contract['impliedErrors'] as ContractSource['impliedErrors'],
    routeErrors: contract['routeErrors'] as readonly string[],
    fieldErrorCodes: contract['fieldErrorCodes'] as readonly string[],
    problemTypeBase: contract['problemTypeBase'] as string,
    flows,
    flowSections,
  };
}
