import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { maskEmail, maskPhone } from '../../../demo/core/model.js';
import { weakPasswordReason } from '../../../demo/core/passwords.js';
import { fileNameAgrees } from '../../../demo/routes/kyc/sniff.js';
import { ORIGIN, call, testBackend } from './in-process.js';

/*
 * Rules of CONTRACT.md's Basics (bodies, sizes, masks) and of single rows that the conformance suite checks only in
 * part, held against the reference backend directly.
 */

const raw = (path: string, contentType: string | null, body: string): Request =>
  new Request(ORIGIN + path, {
    method: 'POST',
    headers: contentType === null ? {} : { 'content-type': contentType },
    body,
  });

const codeOf = async (response: Response): Promise<string> => ((await response.json()) as { code: string }).code;

describe('request bodies', () => {
  const signInBody = JSON.stringify({ identifier: { type: 'email', email: 'nobody@example.com' }, password: 'x' });

  it('answers a JSON endpoint sent another content type with malformed_request, not unsupported_media_type', async () => {
    const backend = testBackend();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', null]) {
      const response = await backend.fetch(raw('/v1/sign-in', type, signInBody));
      assert.equal(response.status, 400, String(type));
      assert.equal(await codeOf(response), 'malformed_request');
    }
  });

  it('takes application/json with parameters and other +json types', async () => {
    const backend = testBackend();
    for (const type of ['application/json; charset=utf-8', 'application/merge-patch+json']) {
      const response = await backend.fetch(raw('/v1/sign-in', type, signInBody));
      assert.equal(await codeOf(response), 'invalid_credentials', type);
    }
  });

  it('counts an empty body as {} whatever its content type', async () => {
    const response = await testBackend().fetch(raw('/v1/testing/captcha', 'text/plain', ''));
    assert.equal(response.status, 200);
  });

  it('refuses a JSON body over 64 KiB with payload_too_large', async () => {
    const padded = JSON.stringify({ identifier: { type: 'email', email: 'a@example.com' }, password: 'x', pad: 'x'.repeat(65_536) });
    const response = await testBackend().fetch(raw('/v1/sign-in', 'application/json', padded));
    assert.equal(response.status, 413);
    assert.equal(await codeOf(response), 'payload_too_large');
  });

  it('answers an upload endpoint sent JSON with malformed_request', async () => {
    const backend = testBackend();
    const account = await call<{ email: string; password: string }>(backend, 'POST', '/v1/testing/accounts', {
      json: { kycLevel: 1 },
    });
    const signIn = await call<{ session: { token: string } }>(backend, 'POST', '/v1/sign-in', {
      json: { identifier: { type: 'email', email: account.body.email }, password: account.body.password },
    });
    const answer = await call(backend, 'POST', '/v1/kyc/documents', { token: signIn.body.session.token, json: { kind: 'id_front' } });
    assert.equal(answer.status, 400);
    assert.equal(answer.body['code'], 'malformed_request');
  });
});

describe('path parameters', () => {
  it('refuses an unknown provider as validation_failed naming provider', async () => {
    const answer = await call(testBackend(), 'POST', '/v1/sign-in/social/facebook/start', {
      json: { returnTo: 'https://shop.test/back' },
    });
    assert.equal(answer.status, 422);
    assert.deepEqual(answer.body['fields'], [{ path: 'provider', code: 'not_allowed' }]);
  });
});

describe('masked destinations', () => {
  it('always hide something behind •, keep the domain and the last two digits', () => {
    for (const email of ['a@example.com', 'ab@example.com', 'abc@example.com', 'alice@example.com']) {
      const masked = maskEmail(email);
      assert.match(masked, /•/, email);
      assert.notEqual(masked, email);
      assert.ok(masked.endsWith('@example.com'), masked);
    }
    const phone = maskPhone('+46701234512');
    assert.match(phone, /•/);
    assert.ok(phone.endsWith('12'));
  });
});

describe('password_too_weak', () => {
  const ids = ['anna.lind@example.com', '+46701234567'];

  it('refuses common passwords, one repeated character and the identifiers, case aside', () => {
    assert.equal(weakPasswordReason('Password123', ids), 'common');
    assert.equal(weakPasswordReason('zzzzzzzzzzzz', ids), 'repeated');
    assert.equal(weakPasswordReason('my-ANNA.LIND-rocks', ids), 'contains_identifier');
    assert.equal(weakPasswordReason('call 46701234567 now', ids), 'contains_identifier');
  });

  it('accepts others, and ignores e-mail names under 4 characters', () => {
    assert.equal(weakPasswordReason('violet-harbour-lantern-42', ids), null);
    assert.equal(weakPasswordReason('joanna-river-42', ['ann@example.com']), null);
  });
});

describe('kyc fileNameAgrees', () => {
  it('refuses an extension that names another accepted type, and ignores other names', () => {
    assert.equal(fileNameAgrees('front.jpg', 'image/png'), false);
    assert.equal(fileNameAgrees('scan.PDF', 'image/jpeg'), false);
    assert.equal(fileNameAgrees('front.JPEG', 'image/jpeg'), true);
    assert.equal(fileNameAgrees('back.heif', 'image/heic'), true);
    assert.equal(fileNameAgrees('selfie', 'image/jpeg'), true);
    assert.equal(fileNameAgrees('photo.bin', 'image/png'), true);
  });
});

describe('password reset codes', () => {
  it('counts wrong codes across resends: the 5th of the reset burns it', async () => {
    const backend = testBackend();
    const { body: account } = await call<{ email: string }>(backend, 'POST', '/v1/testing/accounts', { json: {} });
    const { body: captcha } = await call<{ token: string }>(backend, 'POST', '/v1/testing/captcha', { json: {} });
    const { body: reset } = await call<{ resetId: string }>(backend, 'POST', '/v1/password-reset', {
      json: { identifier: { type: 'email', email: account.email }, captchaToken: captcha.token },
    });
    const send = () => call(backend, 'POST', `/v1/password-reset/${reset.resetId}/send`, { json: { channel: 'email' } });
    const verify = () => call(backend, 'POST', `/v1/password-reset/${reset.resetId}/verify`, { json: { code: '000000' } });
    const sentCode = () => backend.context.outbox.at(-1)?.code;
    assert.equal((await send()).status, 200);
    if (sentCode() === '000000') return; // one run in a million: the guess is right
    for (const left of [4, 3, 2]) assert.equal((await verify()).body['attemptsRemaining'], left);
    backend.context.clock.advance(61);
    assert.equal((await send()).status, 200);
    if (sentCode() === '000000') return;
    assert.equal((await verify()).body['attemptsRemaining'], 1);
    assert.equal((await verify()).body['code'], 'too_many_attempts');
    assert.equal((await verify()).body['code'], 'challenge_expired');
  });
});
