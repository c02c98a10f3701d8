import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  api,
  createAccount,
  expectFieldRefused,
  expectProblem,
  expectProblemResponse,
  rawCall,
  rawFetch,
  testing,
} from './harness.js';
import { pageOrigin } from './support/target.js';

/*
 * "Continue with Google / Apple": the provider's half is played by the testing row `authorizeSocial`. The security
 * rules `return-to` (the code only ever goes back to the exchange's own pages) and `state-binding` (a state finishes
 * only in the browser that started it) are checked in both session modes.
 */

const returnTo = `${pageOrigin}/after-sign-in`;
type Provider = 'google' | 'apple';

/** A bearer-mode start and the provider's consent: what the page has when the browser comes back. */
async function viaProvider(provider: Provider, subject: string, email?: string) {
  const { state, binding } = await api().startSocialSignIn({ provider, returnTo });
  const { code } = await testing.authorizeSocial({ provider, state, subject, ...(email ? { email } : {}) });
  return { state, code, ...(binding === undefined ? {} : { binding }) };
}

async function linkedAccount(provider: Provider = 'google') {
  const account = await createAccount();
  const subject = `${provider}-${account.userId}`;
  await testing.linkSocialIdentity({ userId: account.userId, provider, subject });
  return { account, subject };
}

const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

/** A browser (cookie mode, no bearer header) starting a Google sign-in: its `tillit_social` cookie and the state. */
async function browserStart(cookie?: string) {
  const response = await rawFetch('POST', '/v1/sign-in/social/google/start', json({ returnTo }, cookie ? { cookie } : {}));
  assert.equal(response.status, 200);
  const body = (await response.json()) as { state: string; binding?: string };
  assert.equal(body.binding, undefined, 'cookie mode answers no binding: the cookie binds');
  const set = response.headers.getSetCookie().find((c) => c.startsWith('tillit_social='));
  assert.ok(set, 'cookie mode sets the tillit_social cookie');
  assert.match(set, /;\s*Path=\/(;|$)/i, 'tillit_social has Path=/');
  assert.match(set, /;\s*HttpOnly/i, 'tillit_social is HttpOnly');
  return { cookie: set.split(';')[0]!, state: body.state };
}

const browserFinish = (state: string, code: string, cookie?: string) =>
  rawFetch('POST', '/v1/sign-in/social/google/finish', json({ state, code }, cookie ? { cookie } : {}));

describe('sign-in: Google and Apple', () => {
  it('starts with a provider URL that carries the state; bearer mode answers a binding', async () => {
    const { url, state, binding } = await api().startSocialSignIn({ provider: 'google', returnTo });
    assert.ok(state.length >= 16, 'an unguessable state');
    assert.equal(new URL(url).searchParams.get('state'), state, 'the URL carries the state (OAuth `state`)');
    assert.ok(binding && binding.length >= 16, 'bearer mode: an unguessable binding to send back');
  });

  it('signs in a linked account, and asks 2FA accounts for their second factor', async () => {
    const { account, subject } = await linkedAccount();
    const result = await api().finishSocialSignIn({ provider: 'google', ...(await viaProvider('google', subject)) });
    assert.equal(result.status, 'signed_in');
    assert.equal(result.session.user.id, account.userId);

    const guarded = await createAccount({ totp: true });
    await testing.linkSocialIdentity({ userId: guarded.userId, provider: 'apple', subject: `a-${guarded.userId}` });
    const second = await api().finishSocialSignIn({ provider: 'apple', ...(await viaProvider('apple', `a-${guarded.userId}`)) });
    assert.equal(second.status, 'second_factor_required');
    assert.deepEqual(second.challenge.methods, ['totp']);
  });

  it('refuses an unknown, reused or foreign state', async () => {
    const { subject } = await linkedAccount();
    const { code, binding } = await viaProvider('google', subject);
    await expectProblem(api().finishSocialSignIn({ provider: 'google', code, state: 'made-up-state', ...(binding ? { binding } : {}) }), 'social_failed');

    const fresh = await viaProvider('google', subject);
    assert.equal((await api().finishSocialSignIn({ provider: 'google', ...fresh })).status, 'signed_in');
    await expectProblem(api().finishSocialSignIn({ provider: 'google', ...fresh }), 'social_failed');

    const started = await viaProvider('google', subject);
    await expectProblem(api().finishSocialSignIn({ provider: 'apple', ...started }), 'social_failed');
  });

  it('refuses an expired state', async () => {
    const { subject } = await linkedAccount();
    const pending = await viaProvider('google', subject);
    await testing.advanceClock({ seconds: 11 * 60 });
    await expectProblem(api().finishSocialSignIn({ provider: 'google', ...pending }), 'social_failed');
  });

  it('says when no account is linked, and links by a verified e-mail', async () => {
    const stranger = await viaProvider('google', `stranger-${Date.now()}`);
    await expectProblem(api().finishSocialSignIn({ provider: 'google', ...stranger }), 'social_not_linked');

    const account = await createAccount();
    const subject = `g-mail-${account.userId}`;
    const first = await api().finishSocialSignIn({ provider: 'google', ...(await viaProvider('google', subject, account.email!)) });
    assert.equal(first.status, 'signed_in');
    assert.equal(first.session.user.id, account.userId);
    // Linked now: the same identity signs in without the e-mail.
    const again = await api().finishSocialSignIn({ provider: 'google', ...(await viaProvider('google', subject)) });
    assert.equal(again.status, 'signed_in');
    assert.equal(again.session.user.id, account.userId);
  });
});

describe('sign-in: Google and Apple return only to the exchange', () => {
  it('[rule: return-to] refuses a returnTo on any other origin, javascript: and data:', async () => {
    const { host, hostname, port, protocol } = new URL(pageOrigin);
    const otherPort = String(Number(port || (protocol === 'https:' ? 443 : 80)) + 1);
    const foreign = [
      'https://evil.example/after-sign-in',
      `${protocol}//${hostname}.evil.example${port ? `:${port}` : ''}/`,
      `${protocol}//${hostname}:${otherPort}/`,
      `${protocol === 'https:' ? 'http:' : 'https:'}//${host}/`,
      `${protocol}//${host}@evil.example/`,
    ];
    for (const url of foreign) {
      const problem = await expectFieldRefused('startSocialSignIn', { provider: 'google', returnTo: url }, 'returnTo');
      assert.deepEqual(problem.fields, [{ path: 'returnTo', code: 'not_allowed' }], url);
    }
    for (const url of ['javascript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>']) {
      await expectFieldRefused('startSocialSignIn', { provider: 'google', returnTo: url }, 'returnTo');
    }
    // Any page of the exchange's own origin is fine.
    const ok = await rawCall('startSocialSignIn', { provider: 'google', returnTo: `${pageOrigin}/some/page?tab=2#top` });
    assert.equal(ok.status, 200);
  });

  it('[rule: state-binding] cookie mode: the state finishes only with the cookie of the browser that started it', async () => {
    const { account, subject } = await linkedAccount();
    const authorize = async (state: string) => (await testing.authorizeSocial({ provider: 'google', state, subject })).code;

    // Without any cookie (a victim who opens the attacker's return link in a fresh browser).
    const a = await browserStart();
    expectProblemResponse(await browserFinish(a.state, await authorize(a.state)), 'social_failed');
    // With another browser's cookie (the victim has one of their own).
    const b = await browserStart();
    const victim = await browserStart();
    expectProblemResponse(await browserFinish(b.state, await authorize(b.state), victim.cookie), 'social_failed');
    // The refusal used the state up: not even its own browser can finish it now.
    expectProblemResponse(await browserFinish(b.state, await authorize(b.state), b.cookie), 'social_failed');

    // The browser that started it signs in, and gets a session cookie.
    const mine = await browserStart();
    const done = await browserFinish(mine.state, await authorize(mine.state), mine.cookie);
    assert.equal(done.status, 200);
    const body = (await done.json()) as { status: string; session: { user: { id: string } } };
    assert.equal(body.session.user.id, account.userId);
    assert.ok(done.headers.getSetCookie().some((c) => c.startsWith('tillit_session=')));
    // One browser may run several sign-ins (tabs) at once: its cookie stays the same nonce.
    const tab1 = await browserStart(mine.cookie);
    const tab2 = await browserStart(mine.cookie);
    assert.equal((await browserFinish(tab1.state, await authorize(tab1.state), tab2.cookie)).status, 200);
  });

  it('[rule: state-binding] bearer mode: the state finishes only with the binding it was answered with', async () => {
    const { subject } = await linkedAccount('apple');
    const one = await viaProvider('apple', subject);
    const { binding: _dropped, ...without } = one;
    await expectProblem(api().finishSocialSignIn({ provider: 'apple', ...without }), 'social_failed');
    const two = await viaProvider('apple', subject);
    const three = await viaProvider('apple', subject);
    await expectProblem(api().finishSocialSignIn({ provider: 'apple', ...two, binding: three.binding ?? 'x' }), 'social_failed');
    assert.equal((await api().finishSocialSignIn({ provider: 'apple', ...three })).status, 'signed_in');
  });
});
