import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { api, createAccount, expectProblem, expectProblemResponse, rawFetch, signIn } from './harness.js';

/*
 * The session rows in both modes: bearer (the typed client with `getToken`) and cookie (raw requests, as a
 * browser page sends them: an HttpOnly cookie plus the `X-CSRF-Token` header on unsafe methods).
 */

describe('session: bearer', () => {
  it('is unauthenticated without a token or with a made-up one', async () => {
    await expectProblem(api().getSession({}), 'unauthenticated');
    await expectProblem(api('made-up-token').getSession({}), 'unauthenticated');
  });

  it('answers the session of a token, and ends it on sign-out', async () => {
    const account = await createAccount();
    const { api: client, token } = await signIn(account);
    const session = await client.getSession({});
    assert.equal(session.user.id, account.userId);
    assert.equal(session.user.displayName, account.displayName);
    assert.equal(session.csrfToken, undefined, 'bearer sessions need no CSRF token');

    await client.signOut({});
    await expectProblem(api(token).getSession({}), 'unauthenticated');
  });
});

describe('session: cookie', () => {
  async function cookieSignIn() {
    const account = await createAccount();
    const response = await rawFetch('POST', '/v1/sign-in', {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identifier: { type: 'email', email: account.email }, password: account.password }),
    });
    assert.equal(response.status, 200);
    const body = (await response.json()) as { status: string; session: { csrfToken?: string; token?: string } };
    const setCookie = response.headers.getSetCookie().find((c) => c.includes('='));
    assert.ok(setCookie, 'a cookie-mode sign-in sets the session cookie');
    assert.match(setCookie, /;\s*HttpOnly/i, 'the session cookie is HttpOnly');
    const csrf = response.headers.get('x-csrf-token');
    assert.ok(csrf, 'and sends X-CSRF-Token');
    assert.equal(body.session.csrfToken, csrf);
    assert.equal(body.session.token, undefined, 'the token stays in the cookie');
    const cookie = setCookie.split(';')[0] ?? '';
    return { account, cookie, csrf };
  }

  it('signs in with a cookie and reads the session with it', async () => {
    const { account, cookie } = await cookieSignIn();
    const response = await rawFetch('GET', '/v1/session', { headers: { cookie } });
    assert.equal(response.status, 200);
    const session = (await response.json()) as { user: { id: string }; csrfToken?: string };
    assert.equal(session.user.id, account.userId);
    assert.ok(session.csrfToken);
  });

  it('refuses sign-out without the CSRF token, and signs out with it', async () => {
    const { cookie, csrf } = await cookieSignIn();
    expectProblemResponse(await rawFetch('DELETE', '/v1/session', { headers: { cookie } }), 'csrf_failed');
    expectProblemResponse(
      await rawFetch('DELETE', '/v1/session', { headers: { cookie, 'x-csrf-token': 'wrong' } }),
      'csrf_failed',
    );

    // Reading the session (as another tab does) never invalidates the token this page holds.
    assert.equal((await rawFetch('GET', '/v1/session', { headers: { cookie } })).status, 200);
    const out = await rawFetch('DELETE', '/v1/session', { headers: { cookie, 'x-csrf-token': csrf } });
    assert.equal(out.status, 204);
    assert.ok(
      out.headers.getSetCookie().some((c) => /max-age=0|expires=thu, 01 jan 1970/i.test(c)),
      'sign-out clears the cookie',
    );
    expectProblemResponse(await rawFetch('GET', '/v1/session', { headers: { cookie } }), 'unauthenticated');
  });

  it('does not take a cookie session as a bearer token', async () => {
    const { cookie } = await cookieSignIn();
    const value = cookie.slice(cookie.indexOf('=') + 1);
    await expectProblem(api(value).getSession({}), 'unauthenticated');
  });
});
