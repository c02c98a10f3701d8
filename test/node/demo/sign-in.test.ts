import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createBackend, type Backend } from '../../../demo/core/app.js';
import { ApiProblem } from '../../../demo/core/problem.js';
import { demoAccounts, DEMO_PASSWORD } from '../../../demo/core/seed.js';
import { passkeyRegistrationOptions, passkeySignInOptions, takeCeremony } from '../../../demo/core/webauthn.js';
import { authorizeSocialCode, socialReturnUrl } from '../../../demo/routes/social-sign-in.js';
import { SoftAuthenticator } from '../../support/soft-authenticator.js';
import { ORIGIN, bearerRequest, testBackend, userWithPasskey } from './in-process.js';

/*
 * What the HTTP API cannot show: the seeded demo accounts, the relying-party helpers the security flow reuses,
 * the demo identity provider's redirect, and that testing rows stay closed outside test mode.
 */

const post = (path: string, body: unknown) => bearerRequest('POST', path, { json: body });

describe('demo accounts', () => {
  it('cover no 2FA, TOTP + SMS, SMS only, e-mail only, and KYC levels 1 and 2', () => {
    const has = (pick: (a: (typeof demoAccounts)[number]) => boolean) => demoAccounts.some(pick);
    assert.ok(has((a) => !a.totp && !a.smsTwoFactor && !a.emailTwoFactor));
    assert.ok(has((a) => a.totp && a.smsTwoFactor));
    assert.ok(has((a) => !a.totp && a.smsTwoFactor && !a.emailTwoFactor && a.email === null));
    assert.ok(has((a) => !a.totp && !a.smsTwoFactor && a.emailTwoFactor));
    assert.ok(has((a) => a.kycLevel === 1));
    assert.ok(has((a) => a.kycLevel === 2));
    assert.equal(new Set(demoAccounts.map((a) => a.identifier)).size, demoAccounts.length, 'identifiers are unique');
  });

  it('are seeded as the table says, and sign in with the documented password', async () => {
    const backend = createBackend({ seed: true });
    await backend.ready;
    for (const demo of demoAccounts) {
      const identifier = demo.email ? { type: 'email', email: demo.email } : { type: 'phone', phone: demo.phone };
      const response = await backend.fetch(post('/v1/sign-in', { identifier, password: DEMO_PASSWORD }));
      assert.equal(response.status, 200, demo.displayName);
      const body = (await response.json()) as { status: string; challenge?: { methods: string[] } };
      const methods = [demo.totp && 'totp', demo.smsTwoFactor && 'sms', demo.emailTwoFactor && 'email'].filter(Boolean);
      if (methods.length === 0) assert.equal(body.status, 'signed_in', demo.displayName);
      else assert.deepEqual(body.challenge?.methods, methods, demo.displayName);
      const user = backend.context.users.findByIdentifier(identifier as never);
      assert.equal(user?.kyc.level, demo.kycLevel, demo.displayName);
    }
  });
});

describe('testing rows', () => {
  it('answer 404 unless the backend runs in test mode', async () => {
    const backend = createBackend({ seed: false });
    const response = await backend.fetch(post('/v1/testing/captcha', {}));
    assert.equal(response.status, 404);
    assert.match(response.headers.get('content-type') ?? '', /problem\+json/);
  });
});

describe('demo identity provider', () => {
  it('sends the browser back to returnTo with code and state, for a pending state only', async () => {
    const backend = createBackend({ seed: false, publicUrl: 'http://demo.test', origins: ['https://shop.test'] });
    const start = await backend.fetch(
      post('/v1/sign-in/social/google/start', { returnTo: 'https://shop.test/back?x=1' }),
    );
    const { url, state } = (await start.json()) as { url: string; state: string };
    assert.ok(url.startsWith('http://demo.test/demo/idp/google?'));
    assert.equal(new URL(url).searchParams.get('return_to'), 'https://shop.test/back?x=1');

    const code = authorizeSocialCode(backend.context, 'google', state, 'sub-1');
    const back = new URL(socialReturnUrl(backend.context, state, code) ?? '');
    assert.equal(back.origin + back.pathname, 'https://shop.test/back');
    assert.equal(back.searchParams.get('x'), '1');
    assert.equal(back.searchParams.get('code'), code);
    assert.equal(back.searchParams.get('state'), state);
    assert.equal(socialReturnUrl(backend.context, 'unknown', code), null);
  });
});

describe('passkeys (core/webauthn.ts)', () => {
  async function withPasskey() {
    const backend = testBackend();
    return { backend, ...(await userWithPasskey(backend)) };
  }

  async function signInWith(backend: Backend, authenticator: SoftAuthenticator) {
    const start = await backend.fetch(post('/v1/sign-in/passkey/options', {}));
    const { challengeId, options } = (await start.json()) as { challengeId: string; options: { challenge: string } };
    const response = await authenticator.authenticate(options);
    return { challengeId, response, answer: await backend.fetch(post('/v1/sign-in/passkey/verify', { challengeId, response })) };
  }

  it('registers a passkey and signs in with it, updating counter and last use', async () => {
    const { backend, user, authenticator, passkey } = await withPasskey();
    assert.equal(passkey.name, 'Laptop');
    assert.equal(passkey.lastUsedAt, null);
    const { answer } = await signInWith(backend, authenticator);
    assert.equal(answer.status, 200);
    const body = (await answer.json()) as { status: string; session: { user: { id: string }; token?: string } };
    assert.equal(body.status, 'signed_in');
    assert.equal(body.session.user.id, user.id);
    assert.equal(passkey.counter, 1);
    assert.ok(passkey.lastUsedAt);
  });

  it('refuses a replayed assertion: the challenge works once', async () => {
    const { backend, authenticator } = await withPasskey();
    const { challengeId, response } = await signInWith(backend, authenticator);
    const replay = await backend.fetch(post('/v1/sign-in/passkey/verify', { challengeId, response }));
    assert.equal(((await replay.json()) as { code: string }).code, 'challenge_expired');
  });

  it('refuses an assertion made for another origin (a phishing page relaying the challenge)', async () => {
    const { backend, authenticator, passkey } = await withPasskey();
    const { challengeId, options } = await passkeySignInOptions(backend.context);
    const response = await authenticator.authenticate(options, { origin: 'https://evil.test' });
    const answer = await backend.fetch(post('/v1/sign-in/passkey/verify', { challengeId, response }));
    assert.equal(((await answer.json()) as { code: string }).code, 'passkey_failed');
    assert.equal(passkey.lastUsedAt, null, 'a refused assertion does not count as a use');
  });

  it('refuses a passkey unknown to the backend', async () => {
    const { backend } = await withPasskey();
    const stranger = new SoftAuthenticator(ORIGIN);
    await stranger.register({ challenge: 'AAAA', user: { id: 'eA' } });
    const { challengeId, options } = await passkeySignInOptions(backend.context);
    const response = await stranger.authenticate(options);
    const answer = await backend.fetch(post('/v1/sign-in/passkey/verify', { challengeId, response }));
    assert.equal(((await answer.json()) as { code: string }).code, 'passkey_failed');
  });

  it('refuses a locked account even with a good passkey', async () => {
    const { backend, user, authenticator } = await withPasskey();
    user.lockedUntilMs = backend.context.clock.nowMs() + 60_000;
    const { answer } = await signInWith(backend, authenticator);
    assert.equal(((await answer.json()) as { code: string }).code, 'account_locked');
  });

  it('does not let a registration challenge finish a sign-in', async () => {
    const { backend, user } = await withPasskey();
    const { challengeId } = await passkeyRegistrationOptions(backend.context, user);
    assert.throws(
      () => takeCeremony(backend.context, challengeId, 'sign-in'),
      (e: unknown) => e instanceof ApiProblem && e.code === 'challenge_expired',
    );
  });
});
