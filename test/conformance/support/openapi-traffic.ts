import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { RowEntry } from './coverage.js';
import type { RecordedExchange } from './recording-fetch.js';

/*
 * The suite's real traffic against openapi.json, as an outside tool reads the document: every answer to an
 * operation must be one of its documented responses (status), with a documented media type, a body valid against
 * that response's JSON Schema (2020-12, validated with Ajv, not with the contract's zod schemas) and the headers
 * the response requires. What breaks this is collected and reported by zz-coverage.conformance.ts.
 */

type Json = Record<string, unknown>;
const doc = JSON.parse(readFileSync(new URL('../../../openapi.json', import.meta.url), 'utf8')) as Json & {
  paths: Record<string, Record<string, Json>>;
};
const DOC_ID = 'https://tillit.dev/openapi.json';

const ajv = new Ajv2020({ strict: true, allErrors: false, strictTypes: false });
addFormats.default(ajv);
// OpenAPI's own keyword, and the one format of the document that JSON Schema does not define.
ajv.addKeyword({ keyword: 'discriminator' });
ajv.addFormat('e164', /^\+[1-9]\d{6,14}$/);

/** A schema with its `#/components/schemas/<name>` refs pointed at the component schemas registered below. */
function anchored(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(anchored);
  if (value === null || typeof value !== 'object') return value;
  const out: Json = {};
  for (const [key, item] of Object.entries(value)) {
    const ref = key === '$ref' && typeof item === 'string' && item.startsWith('#/components/schemas/');
    out[key] = ref ? `${DOC_ID}#/$defs/${item.slice('#/components/schemas/'.length)}` : anchored(item);
  }
  return out;
}

// The component schemas, as one JSON Schema document whose `$defs` they are.
const componentSchemas = (doc['components'] as { schemas: Json }).schemas;
ajv.addSchema({ $id: DOC_ID, $defs: anchored(componentSchemas) as Json });

const compiled = new Map<string, ValidateFunction>();
function validatorFor(id: string, schema: unknown): ValidateFunction {
  let validate = compiled.get(id);
  if (!validate) compiled.set(id, (validate = ajv.compile(anchored(schema) as Json)));
  return validate;
}

const deref = (value: Json): Json => {
  const ref = value['$ref'];
  if (typeof ref !== 'string') return value;
  const parts = ref.replace(/^#\//, '').split('/');
  return parts.reduce<Json>((at, part) => at[part] as Json, doc);
};

const problems = new Map<string, number>();
const report = (exchange: RecordedExchange, what: string): void => {
  const line = `${exchange.method} ${new URL(exchange.url).pathname} -> ${exchange.status}: ${what}`;
  problems.set(line, (problems.get(line) ?? 0) + 1);
};
let checked = 0;

/** Holds one answer against openapi.json; `entry` is the row its request hit, if any. */
export function validateAgainstOpenApi(exchange: RecordedExchange, entry: RowEntry | undefined): void {
  if (!entry) return; // requests no operation serves (unknown routes, wrong methods, preflights)
  const path = entry.row.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
  const operation = doc.paths[path]?.[exchange.method.toLowerCase()];
  if (!operation) return report(exchange, `openapi.json has no ${exchange.method} ${path}`);
  checked++;
  const responses = operation['responses'] as Record<string, Json>;
  const documented = responses[String(exchange.status)];
  if (!documented) return report(exchange, `status not documented for ${operation['operationId']}`);
  const response = deref(documented);

  for (const [name, header] of Object.entries((response['headers'] ?? {}) as Record<string, Json>)) {
    const spec = deref(header);
    const value = exchange.headers.get(name);
    if (value === null) {
      if (spec['required'] === true) report(exchange, `required header ${name} missing`);
      continue;
    }
    const schema = spec['schema'] as Json | undefined;
    if (schema) {
      const typed = schema['type'] === 'integer' && /^\d+$/.test(value) ? Number(value) : value;
      const validate = validatorFor(`${operation['operationId']} ${exchange.status} header ${name}`, schema);
      if (!validate(typed)) report(exchange, `header ${name}=${value}: ${ajv.errorsText(validate.errors)}`);
    }
  }

  const content = response['content'] as Record<string, Json> | undefined;
  if (!content) {
    if (exchange.body !== '') report(exchange, 'a body where the response documents none');
    return;
  }
  const mediaType = (exchange.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const media = content[mediaType];
  if (!media) return report(exchange, `media type ${mediaType || '(none)'} not documented (${Object.keys(content).join(', ')})`);
  let body: unknown;
  try {
    body = JSON.parse(exchange.body);
  } catch {
    return report(exchange, 'the body is not JSON');
  }
  const validate = validatorFor(`${operation['operationId']} ${exchange.status} ${mediaType}`, media['schema']);
  if (!validate(body)) report(exchange, `body: ${ajv.errorsText(validate.errors)}`);
}

/** What the run's traffic broke of openapi.json, and how many answers were checked. */
export function openApiViolations(): { checked: number; problems: string[] } {
  return { checked, problems: [...problems].map(([line, n]) => (n > 1 ? `${line} (${n} times)` : line)) };
}
