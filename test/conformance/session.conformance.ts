import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { endpoints, type Endpoint } from '../../src/contract/index.js';
import { api, cookieSignIn, createAccount, expectProblem, expectProblemResponse, rawFetch, signIn } from './harness.js';

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

/*
 * Every session row, straight from the endpoint table: the session checks come before anything the row does, so a
 * placeholder input is enough. Path parameters get values of the right shape (the path alone must not decide).
 */
const sessionRows = Object.entries(endpoints as Record<string, Endpoint>).filter(([, row]) => row.access === 'session');
const pathValues: Readonly<Record<string, string>> = { kind: 'email', provider: 'google' };
const pathOf = (row: Endpoint): string =>
  row.path.replace(/:([A-Za-z]+)/g, (_, name: string) => pathValues[name] ?? 'x0000000000');
const isUnsafe = (row: Endpoint): boolean => row.method !== 'GET';

/** A body of the row's kind: `{}` as JSON, or a multipart form for uploads; none for GET and DELETE. */
function placeholderBody(row: Endpoint): RequestInit {
  if (row.method === 'GET' || row.method === 'DELETE') return {};
  if (row.upload) {
    const form = new FormData();
    form.set('kind', 'id_front');
    return { body: form };
  }
  return { headers: { 'content-type': 'application/json' }, body: '{}' };
}

function send(row: Endpoint, headers: Record<string, string>): Promise<Response> {
  const init = placeholderBody(row);
  return rawFetch(row.method, pathOf(row), { ...init, headers: { ...(init.headers as Record<string, string>), ...headers } });
}

describe('session: every session row', () => {
  it('answers unauthenticated without a session, with a made-up bearer token and with a made-up cookie', async () => {
    assert.ok(sessionRows.length > 0);
    for (const [, row] of sessionRows) {
      expectProblemResponse(await send(row, {}), 'unauthenticated');
      expectProblemResponse(
        await send(row, { authorization: 'Bearer made-up-token', 'x-tillit-session-mode': 'bearer' }),
        'unauthenticated',
      );
      expectProblemResponse(await send(row, { cookie: 'tillit_session=made-up', 'x-csrf-token': 'made-up' }), 'unauthenticated');
    }
  });

  it('refuses every unsafe method of a cookie session without the CSRF token or with a wrong one', async () => {
    const { account, cookie, csrf } = await cookieSignIn();
    const unsafe = sessionRows.filter(([, row]) => isUnsafe(row));
    assert.ok(unsafe.some(([, row]) => row.method === 'POST') && unsafe.some(([, row]) => row.method === 'DELETE'));
    for (const [, row] of unsafe) {
      expectProblemResponse(await send(row, { cookie }), 'csrf_failed');
      expectProblemResponse(await send(row, { cookie, 'x-csrf-token': `${csrf}x` }), 'csrf_failed');
    }
    // None of it happened: the session (signOut was among the rows) is still there, and its token still works.
    const response = await rawFetch('GET', '/v1/session', { headers: { cookie } });
    assert.equal(response.status, 200);
    assert.equal(((await response.json()) as { user: { id: string } }).user.id, account.userId);
    assert.equal((await rawFetch('DELETE', '/v1/session', { headers: { cookie, 'x-csrf-token': csrf } })).status, 204);
  });
});

describe('session: the cookie and other origins', () => {
  const signInBody = (account: { email: string | null; password: string }) =>
    JSON.stringify({ identifier: { type: 'email', email: account.email }, password: account.password });
  const sessionCookieOf = (response: Response) => response.headers.getSetCookie().find((c) => c.startsWith('tillit_session='));

  it('[rule: session-cookie] sets tillit_session with Path=/, HttpOnly, SameSite=Lax; sign-out clears the same cookie', async () => {
    const account = await createAccount();
    const response = await rawFetch('POST', '/v1/sign-in', { headers: { 'content-type': 'application/json' }, body: signInBody(account) });
    const set = sessionCookieOf(response);
    assert.ok(set, 'a cookie-mode sign-in sets tillit_session');
    assert.match(set, /;\s*Path=\/\s*(;|$)/i, 'Path=/: every path of the site sends it');
    assert.match(set, /;\s*HttpOnly/i);
    assert.match(set, /;\s*SameSite=Lax/i);
    const cookie = set.split(';')[0]!;
    const csrf = response.headers.get('x-csrf-token')!;
    const out = await rawFetch('DELETE', '/v1/session', { headers: { cookie, 'x-csrf-token': csrf } });
    const cleared = sessionCookieOf(out);
    assert.ok(cleared, 'sign-out answers a Set-Cookie for tillit_session');
    assert.match(cleared, /;\s*Path=\/\s*(;|$)/i, 'cleared with the same Path, or the browser keeps the old one');
    assert.match(cleared, /max-age=0|expires=thu, 01 jan 1970/i);
  });

  it('[rule: session-cookie] marks it Secure behind a TLS proxy (X-Forwarded-Proto: https)', async () => {
    const account = await createAccount();
    const response = await rawFetch('POST', '/v1/sign-in', {
      headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
      body: signInBody(account),
    });
    assert.match(sessionCookieOf(response) ?? '', /;\s*Secure/i, 'Secure over HTTPS, also when a proxy ends TLS');
  });

  it('[rule: cors] answers a preflight from another origin for bearer mode, and never allows it credentials', async () => {
    const origin = 'https://app.elsewhere.example';
    const preflight = await rawFetch('OPTIONS', '/v1/session', {
      headers: {
        origin,
        'access-control-request-method': 'DELETE',
        'access-control-request-headers': 'authorization, x-tillit-session-mode, x-csrf-token, content-type',
      },
    });
    assert.ok(preflight.status === 204 || preflight.status === 200, `preflight status ${preflight.status}`);
    const allowOrigin = preflight.headers.get('access-control-allow-origin');
    assert.ok(allowOrigin === '*' || allowOrigin === origin, `Access-Control-Allow-Origin ${allowOrigin}`);
    assert.notEqual(preflight.headers.get('access-control-allow-credentials'), 'true', 'no credentials for other origins');
    const methods = (preflight.headers.get('access-control-allow-methods') ?? '').toUpperCase();
    for (const method of ['GET', 'POST', 'PATCH', 'DELETE']) assert.ok(methods.includes(method), `allows ${method}: ${methods}`);
    const headers = (preflight.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    for (const name of ['authorization', 'x-tillit-session-mode', 'x-csrf-token', 'content-type']) {
      assert.ok(headers === '*' || headers.includes(name), `allows ${name}: ${headers}`);
    }

    // The answer itself: readable from that origin, with the headers a client needs exposed.
    const { token } = await signIn(await createAccount());
    const answer = await rawFetch('GET', '/v1/session', { headers: { origin, authorization: `Bearer ${token}` } });
    assert.equal(answer.status, 200);
    assert.ok(['*', origin].includes(answer.headers.get('access-control-allow-origin') ?? ''), 'Access-Control-Allow-Origin');
    assert.notEqual(answer.headers.get('access-control-allow-credentials'), 'true');
    const exposed = (answer.headers.get('access-control-expose-headers') ?? '').toLowerCase();
    for (const name of ['x-csrf-token', 'retry-after']) assert.ok(exposed.includes(name), `exposes ${name}: ${exposed}`);
  });
});
