/**
 * End to end through `npm start`: the Node reference backend and the demo page in Debian's Chromium. What the
 * in-page stand-in cannot show is checked here: real cookie sessions with CSRF, the strict CSP with Trusted
 * Types, and the round trip through the (demo) identity provider.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../scripts/ensure-chromium.mjs';
import { startDemo, type RunningDemo } from './demo-server.js';

let demo: RunningDemo;
let browser: Browser;

before(async () => {
  demo = await startDemo();
  const executablePath = findChromium();
  assert.ok(executablePath, 'Chromium not found: run `node scripts/ensure-chromium.mjs`');
  browser = await chromium.launch({ executablePath, args: [...chromiumArgs] });
});

after(async () => {
  await browser?.close();
  await demo?.stop();
});

/** A fresh page that collects CSP violations and script errors (expected 401/404 resource loads are not errors). */
async function openDemo(): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (/Refused to|Trusted Type|Content Security Policy/i.test(message.text())) problems.push(message.text());
  });
  await page.goto(`${demo.url}/`);
  await page.waitForSelector('login-form form');
  return { page, problems };
}

async function signInWithPassword(page: Page, identifier: string): Promise<void> {
  await page.fill('login-form input[autocomplete="username webauthn"]', identifier);
  await page.fill('login-form input[autocomplete="current-password"]', 'correct horse battery');
  await page.click('login-form button[type=submit]');
}

describe('the demo, end to end', () => {
  it('serves the page under a strict CSP with Trusted Types', async () => {
    const response = await fetch(`${demo.url}/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.match(csp, /require-trusted-types-for 'script'/);
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.match(csp, /style-src 'self'(;|$)/);
  });

  it('signs in with password + authenticator code on an HttpOnly cookie session, then signs out', async () => {
    const { page, problems } = await openDemo();
    await signInWithPassword(page, 'bjorn@example.com');
    await page.waitForSelector('login-form input[autocomplete="one-time-code"]');
    const code = (await page.textContent('#totp'))?.slice(0, 6) ?? '';
    assert.match(code, /^\d{6}$/);
    await page.fill('login-form input[autocomplete="one-time-code"]', code);
    await page.waitForSelector('.signed-in h1');
    assert.equal(await page.textContent('.signed-in h1'), 'Signed in as Bjørn');

    const cookie = (await page.context().cookies()).find((c) => c.name === 'tillit_session');
    assert.ok(cookie?.httpOnly, 'the session cookie is HttpOnly');
    const secrets = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    assert.doesNotMatch(secrets, /correct horse battery/, 'no password in web storage');

    // Sign-out is a DELETE that needs the CSRF token the client learned from the session answers.
    await page.click('.signed-in button');
    await page.waitForSelector('login-form form');
    assert.equal((await page.context().cookies()).find((c) => c.name === 'tillit_session')?.value ?? '', '');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('signs in with an SMS code read from the dev outbox', async () => {
    const { page, problems } = await openDemo();
    await page.check('login-form input[name="identifier-kind"][value="phone"]');
    await page.fill('login-form input[autocomplete="username webauthn"]', '0709876543');
    await page.fill('login-form input[autocomplete="current-password"]', 'correct horse battery');
    await page.click('login-form button[type=submit]');
    await page.waitForSelector('login-form input[autocomplete="one-time-code"]');
    await page.waitForSelector('#outbox li strong');
    const code = (await page.textContent('#outbox li strong')) ?? '';
    await page.fill('login-form input[autocomplete="one-time-code"]', code);
    await page.waitForSelector('.signed-in h1');
    assert.equal(await page.textContent('.signed-in h1'), 'Signed in as Cecilia');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('continues with Google through the provider page and back', async () => {
    const { page, problems } = await openDemo();
    await page.click('login-form >> css=.google');
    await page.waitForURL(/\/demo\/idp\/google/);
    await page.click('button[value="alva@example.com"]');
    await page.waitForSelector('.signed-in h1');
    assert.equal(await page.textContent('.signed-in h1'), 'Signed in as Alva');
    assert.equal(new URL(page.url()).search, '', 'the code and state are taken off the address bar');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
