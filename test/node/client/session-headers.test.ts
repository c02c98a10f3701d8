import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createClientFor, TillitError } from '../../../src/client/index.js';
import { fakeFetch, json, problem, rejectionOf, thing, thingEndpoints } from './fixtures.js';

describe('cookie sessions and CSRF', () => {
  it('echoes the newest X-CSRF-Token on POST, PATCH and DELETE, never on GET', async () => {
    const tokens = ['csrf-1', undefined, 'csrf-2'];
    const { fetch, calls } = fakeFetch((call, index) => {
      const token = tokens[index];
      const headers: Record<string, string> = token ? { 'X-CSRF-Token': token } : {};
      return call.method === 'DELETE' ? new Response(null, { status: 204, headers }) : json(thing, 200, headers);
    });
    const client = createClientFor(thingEndpoints, { baseUrl: '', fetch });

    await client.getThing({ thingId: 't1' }); // answers csrf-1
    await client.createThing({ name: 'Box' }); // no new token
    await client.renameThing({ thingId: 't1', name: 'New' }); // answers csrf-2
    await client.deleteThing({ thingId: 't1' });
    await client.getThing({ thingId: 't1' });

    assert.deepEqual(
      calls.map((call) => [call.method, call.headers.get('X-CSRF-Token')]),
      [
        ['GET', null],
        ['POST', 'csrf-1'],
        ['PATCH', 'csrf-1'],
        ['DELETE', 'csrf-2'],
        ['GET', null],
      ],
    );
    assert.ok(calls.every((call) => call.credentials === 'include'));
    assert.ok(calls.every((call) => !call.headers.has('Authorization') && !call.headers.has('X-Tillit-Session-Mode')));
  });

  it('learns a CSRF token from an error answer too', async () => {
    const { fetch, calls } = fakeFetch((_, index) =>
      index === 0 ? problem('csrf_failed', 403, {}, { 'X-CSRF-Token': 'fresh' }) : json(thing, 201),
    );
    const client = createClientFor(thingEndpoints, { baseUrl: '', fetch });
    assert.equal(((await rejectionOf(client.createThing({ name: 'Box' }))) as TillitError).code, 'csrf_failed');
    await client.createThing({ name: 'Box' });
    assert.equal(calls[1]?.headers.get('X-CSRF-Token'), 'fresh');
  });

  it('keeps CSRF tokens apart between clients', async () => {
    const first = fakeFetch(() => json(thing, 200, { 'X-CSRF-Token': 'first' }));
    const second = fakeFetch(() => json(thing, 201));
    await createClientFor(thingEndpoints, { baseUrl: '', fetch: first.fetch }).getThing({ thingId: 't1' });
    await createClientFor(thingEndpoints, { baseUrl: '', fetch: second.fetch }).createThing({ name: 'Box' });
    assert.equal(second.calls[0]?.headers.get('X-CSRF-Token'), null);
  });
});

describe('bearer sessions', () => {
  it('sends Authorization and the session-mode header, asking getToken before each request', async () => {
    let token: string | null = null;
    const { fetch, calls } = fakeFetch(() => json(thing, 200, { 'X-CSRF-Token': 'ignored' }));
    const client = createClientFor(thingEndpoints, { baseUrl: '', fetch, getToken: async () => token });

    await client.getThing({ thingId: 't1' });
    token = 'tok-123';
    await client.renameThing({ thingId: 't1', name: 'New' });

    assert.equal(calls[0]?.headers.get('Authorization'), null, 'no token yet: no Authorization');
    assert.equal(calls[0]?.headers.get('X-Tillit-Session-Mode'), 'bearer');
    assert.equal(calls[1]?.headers.get('Authorization'), 'Bearer tok-123');
    assert.equal(calls[1]?.headers.get('X-Tillit-Session-Mode'), 'bearer');
    assert.equal(calls[1]?.headers.get('X-CSRF-Token'), null, 'bearer mode needs no CSRF token');
    assert.equal(calls[1]?.credentials, 'omit');
  });

  it('fails the call as unauthenticated when getToken throws, sending nothing', async () => {
    const { fetch, calls } = fakeFetch(() => json(thing));
    const client = createClientFor(thingEndpoints, {
      baseUrl: '',
      fetch,
      getToken: () => {
        throw new Error('storage blocked');
      },
    });
    const error = await rejectionOf(client.getThing({ thingId: 't1' }));
    assert.ok(error instanceof TillitError);
    assert.equal(error.code, 'unauthenticated');
    assert.equal(calls.length, 0);
  });
});

describe('other headers', () => {
  it('sends Accept-Language from a fixed or changing locale', async () => {
    let locale: string | undefined = 'sv';
    const { fetch, calls } = fakeFetch(() => json(thing));
    const client = createClientFor(thingEndpoints, { baseUrl: '', fetch, locale: () => locale });
    await client.getThing({ thingId: 't1' });
    locale = undefined;
    await client.getThing({ thingId: 't1' });
    const fixed = fakeFetch(() => json(thing));
    await createClientFor(thingEndpoints, { baseUrl: '', fetch: fixed.fetch, locale: 'nb' }).getThing({ thingId: 't' });

    assert.equal(calls[0]?.headers.get('Accept-Language'), 'sv');
    assert.equal(calls[1]?.headers.get('Accept-Language'), null);
    assert.equal(fixed.calls[0]?.headers.get('Accept-Language'), 'nb');
  });

  it('adds the caller headers but keeps its own Content-Type and credentials option', async () => {
    const { fetch, calls } = fakeFetch(() => json(thing, 201));
    const client = createClientFor(thingEndpoints, {
      baseUrl: '',
      fetch,
      credentials: 'same-origin',
      headers: () => ({ 'X-Request-Source': 'tests', 'Content-Type': 'text/plain' }),
    });
    await client.createThing({ name: 'Box' });
    assert.equal(calls[0]?.headers.get('X-Request-Source'), 'tests');
    assert.equal(calls[0]?.headers.get('Content-Type'), 'application/json');
    assert.equal(calls[0]?.credentials, 'same-origin');
  });
});
