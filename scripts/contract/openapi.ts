import type { Flow } from '../../src/contract/define.js';
import { componentPrefix, openApiPath, splitInput, type ConvertedSchemas } from './schemas.js';
import { allRows, docOf, type ContractSource, type Json, type JsonObject, type Row } from './source.js';

export const sessionCookie = 'tillit_session';
export const csrfHeader = 'X-CSRF-Token';
export const sessionModeHeader = 'X-Tillit-Session-Mode';

const successText: Record<number, string> = { 200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content' };

/** The error codes a row may answer with (its own and the common ones), grouped by HTTP status, both sorted. */
export function errorsByStatus(row: Row, source: ContractSource): [number, string[]][] {
  const groups = new Map<number, string[]>();
  for (const code of new Set([...row.errors, ...source.commonErrors])) {
    const entry = source.errorCatalog[code];
    if (!entry) throw new Error(`Unknown error code ${code}`);
    groups.set(entry.status, [...(groups.get(entry.status) ?? []), code]);
  }
  return [...groups.entries()].sort(([a], [b]) => a - b).map(([status, codes]) => [status, codes.sort()]);
}

/** Whether a schema mentions a named component, directly or through other components. */
export function reaches(schema: Json, name: string, components: Readonly<Record<string, JsonObject>>): boolean {
  const seen = new Set<string>();
  const walk = (value: Json): boolean => {
    if (Array.isArray(value)) return value.some(walk);
    if (value === null || typeof value !== 'object') return false;
    const ref = value['$ref'];
    if (typeof ref === 'string' && ref.startsWith(componentPrefix)) {
      const id = ref.slice(componentPrefix.length);
      if (id === name) return true;
      if (!seen.has(id)) {
        seen.add(id);
        const target = components[id];
        if (target && walk(target)) return true;
      }
    }
    return Object.values(value).some(walk);
  };
  return walk(schema);
}

function security(row: Row): Json {
  switch (row.access) {
    case 'public':
    case 'testing':
      return [];
    case 'session':
      return row.method === 'GET'
        ? [{ sessionCookie: [] }, { bearer: [] }]
        : [{ sessionCookie: [], csrfToken: [] }, { bearer: [] }];
  }
}

const accessText: Record<Row['access'], string> = {
  public: 'Access: public, no session needed.',
  session: `Access: a signed-in session, by the \`${sessionCookie}\` cookie (with \`${csrfHeader}\` on unsafe methods) or a bearer token.`,
  testing: 'Access: test mode only. A backend not in test mode answers 404 `not_found`.',
};

function operation(key: string, row: Row, source: ContractSource, schemas: ConvertedSchemas): JsonObject {
  const input = splitInput(key, row, schemas.inputs[key] as JsonObject, schemas.components);
  const output = schemas.outputs[key];
  const parameters: Json[] = input.path.map(([name, schema]) => ({ name, in: 'path', required: true, schema }));
  const hasQuery = row.method === 'GET' || row.method === 'DELETE';
  if (hasQuery) {
    for (const [name, schema] of input.rest) {
      parameters.push({ name, in: 'query', required: input.required.has(name), schema });
    }
  }
  const givesSession = output !== undefined && reaches(output, 'Session', schemas.components);
  if (givesSession) parameters.push({ $ref: '#/components/parameters/SessionMode' });

  const doc = docOf(source, key);
  const op: JsonObject = {
    operationId: key,
    tags: [row.flow],
    summary: doc.summary,
    description: [doc.description, accessText[row.access]].filter(Boolean).join('\n\n'),
  };
  if (parameters.length > 0) op['parameters'] = parameters;

  if (!hasQuery) {
    const required = [...input.required];
    const body: JsonObject = { type: 'object', properties: Object.fromEntries(input.rest), ...input.extra };
    if (required.length > 0) body['required'] = required;
    if (row.upload) {
      const encoding: JsonObject = {};
      for (const [name, schema] of input.rest) {
        if (schema['format'] === 'binary') {
          encoding[name] = { contentType: typeof schema['contentMediaType'] === 'string' ? schema['contentMediaType'] : 'application/octet-stream' };
        }
      }
      const media: JsonObject = { schema: body };
      if (Object.keys(encoding).length > 0) media['encoding'] = encoding;
      op['requestBody'] = { required: true, content: { 'multipart/form-data': media } };
    } else {
      op['requestBody'] = { required: input.rest.length > 0, content: { 'application/json': { schema: body } } };
    }
  }

  const status = row.status ?? 200;
  const responses: JsonObject = {};
  const success: JsonObject = { description: successText[status] ?? 'Success' };
  if (output !== undefined && status !== 204) success['content'] = { 'application/json': { schema: output } };
  if (givesSession) {
    success['headers'] = { [csrfHeader]: { $ref: '#/components/headers/CsrfToken' } };
  }
  responses[String(status)] = success;
  for (const [errorStatus, codes] of errorsByStatus(row, source)) {
    const response: JsonObject = {
      description: codes.map((code) => `\`${code}\`: ${source.errorMeanings[code] ?? ''}`).join('\n'),
      'x-tillit-codes': codes,
      content: {
        'application/problem+json': {
          schema: {
            allOf: [{ $ref: `${componentPrefix}Problem` }],
            properties: { status: { const: errorStatus }, code: { enum: codes } },
          },
        },
      },
    };
    if (errorStatus === 429) response['headers'] = { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } };
    responses[String(errorStatus)] = response;
  }
  op['responses'] = responses;
  op['security'] = security(row);
  op['x-tillit-access'] = row.access;
  if (row.idempotent) op['x-tillit-idempotent'] = true;
  if (row.upload) op['x-tillit-upload'] = true;
  return op;
}

/** Keeps the components that the document refers to, directly or through other components. */
function usedComponents(doc: Json, components: Readonly<Record<string, JsonObject>>): Record<string, JsonObject> {
  const used = new Set<string>();
  const walk = (value: Json): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (value === null || typeof value !== 'object') return;
    const ref = value['$ref'];
    if (typeof ref === 'string' && ref.startsWith(componentPrefix)) {
      const id = ref.slice(componentPrefix.length);
      if (!used.has(id)) {
        used.add(id);
        const target = components[id];
        if (!target) throw new Error(`No component schema named ${id}`);
        walk(target);
      }
    }
    Object.values(value).forEach(walk);
  };
  walk(doc);
  return Object.fromEntries(Object.keys(components).sort().filter((name) => used.has(name)).map((name) => [name, components[name] as JsonObject]));
}

/** The OpenAPI 3.1 document of both tables. */
export function buildOpenApi(source: ContractSource, schemas: ConvertedSchemas): JsonObject {
  if (!schemas.components['Problem']) throw new Error('The contract exports no `Problem` schema.');
  const paths: Record<string, JsonObject> = {};
  for (const [key, row] of allRows(source)) {
    const path = openApiPath(row.path);
    const item = (paths[path] ??= {});
    const method = row.method.toLowerCase();
    if (item[method]) throw new Error(`${key}: ${row.method} ${row.path} is already taken`);
    item[method] = operation(key, row, source, schemas);
  }
  const tags = (Object.keys(source.flowSections) as Flow[]).map((flow) => ({
    name: flow,
    description: `${source.flowSections[flow].title}: ${source.flowSections[flow].summary}`,
  }));
  const body: JsonObject = { paths, problem: { $ref: `${componentPrefix}Problem` } };
  const components = usedComponents(body, schemas.components);

  return {
    openapi: '3.1.0',
    info: {
      title: 'tillit backend contract',
      version: source.version,
      summary: 'The HTTP API a backend serves for the tillit account-security web components.',
      description:
        'Generated from the endpoint table in src/contract by scripts/generate-contract.ts; CONTRACT.md is the ' +
        'readable guide. Errors are RFC 9457 `application/problem+json` bodies whose `code` is the stable key. ' +
        'Request and response bodies are described as the receiving side parses them: unknown members are ignored.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    tags,
    paths,
    components: {
      schemas: components,
      parameters: {
        SessionMode: {
          name: sessionModeHeader,
          in: 'header',
          required: false,
          description: 'Send `bearer` to get `session.token` (and no cookie); later requests carry `Authorization: Bearer <token>`.',
          schema: { type: 'string', enum: ['bearer'] },
        },
      },
      headers: {
        RetryAfter: {
          description: 'Seconds until a retry may succeed; the same number as `retryAfter` in the body.',
          required: true,
          schema: { type: 'integer', minimum: 0 },
        },
        CsrfToken: {
          description: `Cookie mode: the token to send back as \`${csrfHeader}\` on POST, PATCH and DELETE requests.`,
          schema: { type: 'string' },
        },
      },
      securitySchemes: {
        sessionCookie: {
          type: 'apiKey',
          in: 'cookie',
          name: sessionCookie,
          description: 'The session cookie (HttpOnly, SameSite=Lax) set by a successful sign-in in cookie mode.',
        },
        csrfToken: {
          type: 'apiKey',
          in: 'header',
          name: csrfHeader,
          description: 'Cookie mode only: the `csrfToken` of the session, echoed on POST, PATCH and DELETE requests.',
        },
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: `The \`session.token\` handed out to a sign-in request that carried \`${sessionModeHeader}: bearer\`.`,
        },
      },
    },
  };
}
