import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildRequest, createClientFor, isTillitError } from '../../../src/client/index.js';
import { fakeFetch, json, rejectionOf, thing, thingEndpoints } from './fixtures.js';

const context = { baseUrl: 'https://api.example.com/' };

describe('buildRequest', () => {
  it('fills path parameters (encoded) and puts the rest of a GET in the query string', () => {
    const { url, init } = buildRequest(
      thingEndpoints.getThing,
      { thingId: 'a/b c?', filter: 'x&y=z', tags: ['one', 'two'], page: 2, skipped: undefined },
      context,
    );
    assert.equal(url, 'https://api.example.com/v1/things/a%2Fb%20c%3F?filter=x%26y%3Dz&tags=one&tags=two&page=2');
    assert.equal(init.method, 'GET');
    assert.equal(init.body, undefined);
    assert.equal(init.headers.get('Content-Type'), null);
  });

  it('sends the remaining fields of a POST as a JSON body', () => {
    const { url, init } = buildRequest(thingEndpoints.createThing, { name: 'Box', nested: { deep: true } }, context);
    assert.equal(url, 'https://api.example.com/v1/things');
    assert.equal(init.method, 'POST');
    assert.equal(init.headers.get('Content-Type'), 'application/json');
    assert.deepEqual(JSON.parse(String(init.body)), { name: 'Box', nested: { deep: true } });
  });

  it('takes path fields out of a PATCH body and out of a DELETE query', () => {
    const patch = buildRequest(thingEndpoints.renameThing, { thingId: 't1', name: 'New' }, context);
    assert.equal(patch.url, 'https://api.example.com/v1/things/t1');
    assert.deepEqual(JSON.parse(String(patch.init.body)), { name: 'New' });

    const del = buildRequest(thingEndpoints.deleteThing, { thingId: 't1', reason: 'dup' }, context);
    assert.equal(del.url, 'https://api.example.com/v1/things/t1?reason=dup');
    assert.equal(del.init.body, undefined);
  });

  it('builds multipart form data for upload rows: files as files, other fields as text, objects as JSON', async () => {
    const file = new File(['%PDF-1.7 hello'], 'passport.pdf', { type: 'application/pdf' });
    const { url, init } = buildRequest(
      thingEndpoints.uploadDocument,
      { thingId: 't1', kind: 'passport', file, meta: { pages: 2 } },
      context,
    );
    assert.equal(url, 'https://api.example.com/v1/things/t1/documents');
    assert.equal(init.headers.get('Content-Type'), null, 'the browser must add the multipart boundary itself');
    assert.ok(init.body instanceof FormData);
    assert.equal(init.body.get('thingId'), null);
    assert.equal(init.body.get('kind'), 'passport');
    assert.equal(init.body.get('meta'), '{"pages":2}');
    const sent = init.body.get('file');
    assert.ok(sent instanceof File);
    assert.equal(sent.name, 'passport.pdf');
    assert.equal(await sent.text(), '%PDF-1.7 hello');
  });

  it('joins a relative base URL and defaults to cookie credentials', () => {
    const { url, init } = buildRequest(thingEndpoints.listThings, {}, { baseUrl: '/api' });
    assert.equal(url, '/api/v1/things');
    assert.equal(init.credentials, 'include');
    assert.equal(init.headers.get('Accept'), 'application/json, application/problem+json');
  });

  it('refuses a missing path parameter as validation_failed', () => {
    assert.throws(
      () => buildRequest(thingEndpoints.getThing, {}, context),
      (error: unknown) =>
        isTillitError(error) &&
        error.code === 'validation_failed' &&
        error.fields[0]?.path === 'thingId' &&
        error.fields[0]?.code === 'required',
    );
  });
});

describe('input validation', () => {
  it('refuses a bad input with mapped field errors and sends nothing', async () => {
    const { fetch, calls } = fakeFetch(() => json(thing));
    const client = createClientFor(thingEndpoints, { baseUrl: 'https://api.example.com', fetch });
    // Casts: the point is an input the types would refuse, as plain JavaScript callers can send.
    const input = { name: '', size: 11, colour: 'green' } as unknown as Parameters<typeof client.createThing>[0];
    const error = await rejectionOf(client.createThing(input));
    assert.ok(isTillitError(error));
    assert.equal(error.code, 'validation_failed');
    assert.deepEqual(
      [...error.fields].sort((a, b) => a.path.localeCompare(b.path)),
      [
        { path: 'colour', code: 'not_allowed' },
        { path: 'name', code: 'required' },
        { path: 'size', code: 'too_large' },
      ],
    );
    assert.equal(calls.length, 0);
  });

  it('maps missing, too long and wrong-typed fields', async () => {
    const { fetch, calls } = fakeFetch(() => json(thing));
    const client = createClientFor(thingEndpoints, { baseUrl: '', fetch });
    const tooLong = await rejectionOf(client.createThing({ name: 'x'.repeat(21) }));
    assert.deepEqual(isTillitError(tooLong) && tooLong.fields, [{ path: 'name', code: 'too_long' }]);
    const missing = await rejectionOf(client.createThing({} as { name: string }));
    assert.deepEqual(isTillitError(missing) && missing.fields, [{ path: 'name', code: 'required' }]);
    const wrongType = await rejectionOf(client.createThing({ name: 'ok', nested: { deep: 'yes' } } as never));
    assert.deepEqual(isTillitError(wrongType) && wrongType.fields, [{ path: 'nested.deep', code: 'invalid_format' }]);
    assert.equal(calls.length, 0);
  });

  it('sends the parsed input, so unknown keys do not reach the backend', async () => {
    const { fetch, calls } = fakeFetch(() => json(thing, 201));
    const client = createClientFor(thingEndpoints, { baseUrl: '', fetch });
    await client.createThing({ name: 'Box', extra: 'secret' } as { name: string });
    assert.deepEqual(JSON.parse(String(calls[0]?.body)), { name: 'Box' });
  });

  it('lets rows with an empty input be called without arguments', async () => {
    const { fetch, calls } = fakeFetch(() => json(['a', 'b']));
    const client = createClientFor(thingEndpoints, { baseUrl: 'https://x.test', fetch });
    assert.deepEqual(await client.listThings(), ['a', 'b']);
    assert.equal(calls[0]?.url, 'https://x.test/v1/things');
  });
});
