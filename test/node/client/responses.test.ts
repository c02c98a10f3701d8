import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createClientFor, isTillitError, TillitError } from '../../../src/client/index.js';
import { parseRetryAfter } from '../../../src/client/error-answer.js';
import type { Handler } from './fixtures.js';
import { fakeFetch, json, problem, rejectionOf, thing, thingEndpoints } from './fixtures.js';

/** A client that never retries, so each test sees exactly one answer. */
function clientAnswering(handler: Handler) {
  const fake = fakeFetch(handler);
  const client = createClientFor(thingEndpoints, {
    baseUrl: 'https://api.example.com',
    fetch: fake.fetch,
    retry: { retries: 0 },
  });
  return { client, calls: fake.calls };
}

async function errorOf(promise: Promise<unknown>): Promise<TillitError> {
  const error = await rejectionOf(promise);
  assert.ok(error instanceof TillitError, `expected a TillitError, got ${String(error)}`);
  return error;
}

describe('successful answers', () => {
  it('resolves with the parsed 2xx body', async () => {
    const { client } = clientAnswering(() => json({ ...thing, unknownMember: 1 }, 201));
    assert.deepEqual(await client.createThing({ name: 'Box' }), thing);
  });

  it('resolves 204 rows with undefined, whatever the body', async () => {
    const { client, calls } = clientAnswering(() => new Response(null, { status: 204 }));
    assert.equal(await client.deleteThing({ thingId: 't1' }), undefined);
    assert.equal(calls[0]?.method, 'DELETE');
  });

  it('refuses a 2xx body that breaks the output schema as invalid_response', async () => {
    const { client } = clientAnswering(() => json({ id: 't1', count: 'three' }));
    const error = await errorOf(client.getThing({ thingId: 't1' }));
    assert.equal(error.code, 'invalid_response');
    assert.equal(error.status, 200);
    assert.ok(error.cause, 'the zod error is kept as the cause, not thrown');
  });

  it('refuses malformed JSON on a 2xx as invalid_response', async () => {
    const { client } = clientAnswering(() => new Response('{"id": "t1", ', { status: 200 }));
    assert.equal((await errorOf(client.getThing({ thingId: 't1' }))).code, 'invalid_response');
  });
});

describe('problem answers', () => {
  it('keeps a known code, the status, the fields and the problem', async () => {
    const fields = [{ path: 'name', code: 'not_allowed' }];
    const { client } = clientAnswering(() =>
      problem('identifier_taken', 409, { detail: 'That name is used.', fields, attemptsRemaining: 2 }),
    );
    const error = await errorOf(client.createThing({ name: 'Box' }));
    assert.equal(error.code, 'identifier_taken');
    assert.equal(error.status, 409);
    assert.deepEqual(error.fields, fields);
    assert.equal(error.message, 'That name is used.');
    assert.equal(error.problem?.attemptsRemaining, 2);
  });

  it('takes retryAfter from the Retry-After header in seconds', async () => {
    const { client } = clientAnswering(() => problem('resend_too_soon', 429, {}, { 'Retry-After': '42' }));
    const error = await errorOf(client.createThing({ name: 'Box' }));
    assert.equal(error.code, 'resend_too_soon');
    assert.equal(error.retryAfter, 42);
  });

  it('takes retryAfter from a Retry-After HTTP date', async () => {
    const at = new Date(Date.now() + 90_000).toUTCString();
    const { client } = clientAnswering(() => problem('rate_limited', 429, {}, { 'Retry-After': at }));
    const error = await errorOf(client.createThing({ name: 'Box' }));
    assert.ok(error.retryAfter !== undefined && error.retryAfter >= 88 && error.retryAfter <= 91, `${error.retryAfter}`);
  });

  it('takes retryAfter from the body when there is no header', async () => {
    const { client } = clientAnswering(() => problem('rate_limited', 429, { retryAfter: 7 }));
    assert.equal((await errorOf(client.createThing({ name: 'Box' }))).retryAfter, 7);
  });

  it('falls back to the status for an unknown code, keeping the problem', async () => {
    const { client } = clientAnswering(() => problem('made_up_code', 403));
    const error = await errorOf(client.createThing({ name: 'Box' }));
    assert.equal(error.code, 'forbidden');
    assert.equal(error.problem?.code, 'made_up_code');
  });
});

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP dates, and ignores anything else', () => {
    const now = Date.parse('2026-11-27T15:00:00Z');
    assert.equal(parseRetryAfter('120', now), 120);
    assert.equal(parseRetryAfter('Fri, 27 Nov 2026 15:00:30 GMT', now), 30);
    assert.equal(parseRetryAfter('Fri, 27 Nov 2026 14:00:00 GMT', now), 0, 'a date in the past means now');
    for (const junk of [null, '', '1.5', '-3', 'soon']) assert.equal(parseRetryAfter(junk, now), undefined, String(junk));
  });
});

describe('answers that are not problems', () => {
  const cases: Array<[string, () => Response, string]> = [
    ['an HTML 502 page from a proxy', () => new Response('<html><body>Bad gateway</body></html>', { status: 502, headers: { 'Content-Type': 'text/html' } }), 'service_unavailable'],
    ['an empty 503', () => new Response(null, { status: 503 }), 'service_unavailable'],
    ['a 504 with malformed JSON', () => new Response('{oops', { status: 504 }), 'service_unavailable'],
    ['an empty 500', () => new Response('', { status: 500 }), 'internal_error'],
    ['a plain-text 429', () => new Response('slow down', { status: 429 }), 'rate_limited'],
    ['an empty 401', () => new Response(null, { status: 401 }), 'unauthenticated'],
    ['an HTML 403', () => new Response('<h1>Forbidden</h1>', { status: 403 }), 'forbidden'],
    ['an HTML 404', () => new Response('<h1>Not found</h1>', { status: 404 }), 'not_found'],
    ['a 413 from a proxy', () => new Response('too big', { status: 413 }), 'payload_too_large'],
    ['JSON that is not a problem on a 400', () => json({ error: 'bad' }, 400), 'invalid_response'],
    ['malformed JSON on a 422', () => new Response('{"code": ', { status: 422 }), 'invalid_response'],
  ];
  for (const [what, answer, code] of cases) {
    it(`maps ${what} to ${code}`, async () => {
      const { client } = clientAnswering(answer);
      const error = await errorOf(client.createThing({ name: 'Box' }));
      assert.equal(error.code, code);
      assert.equal(error.status, answer().status);
      assert.equal(error.problem, undefined);
    });
  }
});

describe('isTillitError', () => {
  it('tells client errors from other errors', () => {
    assert.equal(isTillitError(new TillitError('network', 'x')), true);
    assert.equal(isTillitError(new Error('x')), false);
    assert.equal(isTillitError({ code: 'network', name: 'TillitError' }), false);
  });
});
