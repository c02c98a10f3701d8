import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { checkTable, type TableReport } from './checks.js';
import { renderMarkdown } from './markdown.js';
import { buildOpenApi } from './openapi.js';
import { allRows, type ContractSource, type JsonObject } from './source.js';
import { convertSchemas } from './schemas.js';

/** The files the generator writes, relative to the repository root. */
export const outputFiles = ['openapi.json', 'CONTRACT.md'] as const;
export type OutputFile = (typeof outputFiles)[number];

export interface GeneratedContract {
  readonly files: Record<OutputFile, string>;
  readonly openapi: JsonObject;
  readonly report: TableReport;
}

/** Builds both documents from a contract, or throws listing every problem of the table. */
export function generateContract(source: ContractSource): GeneratedContract {
  const report = checkTable(source);
  if (report.errors.length > 0) {
    throw new Error(`The endpoint table has problems:\n${report.errors.map((line) => `  - ${line}`).join('\n')}`);
  }
  const schemas = convertSchemas(allRows(source), source.namedSchemas);
  const openapi = buildOpenApi(source, schemas);
  const used = Object.keys((openapi['components'] as { schemas: JsonObject }).schemas);
  return {
    files: {
      'openapi.json': `${JSON.stringify(openapi, null, 2)}\n`,
      'CONTRACT.md': renderMarkdown(source, schemas, used),
    },
    openapi,
    report,
  };
}

/** Validates a document with @seriousme/openapi-schema-validator; resolves to a list of problems (empty if valid). */
export async function validateOpenApi(doc: JsonObject): Promise<string[]> {
  const validator = new Validator();
  // The validator may annotate what it is given; hand it a copy.
  const result = await validator.validate(JSON.parse(JSON.stringify(doc)) as Record<string, unknown>);
  if (result.valid) return [];
  if (typeof result.errors === 'string') return [result.errors];
  return (result.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
}

/** The committed files that differ from what the generator would write. */
export async function staleFiles(root: string, generated: GeneratedContract): Promise<OutputFile[]> {
  const stale: OutputFile[] = [];
  for (const file of outputFiles) {
    const committed = await readFile(join(root, file), 'utf8').catch(() => undefined);
    if (committed !== generated.files[file]) stale.push(file);
  }
  return stale;
}
