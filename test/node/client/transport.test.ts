import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createClientFor, TillitError } from '../../../src/client/index.js';
import type { ClientOptions } from '../../../src/client/index.js';
import type { Handler } from './fixtures.js';
import { fakeFetch, hangUntilAborted, json, problem, rejectionOf, thing, thingEndpoints } from './fixtures.js';

function clientAnswering(handler: Handler, options: Partial<ClientOptions> = {}) {
  const fake = fakeFetch(handler);
  const client = createClientFor(thingEndpoints, {
    baseUrl: 'https://api.example.com',
    fetch: fake.fetch,
    retry: { retries: 2, baseDelayMs: 1, maxDelayMs: 5000 },
    ...options,
  });
  return { client, calls: fake.calls };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await rejectionOf(promise);
  assert.ok(error instanceof TillitError, `expected a TillitError, got ${String(error)}`);
  return error.code;
}

describe('transport failures', () => {
  it('maps a rejected fetch (offline) to network', async () => {
    const { client } = clientAnswering(() => {
      throw new TypeError('Failed to fetch');
    });
    const error = await rejectionOf(client.createThing({ name: 'Box' }));
    assert.ok(error instanceof TillitError);
    assert.equal(error.code, 'network');
    assert.ok(error.cause instanceof TypeError);
  });

  it('times out a call that gets no answer, and aborts the fetch', async () => {
    const { client, calls } = clientAnswering(hangUntilAborted, { timeoutMs: 30 });
    assert.equal(await codeOf(client.createThing({ name: 'Box' })), 'timeout');
    assert.equal(calls.length, 1, 'a non-idempotent call is not repeated after a timeout');
    assert.equal(calls[0]?.signal?.aborted, true);
  });

  it('times out even a fetch that ignores its signal; a per-call timeout wins', async () => {
    const { client } = clientAnswering(() => new Promise<Response>(() => {}), { timeoutMs: 60_000 });
    const started = Date.now();
    assert.equal(await codeOf(client.createThing({ name: 'Box' }, { timeoutMs: 30 })), 'timeout');
    assert.ok(Date.now() - started < 1000);
  });

  it('times out a body that stalls after the headers', async () => {
    const stalled = new ReadableStream({ start() {} });
    const { client } = clientAnswering(() => new Response(stalled, { status: 200 }), { timeoutMs: 30 });
    assert.equal(await codeOf(client.createThing({ name: 'Box' })), 'timeout');
  });

  it("maps the caller's abort to aborted, before and during the request", async () => {
    const { client, calls } = clientAnswering(hangUntilAborted);
    assert.equal(await codeOf(client.createThing({ name: 'Box' }, { signal: AbortSignal.abort() })), 'aborted');
    assert.equal(calls.length, 0);

    const controller = new AbortController();
    const pending = client.createThing({ name: 'Box' }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    assert.equal(await codeOf(pending), 'aborted');
    assert.equal(calls.length, 1);
  });
});

describe('retries', () => {
  it('retries an idempotent row after 429 with Retry-After, waiting as told', async () => {
    const { client, calls } = clientAnswering((_, index) =>
      index === 0 ? problem('rate_limited', 429, {}, { 'Retry-After': '1' }) : json(thing),
    );
    const started = Date.now();
    assert.deepEqual(await client.getThing({ thingId: 't1' }), thing);
    assert.equal(calls.length, 2);
    assert.ok(Date.now() - started >= 950, 'waited about the Retry-After second');
  });

  it('gives up at once when Retry-After is longer than maxDelayMs, keeping retryAfter', async () => {
    const { client, calls } = clientAnswering(() => problem('rate_limited', 429, {}, { 'Retry-After': '60' }));
    const error = await rejectionOf(client.getThing({ thingId: 't1' }));
    assert.ok(error instanceof TillitError);
    assert.equal(error.code, 'rate_limited');
    assert.equal(error.retryAfter, 60);
    assert.equal(calls.length, 1);
  });

  it('retries network faults, 502, 503, 504 and timeouts on idempotent rows, up to `retries` times', async () => {
    const answers: Array<() => Response | Promise<Response>> = [
      () => {
        throw new TypeError('offline');
      },
      () => new Response('<html>bad gateway</html>', { status: 502 }),
      () => json(thing),
    ];
    const { client, calls } = clientAnswering((_, index) => answers[index]!());
    assert.deepEqual(await client.getThing({ thingId: 't1' }), thing);
    assert.equal(calls.length, 3);

    const down = clientAnswering(() => problem('service_unavailable', 503));
    assert.equal(await codeOf(down.client.getThing({ thingId: 't1' })), 'service_unavailable');
    assert.equal(down.calls.length, 3, 'one attempt plus two retries');

    const slow = clientAnswering((call, index) => (index < 2 ? hangUntilAborted(call) : json(thing)), { timeoutMs: 20 });
    assert.deepEqual(await slow.client.getThing({ thingId: 't1' }), thing);
    assert.equal(slow.calls.length, 3);
  });

  it('never retries a non-idempotent row', async () => {
    for (const answer of [() => problem('rate_limited', 429, {}, { 'Retry-After': '0' }), () => new Response('', { status: 503 })]) {
      const { client, calls } = clientAnswering(answer);
      await rejectionOf(client.createThing({ name: 'Box' }));
      assert.equal(calls.length, 1);
    }
  });

  it('never retries other 4xx or 500 on idempotent rows', async () => {
    for (const answer of [() => problem('not_found', 404), () => problem('internal_error', 500)]) {
      const { client, calls } = clientAnswering(answer);
      await rejectionOf(client.getThing({ thingId: 't1' }));
      assert.equal(calls.length, 1);
    }
  });

  it('can be aborted while waiting to retry', async () => {
    const { client, calls } = clientAnswering(() => new Response('', { status: 503 }), {
      retry: { retries: 2, baseDelayMs: 10_000, maxDelayMs: 10_000 },
    });
    const controller = new AbortController();
    const started = Date.now();
    const pending = client.getThing({ thingId: 't1' }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    assert.equal(await codeOf(pending), 'aborted');
    assert.equal(calls.length, 1);
    assert.ok(Date.now() - started < 1000);
  });
});

describe('upload progress without XMLHttpRequest', () => {
  it('reports the body as fully sent once the answer arrives', async () => {
    const { client } = clientAnswering(() => json(thing, 201));
    const reports: Array<{ loaded: number; total: number }> = [];
    const file = new File(['x'.repeat(1000)], 'selfie.jpg', { type: 'image/jpeg' });
    await client.uploadDocument({ thingId: 't1', kind: 'selfie', file }, { onUploadProgress: (p) => reports.push(p) });
    assert.equal(reports.length, 1);
    assert.ok(reports[0]!.total >= 1000);
    assert.equal(reports[0]!.loaded, reports[0]!.total);
  });
});
