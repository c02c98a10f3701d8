/**
 * "Forgot your password?" end to end through the demo exchange: from the login page to the reset page with the
 * e-mail carried over, the visible robot check, the code from the outbox, the new password with its consequences
 * stated, the withdrawal lock at the end, and back to log in with the new password (the account page then shows
 * withdrawals locked).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { axeViolations, identifierInput, openSite, PASSWORD, startE2e, stopE2e, type E2e } from './site.js';

let e2e: E2e;

before(async () => {
  e2e = await startE2e();
});

after(() => stopE2e(e2e));

const NEW_PASSWORD = 'a brand new horse battery';

describe('forgot password, end to end', () => {
  it('resets through the robot check and a mailed code, ends on the lock notice, then logs in with the new password', async () => {
    const email = `forgot-${Date.now()}@example.com`;
    await e2e.testing.createTestAccount({ email, password: PASSWORD, displayName: 'Ines Forgot' });
    const { page, problems } = await openSite(e2e, '/sign-in');
    await page.fill(identifierInput, email);
    await page.getByRole('button', { name: 'Forgot your password?' }).click();
    await page.waitForURL('**/reset-password');
    const reset = page.locator('password-reset');
    assert.equal(await reset.locator('input[type=email]').inputValue(), email, 'the e-mail typed at login is carried over');
    assert.deepEqual(await axeViolations(page), []);

    await reset.getByRole('button', { name: 'Continue' }).click();
    const robot = page.getByRole('dialog', { name: 'Security check' });
    await robot.waitFor();
    await robot.getByLabel('I’m not a robot').click();
    await reset.locator('input[autocomplete=one-time-code]').waitFor();
    const { messages } = await e2e.testing.readOutbox({ to: email });
    const code = messages.at(-1)?.code ?? '';
    assert.match(code, /^\d{6}$/);
    await reset.locator('input[autocomplete=one-time-code]').fill(code);

    await reset.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    assert.match(await reset.locator('.tillit-consequences').innerText(), /not be able to withdraw for 24 hours/, 'told before confirming');
    const fields = reset.locator('input[autocomplete=new-password]');
    await fields.nth(0).fill(NEW_PASSWORD);
    await fields.nth(1).fill(NEW_PASSWORD);
    await reset.getByRole('button', { name: 'Save new password' }).click();
    const lock = reset.getByRole('region', { name: 'Withdrawals are locked' });
    await lock.waitFor();
    assert.match(await lock.innerText(), /You reset your password\.[\s\S]*withdraw again from/);
    assert.deepEqual(await axeViolations(page), []);

    await reset.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL('**/sign-in');
    assert.equal(await page.locator(identifierInput).inputValue(), email, 'the login form is prefilled');
    await page.fill('login-form input[autocomplete="current-password"]', NEW_PASSWORD);
    await page.click('login-form button[type=submit]');
    await page.waitForSelector('demo-account-overview h1');
    // The overview's security card fills in after its own request ("…" until then): wait for it, not the heading.
    await page.locator('demo-account-overview').getByText(/Locked until/).first().waitFor({ timeout: 10_000 });

    const old = await e2e.api.signIn({ identifier: { type: 'email', email }, password: PASSWORD }).catch((error: { code?: string }) => error.code);
    assert.equal(old, 'invalid_credentials', 'the old password no longer works');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
