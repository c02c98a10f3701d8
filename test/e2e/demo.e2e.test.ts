/**
 * End to end through `npm start`: the Node reference backend and the demo exchange in Debian's Chromium. What the
 * in-page stand-in cannot show is checked here: real cookie sessions with CSRF, the strict CSP with Trusted
 * Types, and the round trip through the (demo) identity provider.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { codeInput, openSite, pageHeading, startE2e, stopE2e, submitPassword, type E2e } from './site.js';

let e2e: E2e;

before(async () => {
  e2e = await startE2e();
});

after(() => stopE2e(e2e));

describe('the demo, end to end', () => {
  it('serves the site under a strict CSP with Trusted Types', async () => {
    for (const path of ['/', '/sign-in', '/account', '/assets/site.js', '/assets/site.css']) {
      const response = await fetch(`${e2e.demo.url}${path}`);
      const csp = response.headers.get('content-security-policy') ?? '';
      assert.match(csp, /require-trusted-types-for 'script'/, path);
      assert.match(csp, /script-src 'self'(;|$)/, path);
      assert.match(csp, /style-src 'self'(;|$)/, path);
    }
  });

  it('logs in with password + authenticator code on an HttpOnly cookie session, then logs out', async () => {
    const { page, problems } = await openSite(e2e, '/sign-in');
    await submitPassword(page, 'bjorn@example.com');
    await page.waitForSelector(codeInput);
    const code = (await page.textContent('#dev-totp')) ?? '';
    assert.match(code, /^\d{6}$/);
    await page.fill(codeInput, code);
    await page.waitForSelector('demo-account-overview h1');
    assert.equal(await pageHeading(page), 'Hello, Bjørn');

    const cookie = (await page.context().cookies()).find((c) => c.name === 'tillit_session');
    assert.ok(cookie?.httpOnly, 'the session cookie is HttpOnly');
    const secrets = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    assert.doesNotMatch(secrets, /correct horse battery/, 'no password in web storage');

    // Logging out is a DELETE that needs the CSRF token the client learned from the session answers.
    await page.click('demo-account-overview .page-header button');
    await page.waitForSelector('login-form form');
    assert.equal(new URL(page.url()).pathname, '/sign-in');
    assert.equal((await page.context().cookies()).find((c) => c.name === 'tillit_session')?.value ?? '', '');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('logs in with an SMS code read from the dev outbox', async () => {
    const { page, problems } = await openSite(e2e, '/sign-in');
    await page.waitForSelector('login-form input[name="identifier-kind"]');
    await page.check('login-form input[name="identifier-kind"][value="phone"]');
    await submitPassword(page, '0709876543');
    await page.waitForSelector(codeInput);
    const code = (await page.locator('#dev-outbox .outbox__code').first().textContent()) ?? '';
    assert.match(code, /^\d{6}$/);
    await page.fill(codeInput, code);
    await page.waitForSelector('demo-account-overview h1');
    assert.equal(await pageHeading(page), 'Hello, Cecilia');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('continues with Google through the provider page and back', async () => {
    const { page, problems } = await openSite(e2e, '/sign-in');
    await page.click('login-form >> css=.google');
    await page.waitForURL(/\/demo\/idp\/google/);
    await page.click('button[value="alva@example.com"]');
    await page.waitForSelector('demo-account-overview h1');
    assert.equal(await pageHeading(page), 'Hello, Alva');
    assert.equal(new URL(page.url()).pathname, '/account');
    assert.equal(new URL(page.url()).search, '', 'the code and state are taken off the address bar');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
