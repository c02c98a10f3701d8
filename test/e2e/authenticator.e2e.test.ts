/**
 * The authenticator journey through the demo exchange (`npm start`'s server, strict CSP, Chromium): a signed-in
 * user opens Account -> Authenticator app, confirms it is them with the e-mail code from the outbox, adds the key
 * to an "app" (oathtool: a TOTP implementation that is not ours), confirms the first code, saves the recovery
 * phrase that came with the binding (no second step-up) by re-entering the words asked for, and ends with the
 * withdrawal lock stated; the account then shows
 * both, the key and the words are gone from the page, and nothing broke the page's CSP.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { axeViolations, logIn, openSite, PASSWORD, startE2e, stopE2e, type E2e } from './site.js';

let e2e: E2e;

before(async () => {
  e2e = await startE2e();
});

after(() => stopE2e(e2e));

/** The code an authenticator app shows for `secret` at the backend's clock, from oathtool. */
async function appCode(secret: string): Promise<string> {
  const { now } = await e2e.testing.readClock();
  const at = now.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC');
  return execFileSync('oathtool', ['--totp', '-b', `--now=${at}`, secret], { encoding: 'utf8' }).trim();
}

async function lastCode(to: string, count: number): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const { messages } = await e2e.testing.readOutbox({ to });
    if (messages.length >= count) return messages.at(-1)!.code;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no code number ${count} for ${to}`);
}

const stepHeading = (root: Locator) => root.locator('[data-tillit-heading]').first();

async function answer(root: Locator, code: string): Promise<void> {
  const input = root.locator('input[autocomplete="one-time-code"]');
  await input.waitFor();
  await input.fill(code);
}

describe('authenticator page: binding an app and saving the recovery phrase', () => {
  it('walks the whole binding with codes from the outbox and oathtool', async () => {
    const account = await e2e.testing.createTestAccount({ displayName: 'Ines', password: PASSWORD });
    const email = account.email!;
    const { page, problems } = await openSite(e2e, '/sign-in');
    await logIn(page, email);
    await page.locator('nav a', { hasText: 'Authenticator app' }).first().click();
    await page.waitForURL(/\/account\/authenticator$/);
    const setup = page.locator('totp-setup');
    await assert.doesNotReject(stepHeading(setup).waitFor());
    assert.equal(await stepHeading(setup).innerText(), 'Before you start');
    assert.deepEqual(await axeViolations(page), []);

    await setup.getByRole('button', { name: 'Continue' }).click();
    await answer(setup, await lastCode(email, 1));
    await setup.locator('svg.tillit-qr').waitFor();
    assert.equal(await stepHeading(setup).innerText(), 'Scan the QR code');
    await setup.getByText('Can’t scan it?').click();
    const secret = (await setup.locator('[data-tillit-secret]').innerText()).replace(/\s+/g, '');
    assert.match(secret, /^[A-Z2-7]{32}$/);
    const href = await setup.locator('a[href^="otpauth:"]').getAttribute('href');
    assert.match(href!, /^otpauth:\/\/totp\/tillit%20demo%20exchange:/);
    assert.deepEqual(await axeViolations(page), []);

    await setup.getByRole('button', { name: 'Continue' }).click();
    // How long the app's current code has left, said quietly under the intro.
    assert.match(await setup.locator('[data-tillit-next-code]').innerText(), /^New code in \d+ seconds?$/);
    await answer(setup, await appCode(secret));

    // The phrase comes with the binding: shown at once, with no step-up of its own (one e-mail code in all).
    const phrase = setup.locator('recovery-key-backup');
    await phrase.locator('.tillit-phrase-shown li').nth(11).waitFor({ timeout: 8000 }).catch(async (error: unknown) => {
      throw new Error(`${String(error)}\n${await setup.innerText()}\n${problems.join('\n')}`);
    });
    const words = await phrase.locator('.tillit-phrase-shown li').allInnerTexts();
    assert.equal(words.length, 12);
    assert.equal((await e2e.testing.readOutbox({ to: email })).messages.length, 1, 'one step-up for the app and its phrase');
    assert.deepEqual(await axeViolations(page), []);
    assert.equal(await page.evaluate(() => window.dispatchEvent(new Event('beforeunload', { cancelable: true }))), false, 'leaving now warns');

    await phrase.getByRole('button', { name: 'I have written it down' }).click();
    const fields = phrase.locator('input[name^="word-"]');
    await fields.nth(2).waitFor();
    for (const field of await fields.all()) {
      const n = Number((await field.getAttribute('name'))!.slice(5));
      await field.fill(words[n - 1]!);
    }
    await phrase.getByRole('button', { name: 'Continue' }).click();

    await page.waitForFunction(() => document.querySelector('totp-setup')?.textContent?.includes('Your authenticator app is set up'));
    const text = await setup.innerText();
    assert.match(text, /Withdrawals are locked/);
    assert.ok(!text.includes(secret) && !(await page.content()).includes(secret), 'the key left the page');
    assert.ok(!words.some((word) => text.includes(` ${word} `)), 'the words left the page');
    assert.equal(await page.evaluate(() => window.dispatchEvent(new Event('beforeunload', { cancelable: true }))), true, 'nothing left to warn about');
    assert.deepEqual(await axeViolations(page), []);

    await page.getByRole('link', { name: 'Back to your account' }).click();
    await page.waitForSelector('demo-account-overview dl');
    const overview = await page.locator('demo-account-overview').innerText();
    assert.match(overview, /Authenticator app\s*On/);
    assert.deepEqual(problems, []);
    await closeQuietly(page);
  });

  it('tells an account that already has an authenticator, instead of offering a second one, and offers the recovery phrase', async () => {
    const { page, problems } = await openSite(e2e, '/sign-in');
    await page.fill('login-form input[autocomplete="username webauthn"]', 'bjorn@example.com');
    await page.fill('login-form input[autocomplete="current-password"]', PASSWORD);
    await page.click('login-form button[type=submit]');
    await answer(page.locator('login-form'), await appCode('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'));
    await page.waitForSelector('demo-account-overview h1');
    await page.goto(`${e2e.demo.url}/account/authenticator`);
    await page.waitForFunction(() => document.querySelector('demo-authenticator p')?.textContent?.includes('is set up'));
    assert.equal(await page.locator('totp-setup').count(), 0);
    // Bjørn has no recovery phrase saved: the page offers <recovery-key-backup> on its own.
    await page.getByRole('button', { name: 'Save a recovery phrase' }).click();
    await page.locator('recovery-key-backup [data-tillit-heading]').first().waitFor();
    assert.match(await page.locator('recovery-key-backup').innerText(), /recovery phrase/i);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await closeQuietly(page);
  });
});

async function closeQuietly(page: Page): Promise<void> {
  await page.close().catch(() => undefined);
}
