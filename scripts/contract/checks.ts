import type { Flow } from '../../src/contract/define.js';
import { pathParams } from './schemas.js';
import { allRows, type ContractSource } from './source.js';

/**
 * Sanity of the endpoint table. `errors` make the generated documents wrong (the generator refuses to run);
 * `pending` are flow steps naming rows that do not exist, expected while some flow has no rows yet and errors
 * once every flow has; `warnings` (error codes no row gives) leave the documents right but the catalog untidy:
 * the node tests fail on them, the generator only tells.
 */
export interface TableReport {
  readonly errors: string[];
  readonly pending: string[];
  readonly warnings: string[];
  /** Flows without a single row yet. While any is listed, the table counts as unfinished. */
  readonly emptyFlows: Flow[];
  readonly unusedCodes: string[];
  readonly missingSteps: string[];
}

export function emptyFlows(source: ContractSource): Flow[] {
  const used = new Set(allRows(source).map(([, row]) => row.flow));
  return (Object.keys(source.flowSections) as Flow[]).filter((flow) => !used.has(flow));
}

export function checkTable(source: ContractSource): TableReport {
  const errors: string[] = [];
  const rows = allRows(source);

  const seenKeys = new Map<string, string>();
  for (const [table, entries] of Object.entries(source.flowTables)) {
    for (const [key, row] of Object.entries(entries)) {
      const other = seenKeys.get(key);
      if (other) errors.push(`operationId ${key} is defined in both ${other} and ${table}`);
      else seenKeys.set(key, table);
      if (source.endpoints[key] !== row && source.testingEndpoints[key] !== row) {
        errors.push(`${table}.${key} is not the row that endpoints or testingEndpoints hold under that name`);
      }
    }
  }
  for (const key of Object.keys(source.testingEndpoints)) {
    if (key in source.endpoints) errors.push(`operationId ${key} is in both endpoints and testingEndpoints`);
  }

  const routes = new Map<string, string>();
  for (const [key, row] of rows) {
    if (!row.path.startsWith('/v1/')) errors.push(`${key}: path ${row.path} does not start with /v1/`);
    const route = `${row.method} ${row.path.replace(/:[A-Za-z0-9_]+/g, ':')}`;
    const other = routes.get(route);
    if (other) errors.push(`${key}: ${row.method} ${row.path} is also the route of ${other}`);
    else routes.set(route, key);

    const def = row.input._zod.def as { type: string; shape?: Record<string, unknown> };
    if (def.type !== 'object') errors.push(`${key}: input must be a z.object (it is ${def.type})`);
    for (const name of pathParams(row.path)) {
      if (!def.shape || !(name in def.shape)) errors.push(`${key}: path parameter :${name} is not a field of the input`);
    }
    for (const code of row.errors) {
      if (!(code in source.errorCatalog)) errors.push(`${key}: error code ${code} is not in errorCatalog`);
    }
    if (new Set(row.errors).size !== row.errors.length) errors.push(`${key}: an error code is listed twice`);
    const status = row.status ?? 200;
    if (status === 204 && row.output !== undefined) errors.push(`${key}: status 204 with an output schema`);
    if (status !== 204 && row.output === undefined) errors.push(`${key}: no output schema, so the status must be 204`);
    if (row.upload && row.method !== 'POST' && row.method !== 'PATCH') errors.push(`${key}: uploads must be POST or PATCH`);
    if (!(row.flow in source.flowSections)) errors.push(`${key}: flow ${row.flow} has no section in flows.ts`);
  }
  for (const [key, row] of rows) {
    for (const code of source.impliedErrors(row)) {
      if (!(code in source.errorCatalog)) errors.push(`${key}: implied error code ${code} is not in errorCatalog`);
    }
    for (const name of pathParams(row.path)) {
      if (!source.pathParameterDocs[name]) errors.push(`${key}: path parameter :${name} has no description in pathParameterDocs`);
    }
  }
  for (const code of source.routeErrors) {
    if (!(code in source.errorCatalog)) errors.push(`routeErrors: ${code} is not in errorCatalog`);
  }
  for (const [key] of rows) {
    if (!Object.hasOwn(source.endpointDocs, key)) errors.push(`${key}: no summary in src/contract/docs (endpointDocs)`);
  }
  for (const key of Object.keys(source.endpointDocs)) {
    if (!(key in source.endpoints) && !(key in source.testingEndpoints)) errors.push(`endpointDocs.${key} is not a row of endpoints or testingEndpoints`);
  }
  for (const code of Object.keys(source.errorCatalog)) {
    if (!Object.hasOwn(source.errorMeanings, code)) errors.push(`error code ${code} has no meaning in src/contract/docs (errorMeanings)`);
  }
  for (const code of Object.keys(source.errorMeanings)) {
    if (!(code in source.errorCatalog)) errors.push(`errorMeanings.${code} is not in errorCatalog`);
  }

  const used = new Set([
    ...source.routeErrors,
    ...rows.flatMap(([, row]) => [...row.errors, ...source.impliedErrors(row)]),
  ]);
  const unusedCodes = Object.keys(source.errorCatalog).filter((code) => !used.has(code));

  const missingSteps: string[] = [];
  for (const guide of source.flows) {
    for (const step of guide.steps) {
      if (!(step.endpoint in source.endpoints) && !(step.endpoint in source.testingEndpoints)) {
        missingSteps.push(`flow "${guide.title}": step ${step.endpoint} is not a row of endpoints or testingEndpoints`);
      }
    }
  }

  const empty = emptyFlows(source);
  const unused = unusedCodes.map((code) => `error code ${code} is given by no row, implied for none, and answers no route`);
  return {
    errors: empty.length === 0 ? [...errors, ...missingSteps] : errors,
    pending: empty.length === 0 ? [] : missingSteps,
    warnings: unused,
    emptyFlows: empty,
    unusedCodes,
    missingSteps,
  };
}
