import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cookieSignIn, createAccount, expectProblemResponse, rawFetch, signIn, uniqueEmail } from './harness.js';

/*
 * CONTRACT.md, Basics: what every endpoint answers the same way, checked once here on a few rows (the flows check
 * their own rows; session.conformance.ts sweeps the session checks over every session row). Every refusal is an
 * `application/problem+json` problem with the catalog's status, which `expectProblemResponse` checks each time.
 */

const JSON_LIMIT_BYTES = 64 * 1024;

const asJson = (body: string, type = 'application/json'): RequestInit => ({ headers: { 'content-type': type }, body });

/** A sign-in body of exactly `size` bytes: an identifier without an account, padded with a member nobody reads. */
function signInBodyOf(size: number): string {
  const base = { identifier: { type: 'email', email: uniqueEmail('padded') }, password: 'not-the-password-1', padding: '' };
  const padding = size - JSON.stringify(base).length;
  assert.ok(padding >= 0);
  return JSON.stringify({ ...base, padding: 'x'.repeat(padding) });
}

describe('basics: bodies', () => {
  it('answers a body that does not parse, or is no JSON object, with malformed_request', async () => {
    for (const body of ['{"identifier": {"type": "email",', '[]', '"sign me in"', 'null']) {
      expectProblemResponse(await rawFetch('POST', '/v1/sign-in', asJson(body)), 'malformed_request');
    }
    // A JSON text sent as another content type is malformed too.
    const text = JSON.stringify({ identifier: { type: 'email', email: uniqueEmail('plain') }, password: 'x' });
    expectProblemResponse(await rawFetch('POST', '/v1/sign-in', asJson(text, 'text/plain')), 'malformed_request');
  });

  it('takes other JSON types and charset parameters, and an empty body as {}', async () => {
    const body = JSON.stringify({ identifier: { type: 'email', email: uniqueEmail('typed') }, password: 'not-it-at-all' });
    for (const type of ['application/json; charset=utf-8', 'application/vnd.example+json']) {
      expectProblemResponse(await rawFetch('POST', '/v1/sign-in', asJson(body, type)), 'invalid_credentials');
    }
    for (const init of [{}, { headers: { 'content-type': 'text/plain' }, body: '' }]) {
      const response = await rawFetch('POST', '/v1/sign-in/passkey/options', init);
      assert.equal(response.status, 200, 'a POST without input fields needs no body');
      assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
      assert.ok(((await response.json()) as { challengeId?: string }).challengeId);
    }
  });

  it('names every refused field in validation_failed, path parameters included', async () => {
    const empty = expectProblemResponse(await rawFetch('POST', '/v1/sign-in', asJson('{}')), 'validation_failed');
    assert.deepEqual(
      (empty.fields ?? []).filter((f) => f.path === 'identifier' || f.path === 'password').sort((a, b) => a.path.localeCompare(b.path)),
      [
        { path: 'identifier', code: 'required' },
        { path: 'password', code: 'required' },
      ],
    );
    const provider = expectProblemResponse(
      await rawFetch('POST', '/v1/sign-in/social/myspace/start', asJson(JSON.stringify({ returnTo: 'https://exchange.example/' }))),
      'validation_failed',
    );
    assert.deepEqual(provider.fields, [{ path: 'provider', code: 'not_allowed' }]);
  });

  it('takes a JSON body of 64 KiB and refuses a larger one with payload_too_large, with or without Content-Length', async () => {
    // Exactly at the limit the request is read: the made-up identifier is refused as any wrong sign-in is.
    const atLimit = signInBodyOf(JSON_LIMIT_BYTES);
    expectProblemResponse(await rawFetch('POST', '/v1/sign-in', asJson(atLimit)), 'invalid_credentials');

    const over = signInBodyOf(JSON_LIMIT_BYTES + 1);
    expectProblemResponse(await rawFetch('POST', '/v1/sign-in', asJson(over)), 'payload_too_large');
    // Sent chunked, the size only shows as the body is read.
    const bytes = new TextEncoder().encode(over);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 16 * 1024) controller.enqueue(bytes.slice(at, at + 16 * 1024));
        controller.close();
      },
    });
    const chunked = { headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit;
    expectProblemResponse(await rawFetch('POST', '/v1/sign-in', chunked), 'payload_too_large');
  });
});

/** A chunked body of `totalBytes`, made as the backend pulls it (after `head`): `pulled()` says how much it read. */
function lazyBody(totalBytes: number, head = '') {
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  let pulled = 0;
  let headSent = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (!headSent) {
        headSent = true;
        const bytes = new TextEncoder().encode(head);
        pulled += bytes.byteLength;
        return controller.enqueue(bytes);
      }
      if (pulled >= totalBytes) return controller.close();
      pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { body: stream, pulled: () => pulled };
}

const MB = 1024 * 1024;

describe('basics: body sizes while the body streams in', () => {
  it('[rule: streamed-body-limit] refuses a 100 MB chunked JSON body without reading it', async () => {
    const { body, pulled } = lazyBody(100 * MB, '{"padding":"');
    const response = await rawFetch('POST', '/v1/sign-in', { headers: { 'content-type': 'application/json' }, body, duplex: 'half' } as RequestInit);
    expectProblemResponse(response, 'payload_too_large');
    assert.ok(pulled() < 32 * MB, `the backend read ${(pulled() / MB).toFixed(1)} MB of a body over 64 KiB`);
  });

  it('[rule: streamed-body-limit] refuses a 100 MB chunked multipart upload without reading it', async () => {
    const { token } = await signIn(await createAccount({ kycLevel: 1 }));
    const boundary = 'tillit-limit-test';
    const head =
      `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nid_front\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.png"\r\nContent-Type: image/png\r\n\r\n`;
    const { body, pulled } = lazyBody(100 * MB, head);
    const response = await rawFetch('POST', '/v1/kyc/documents', {
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, authorization: `Bearer ${token}` },
      body,
      duplex: 'half',
    } as RequestInit);
    expectProblemResponse(response, 'payload_too_large');
    assert.ok(pulled() < 48 * MB, `the backend read ${(pulled() / MB).toFixed(1)} MB of a body over 10 MiB + 64 KiB`);
  });
});

describe('basics: routes and sessions', () => {
  it('answers not_found for unknown routes', async () => {
    expectProblemResponse(await rawFetch('GET', '/v1/no-such-thing'), 'not_found');
    expectProblemResponse(await rawFetch('POST', '/v1/sign-in/challenges/chl_x/nope', asJson('{}')), 'not_found');
    expectProblemResponse(await rawFetch('GET', '/v1/security/nothing-here'), 'not_found');
  });

  it('answers method_not_allowed for a known path with another method', async () => {
    expectProblemResponse(await rawFetch('GET', '/v1/sign-in'), 'method_not_allowed');
    expectProblemResponse(await rawFetch('PUT', '/v1/session', asJson('{}')), 'method_not_allowed');
    expectProblemResponse(await rawFetch('DELETE', '/v1/security'), 'method_not_allowed');
    expectProblemResponse(await rawFetch('GET', '/v1/step-up/stp_x/verify'), 'method_not_allowed');
  });

  it('answers unauthenticated on a session row without a session', async () => {
    expectProblemResponse(await rawFetch('GET', '/v1/security'), 'unauthenticated');
  });

  it('answers csrf_failed to an unsafe method of a cookie session without X-CSRF-Token, and takes it with one', async () => {
    const { cookie, csrf } = await cookieSignIn();
    const start = (headers: Record<string, string>) =>
      rawFetch('POST', '/v1/step-up', {
        headers: { 'content-type': 'application/json', cookie, ...headers },
        body: JSON.stringify({ action: 'change_password' }),
      });
    expectProblemResponse(await start({}), 'csrf_failed');
    const started = await start({ 'x-csrf-token': csrf });
    assert.equal(started.status, 201);
    // A GET needs no token.
    assert.equal((await rawFetch('GET', '/v1/security', { headers: { cookie } })).status, 200);
  });
});
