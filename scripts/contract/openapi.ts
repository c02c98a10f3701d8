import type { Flow } from '../../src/contract/define.js';
import { componentPrefix, openApiPath, splitInput, type ConvertedSchemas } from './schemas.js';
import { allRows, docOf, type ContractSource, type Json, type JsonObject, type Row } from './source.js';

export const sessionCookie = 'tillit_session';
export const socialStateCookie = 'tillit_social';
export const csrfHeader = 'X-CSRF-Token';
export const sessionModeHeader = 'X-Tillit-Session-Mode';

const successText: Record<number, string> = { 200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content' };

/**
 * The error codes a row may answer with (its own and, unless `ownOnly`, the implied ones), grouped by HTTP status,
 * both sorted.
 */
export function errorsByStatus(row: Row, source: ContractSource, ownOnly = false): [number, string[]][] {
  const groups = new Map<number, string[]>();
  for (const code of new Set([...row.errors, ...(ownOnly ? [] : source.impliedErrors(row))])) {
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
  if (row.access !== 'session' && !row.needsSession) return [];
  return row.method === 'GET'
    ? [{ sessionCookie: [] }, { bearer: [] }]
    : [{ sessionCookie: [], csrfToken: [] }, { bearer: [] }];
}

const sessionText = `a signed-in session, by the \`${sessionCookie}\` cookie (with \`${csrfHeader}\` on unsafe methods) or a bearer token`;
const accessText: Record<Row['access'], string> = {
  public: 'Access: public, no session needed.',
  session: `Access: ${sessionText}.`,
  testing: 'Access: test mode only. A backend not in test mode answers 404 `not_found`.',
};

function accessOf(row: Row): string {
  return row.needsSession ? `${accessText.testing} It acts for ${sessionText}.` : accessText[row.access];
}

/** The cookies a successful answer sets in cookie mode, as `Set-Cookie` header components. */
function cookieHeaders(row: Row, givesSession: boolean): JsonObject | undefined {
  const header = givesSession
    ? 'SetSessionCookie'
    : row.cookie === 'clears-session'
      ? 'ClearSessionCookie'
      : row.cookie === 'social-state'
        ? 'SetSocialStateCookie'
        : undefined;
  return header ? { 'Set-Cookie': { $ref: `#/components/headers/${header}` } } : undefined;
}

function operation(key: string, row: Row, source: ContractSource, schemas: ConvertedSchemas): JsonObject {
  const input = splitInput(key, row, schemas.inputs[key] as JsonObject, schemas.components);
  const output = schemas.outputs[key];
  const parameters: Json[] = input.path.map(([name, schema]) => ({
    name,
    in: 'path',
    required: true,
    description: source.pathParameterDocs[name] ?? '',
    schema,
  }));
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
    description: [doc.description, accessOf(row)].filter(Boolean).join('\n\n'),
  };
  if (parameters.length > 0) op['parameters'] = parameters;

  if (!hasQuery) {
    const required = [...input.required];
    const body: JsonObject = { type: 'object', properties: Object.fromEntries(input.rest), ...input.extra };
    if (required.length > 0) body['required'] = required;
    if (row.upload) {
      const encoding: JsonObject = {};
      // The types a file part may be; a browser may also declare `application/octet-stream` (CONTRACT.md).
      const fileTypes = row.fileTypes?.length ? row.fileTypes.join(', ') : 'application/octet-stream';
      for (const [name, schema] of input.rest) {
        if (schema['format'] === 'binary') encoding[name] = { contentType: fileTypes };
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
  const headers: JsonObject = { ...(givesSession ? { [csrfHeader]: { $ref: '#/components/headers/CsrfToken' } } : {}) };
  Object.assign(headers, cookieHeaders(row, givesSession));
  if (Object.keys(headers).length > 0) success['headers'] = headers;
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
  if (row.needsSession) op['x-tillit-needs-session'] = true;
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

/**
 * Gives each discriminated union (`discriminator.propertyName`, set by the schema conversion) the mapping from each
 * value of the property to the component that has it, where every member is a component.
 */
function withDiscriminatorMappings(components: Record<string, JsonObject>): Record<string, JsonObject> {
  for (const schema of Object.values(components)) {
    const discriminator = schema['discriminator'] as JsonObject | undefined;
    const members = (schema['oneOf'] ?? schema['anyOf']) as JsonObject[] | undefined;
    if (!discriminator || !members?.every((member) => typeof member['$ref'] === 'string')) continue;
    const property = discriminator['propertyName'] as string;
    const mapping: JsonObject = {};
    for (const member of members) {
      const ref = member['$ref'] as string;
      const target = components[ref.slice(componentPrefix.length)];
      const value = (target?.['properties'] as Record<string, JsonObject> | undefined)?.[property]?.['const'];
      if (typeof value !== 'string') throw new Error(`${ref} has no const ${property} for its discriminator`);
      mapping[value] = ref;
    }
    discriminator['mapping'] = mapping;
  }
  return components;
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
  const components = withDiscriminatorMappings(usedComponents(body, schemas.components));
  const cookieText = (name: string, what: string): string =>
    `Cookie mode only (no \`${sessionModeHeader}: bearer\`): ${what} \`${name}\` with \`Path=/\`, \`HttpOnly\`, ` +
    '`SameSite=Lax`, and `Secure` when the request came over HTTPS (also through a TLS proxy, `X-Forwarded-Proto: https`).';

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
      contact: { name: 'tillit', url: 'https://tillit.dev/' },
    },
    servers: [
      {
        url: '{origin}',
        description:
          'The backend: the exchange\'s own origin. The conformance suite takes it from `TILLIT_CONTRACT_URL`; the ' +
          'reference backend of `npm start` (demo and test mode) is the default.',
        variables: { origin: { default: 'http://localhost:8787', description: 'Scheme, host and port of the backend.' } },
      },
    ],
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
        SetSessionCookie: {
          description: cookieText(sessionCookie, 'sets the session cookie'),
          schema: { type: 'string', pattern: `^${sessionCookie}=` },
        },
        ClearSessionCookie: {
          description: cookieText(sessionCookie, 'clears the session cookie (`Max-Age=0`):'),
          schema: { type: 'string', pattern: `^${sessionCookie}=` },
        },
        SetSocialStateCookie: {
          description: cookieText(
            socialStateCookie,
            'ties the social sign-in `state` to this browser (10 minutes; `finishSocialSignIn` needs it):',
          ),
          schema: { type: 'string', pattern: `^${socialStateCookie}=` },
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
