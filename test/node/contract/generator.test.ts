import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as z from 'zod/mini';
import type { Flow } from '../../../src/contract/define.js';
import { endpoint } from '../../../src/contract/define.js';
import {
  errorCatalog,
  impliedErrors,
  routeErrors,
  FieldError,
  fieldErrorCodes,
  Problem,
  problemTypeBase,
  type ErrorCode,
} from '../../../src/contract/errors.js';
import { errorMeanings, securityRules, type EndpointDocs } from '../../../src/contract/docs/index.js';
import type { FlowGuide } from '../../../src/contract/flows.js';
import { generateContract, validateOpenApi } from '../../../scripts/contract/outputs.js';
import type { ContractSource, JsonObject, Row } from '../../../scripts/contract/source.js';

/* The generator on a small made-up contract, so each kind of row is covered whatever the real table holds. */

const Thing = z.object({
  id: z.string(),
  at: z.iso.datetime(),
  count: z.int().check(z.gte(0)),
  link: z.string().check(z.startsWith('thing://x/')),
});
const Session = z.object({ user: z.string(), token: z.optional(z.string()) });

const endpoints = {
  getThing: endpoint({
    method: 'GET',
    path: '/v1/things/:thingId',
    flow: 'security',
    access: 'session',
    input: z.object({ thingId: z.string(), verbose: z.optional(z.string()) }),
    output: Thing,
    errors: ['not_found'],
    idempotent: true,
  }),
  uploadThing: endpoint({
    method: 'POST',
    path: '/v1/things/:thingId/files',
    flow: 'kyc',
    access: 'session',
    input: z.object({ thingId: z.string(), kind: z.enum(['a', 'b']), file: z.file().check(z.minSize(100)) }),
    output: Thing,
    status: 201,
    errors: ['payload_too_large'],
    upload: true,
  }),
  removeThing: endpoint({
    method: 'DELETE',
    path: '/v1/things/:thingId',
    flow: 'security',
    access: 'session',
    input: z.object({ thingId: z.string() }),
    output: undefined,
    status: 204,
    errors: [],
  }),
  signInThing: endpoint({
    method: 'POST',
    path: '/v1/sign-in',
    flow: 'sign-in',
    access: 'public',
    input: z.object({ name: z.string() }),
    output: z.object({ session: Session }),
    errors: [],
  }),
} as const;
const testingEndpoints = {
  resetThings: endpoint({
    method: 'POST',
    path: '/v1/testing/reset',
    flow: 'testing',
    access: 'testing',
    input: z.object({}),
    output: z.object({ ok: z.boolean() }),
    errors: [],
  }),
} as const;

const docs: EndpointDocs<typeof endpoints & typeof testingEndpoints> = {
  getThing: { summary: 'One thing.' },
  uploadThing: { summary: 'Upload a file.' },
  removeThing: { summary: 'Remove a thing.' },
  signInThing: { summary: 'Sign in.', description: 'The rule of this row.' },
  resetThings: { summary: 'Forget every thing.' },
};

const section = { title: 'T', summary: 'S.' };
const someSections = { 'sign-in': section, security: section, kyc: section, testing: section } as Record<Flow, typeof section>;

function source(flows: FlowGuide[], sections: Record<Flow, typeof section> = someSections, extra: Record<string, Row> = {}): ContractSource {
  const all = { ...(endpoints as Record<string, Row>), ...extra };
  return {
    version: '9.9.9',
    endpoints: all,
    testingEndpoints: testingEndpoints as Record<string, Row>,
    flowTables: { thingEndpoints: all, thingTestingEndpoints: testingEndpoints as Record<string, Row> },
    namedSchemas: { Thing, Session, Problem, FieldError },
    errorCatalog,
    endpointDocs: { ...docs, ...Object.fromEntries(Object.keys(extra).map((key) => [key, { summary: `${key}.` }])) },
    errorMeanings,
    impliedErrors,
    routeErrors,
    securityRules,
    pathParameterDocs: { thingId: 'The id of the thing.' },
    fieldErrorCodes,
    problemTypeBase,
    flows,
    flowSections: sections,
  };
}

const guide: FlowGuide = {
  id: 'security',
  title: 'Things',
  intro: 'How things go.',
  steps: [
    { endpoint: 'signInThing', says: 'Sign in first.' },
    { endpoint: 'getThing', says: 'Look at the thing.' },
  ],
  rules: ['A rule of the journey.'],
};

type Op = JsonObject & { parameters?: JsonObject[]; responses: Record<string, JsonObject>; requestBody?: JsonObject };
function op(doc: JsonObject, path: string, method: string): Op {
  const paths = doc['paths'] as Record<string, Record<string, Op>>;
  const found = paths[path]?.[method];
  assert.ok(found, `${method} ${path}`);
  return found;
}

describe('contract generator', () => {
  const generated = generateContract(source([guide]));
  const doc = generated.openapi;

  it('writes a valid OpenAPI 3.1 document', async () => {
    assert.equal(doc['openapi'], '3.1.0');
    assert.deepEqual(await validateOpenApi(doc), []);
  });

  it('turns :params into {params} and splits the input into path and query parameters', () => {
    const get = op(doc, '/v1/things/{thingId}', 'get');
    assert.equal(get['operationId'], 'getThing');
    assert.deepEqual(get['tags'], ['security']);
    assert.deepEqual(get.parameters, [
      { name: 'thingId', in: 'path', required: true, description: 'The id of the thing.', schema: { type: 'string' } },
      { name: 'verbose', in: 'query', required: false, schema: { type: 'string' } },
    ]);
    assert.equal(get.requestBody, undefined);
    assert.equal(get['x-tillit-idempotent'], true);
  });

  it('describes sessions by cookie (with CSRF on unsafe methods) or bearer', () => {
    assert.deepEqual(op(doc, '/v1/things/{thingId}', 'get')['security'], [{ sessionCookie: [] }, { bearer: [] }]);
    assert.deepEqual(op(doc, '/v1/things/{thingId}', 'delete')['security'], [
      { sessionCookie: [], csrfToken: [] },
      { bearer: [] },
    ]);
    assert.deepEqual(op(doc, '/v1/sign-in', 'post')['security'], []);
    const testing = op(doc, '/v1/testing/reset', 'post');
    assert.deepEqual(testing['security'], []);
    assert.equal(testing['x-tillit-access'], 'testing');
    assert.match(String(testing['description']), /test mode only/i);
  });

  it('offers the bearer session mode header where a session is answered', () => {
    assert.deepEqual(op(doc, '/v1/sign-in', 'post').parameters, [{ $ref: '#/components/parameters/SessionMode' }]);
    assert.equal(op(doc, '/v1/things/{thingId}', 'get').parameters?.some((p) => '$ref' in p), false);
  });

  it('sends upload rows as multipart/form-data with binary file fields', () => {
    const upload = op(doc, '/v1/things/{thingId}/files', 'post');
    const media = (upload.requestBody?.['content'] as Record<string, JsonObject>)['multipart/form-data'];
    assert.ok(media);
    const schema = media['schema'] as { properties: Record<string, JsonObject>; required: string[] };
    assert.equal(schema.properties['file']?.['type'], 'string');
    assert.equal(schema.properties['file']?.['format'], 'binary');
    assert.equal(schema.properties['thingId'], undefined);
    assert.deepEqual(schema.required, ['kind', 'file']);
    assert.deepEqual(media['encoding'], { file: { contentType: 'application/octet-stream' } });
    assert.ok(upload.responses['201']);
  });

  it('answers 204 without content and names the output schema otherwise', () => {
    assert.deepEqual(op(doc, '/v1/things/{thingId}', 'delete').responses['204'], { description: 'No Content' });
    const ok = op(doc, '/v1/things/{thingId}', 'get').responses['200'] as JsonObject;
    assert.deepEqual(ok['content'], { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } });
  });

  it('lists every error code by status, own and implied, with Retry-After on 429', () => {
    const responses = op(doc, '/v1/things/{thingId}', 'get').responses;
    const codes: ErrorCode[] = [...impliedErrors(endpoints.getThing), 'not_found'];
    assert.ok(!('413' in responses) && !('415' in responses) && !('405' in responses), 'a bodiless GET answers no 413, 415 or 405');
    assert.ok('413' in op(doc, '/v1/things/{thingId}/files', 'post').responses, 'a POST may answer 413');
    const expected = new Set(codes.map((code) => String(errorCatalog[code].status)));
    assert.deepEqual(new Set(Object.keys(responses).filter((s) => s !== '200')), expected);
    assert.deepEqual(responses['404']?.['x-tillit-codes'], ['not_found']);
    const problem = (responses['404']?.['content'] as Record<string, JsonObject>)['application/problem+json'];
    assert.deepEqual((problem?.['schema'] as JsonObject)['allOf'], [{ $ref: '#/components/schemas/Problem' }]);
    assert.deepEqual(responses['429']?.['headers'], { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } });
  });

  it('keeps only the component schemas in use, sorted', () => {
    const schemas = (doc['components'] as { schemas: JsonObject }).schemas;
    assert.deepEqual(Object.keys(schemas), ['FieldError', 'Problem', 'Session', 'Thing']);
    assert.equal((schemas['Thing'] as JsonObject)['$schema'], undefined);
  });

  it('renders the guide as numbered calls with the row rules, and each endpoint', () => {
    const md = generated.files['CONTRACT.md'];
    assert.match(md, /^1\. \[`signInThing`\]\(#op-signinthing\) `POST \/v1\/sign-in`: Sign in first\.\n {3}The rule of this row\.$/m);
    assert.match(md, /^2\. \[`getThing`\]\(#op-getthing\) `GET \/v1\/things\/:thingId`: Look at the thing\.$/m);
    assert.match(md, /^- A rule of the journey\.$/m);
    assert.match(md, /^#### `uploadThing`$/m);
    assert.match(md, /^\| `file` \| file \| yes \| at least 100 bytes \|$/m);
    assert.match(md, /^\| `not_found` \| 404 \|/m);
    assert.match(md, /TILLIT_CONTRACT_URL=https:\/\/your-backend npm run test:contract/);
  });

  it('refuses a flow step that names no row once every flow has rows', () => {
    const broken: FlowGuide = { ...guide, steps: [{ endpoint: 'noSuchRow', says: 'x' }] };
    assert.throws(() => generateContract(source([broken])), /step noSuchRow is not a row/);
  });

  it('only warns about such steps while some flow has no rows yet', () => {
    const broken: FlowGuide = { ...guide, steps: [{ endpoint: 'noSuchRow', says: 'x' }] };
    const sections = { ...someSections, 'password-reset': section } as Record<Flow, typeof section>;
    const result = generateContract(source([broken], sections));
    assert.deepEqual(result.report.emptyFlows, ['password-reset']);
    assert.equal(result.report.pending.length, 1);
    assert.match(result.files['CONTRACT.md'], /`noSuchRow` \(not in the endpoint table yet\)/);
  });

  it('refuses a taken route and a path parameter missing from the input', () => {
    const twin = { ...endpoints.getThing } as Row;
    assert.throws(() => generateContract(source([guide], someSections, { twin })), /is also the route of getThing/);
    const orphan = { ...endpoints.getThing, path: '/v1/other/:nope' } as Row;
    assert.throws(() => generateContract(source([guide], someSections, { orphan })), /:nope is not a field of the input/);
  });

  it('takes summaries, rules and error meanings from the docs, not the rows', () => {
    const signIn = op(doc, '/v1/sign-in', 'post');
    assert.equal(signIn['summary'], 'Sign in.');
    assert.match(String(signIn['description']), /^The rule of this row\.\n\nAccess: public/);
    assert.equal(op(doc, '/v1/things/{thingId}', 'get').responses['404']?.['description'], `\`not_found\`: ${errorMeanings.not_found}`);
    assert.match(generated.files['CONTRACT.md'], /^#### `getThing`\n<a id="op-getthing"><\/a>\n\n`GET \/v1\/things\/:thingId`.*\n\nOne thing\.$/m);
  });

  it('refuses a row without docs, docs without a row, and an error code without a meaning', () => {
    const { getThing: _dropped, ...rest } = docs;
    assert.throws(() => generateContract({ ...source([guide]), endpointDocs: rest }), /getThing: no summary in src\/contract\/docs/);
    const stray = { ...docs, goneThing: { summary: 'Gone.' } };
    assert.throws(() => generateContract({ ...source([guide]), endpointDocs: stray }), /endpointDocs\.goneThing is not a row/);
    const { not_found: _meaning, ...meanings } = errorMeanings;
    assert.throws(() => generateContract({ ...source([guide]), errorMeanings: meanings }), /error code not_found has no meaning/);
  });

  it("renders zod's startsWith as a standard pattern, and as its prefix in CONTRACT.md", () => {
    const link = (generated.openapi['components'] as { schemas: Record<string, { properties: Record<string, JsonObject> }> })
      .schemas['Thing']?.properties['link'];
    assert.deepEqual(link, { type: 'string', pattern: '^thing:\\/\\/x\\/.*' });
    assert.match(generated.files['CONTRACT.md'] ?? '', /\| `link` \| string \| yes \| starts with `thing:\/\/x\/` \|/);
  });

  it('is deterministic', () => {
    assert.deepEqual(generateContract(source([guide])).files, generated.files);
  });
});
