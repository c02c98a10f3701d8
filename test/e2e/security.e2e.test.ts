/**
 * Account > Security through the demo exchange in Chromium: a passkey registered with Chromium's virtual
 * authenticator (CDP `WebAuthn.addVirtualAuthenticator`), logged out, and logged in with it; before that, a phone
 * number unbound through the step-up, with the consequences stated first and the lock set after. No CSP violation or
 * console error on the way, and axe clean on the page.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { PASSWORD, axeViolations, logIn, openSite, startE2e, stopE2e, type E2e } from './site.js';

let e2e: E2e;

before(async () => {
  e2e = await startE2e();
});

after(() => stopE2e(e2e));

/** The last code the demo outbox holds for `to`. */
async function outboxCode(to: string): Promise<string> {
  const { messages } = await e2e.testing.readOutbox({ to });
  const code = messages.at(-1)?.code;
  assert.ok(code, `no code sent to ${to}`);
  return code;
}

const settings = 'security-settings';
/** The heading of the element's light-DOM step (document.querySelector does not look into the shadow root). */
const stepHeading = (page: Page) =>
  page.evaluate(() => document.querySelector('security-settings [data-tillit-heading]')?.textContent?.trim() ?? '');

/** Waits for what changed after a task, saying where the element stands when it does not come. */
async function done(page: Page): Promise<string> {
  try {
    await page.waitForSelector(`${settings} .tillit-done`, { timeout: 15_000 });
  } catch (error) {
    const shown = await page.locator(settings).evaluate((el) => `${el.shadowRoot?.textContent ?? ''} | ${el.textContent ?? ''}`);
    throw new Error(`no "What changed": ${shown.replace(/\s+/g, ' ')}`, { cause: error });
  }
  return page.locator(`${settings} .tillit-done`).innerText();
}

/**
 * The element asks the backend first without a step-up token: the backend checks the action's rules and answers
 * 403 `step_up_required` when they pass (contract: the token is optional so that it can). Those 403s are expected.
 */
const unexpected = (problems: string[]) => problems.filter((p) => !/^http: 403 POST \S+\/v1\/security\//.test(p));

/** Alva's e-mail and phone, where the step-up's codes go. */
const ALVA = { email: 'alva@example.com', phone: '+46701234567' };

/** Answers the step-up on screen, code by code (e-mail, then SMS), from the demo outbox. */
async function stepUp(page: Page, to: { email: string; phone: string } = ALVA): Promise<void> {
  for (let factor = 0; factor < 3; factor += 1) {
    await page.waitForFunction(
      () => /We sent|changed/.test(document.querySelector('security-settings .tillit-done, security-settings .tillit-step-up .tillit-intro')?.textContent ?? ''),
    );
    if (await page.locator(`${settings} .tillit-done`).count()) return;
    const heading = await stepHeading(page);
    if (heading !== 'Check your email' && heading !== 'Check your phone') return;
    await page.fill(`${settings} input[autocomplete="one-time-code"]`, await outboxCode(heading === 'Check your email' ? to.email : to.phone));
    await page.waitForFunction((before) => document.querySelector('security-settings [data-tillit-heading]')?.textContent?.trim() !== before, heading);
  }
}

describe('security settings in the demo exchange', () => {
  it('unbinds the phone with a step-up: consequences first, then the lock', async () => {
    const { page, problems } = await openSite(e2e, '/sign-in');
    await logIn(page, 'alva@example.com');
    await page.goto(`${e2e.demo.url}/account/security`);
    await page.waitForSelector(`${settings} >> .rows`);
    await page.click(`${settings} >> button:has-text("Remove phone number")`);
    assert.equal(await stepHeading(page), 'Remove your phone number');
    const before = await page.locator(`${settings} .tillit-consequences`).innerText();
    assert.match(before, /You will not be able to withdraw for 24 hours/);
    assert.match(before, /For 30 days after you remove this phone number, it cannot be used/);
    await page.click(`${settings} button[type=submit]`);
    await stepUp(page);
    const after = await done(page);
    assert.match(after, /Your phone number was removed/);
    assert.match(after, /Withdrawals are locked/);
    assert.deepEqual(await axeViolations(page), []);
    await page.click(`${settings} button:has-text("Back to security settings")`);
    await page.waitForSelector(`${settings} >> #row-phone`);
    assert.match(await page.locator(`${settings} >> .row:has(#row-phone)`).innerText(), /Not added/);
    assert.deepEqual(unexpected(problems), []);
  });

  it('registers a passkey with the virtual authenticator, logs out, and logs in with it', async () => {
    const { page, problems } = await openSite(e2e, '/sign-in');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
    });
    await logIn(page, 'alva@example.com');
    await page.click('nav.account-nav a[href="/account/security"]');
    await page.waitForSelector(`${settings} >> .rows`);
    assert.deepEqual(await axeViolations(page), []);

    await page.click(`${settings} >> button:has-text("Add a passkey")`);
    await page.fill(`${settings} input[name="passkey-name"]`, 'Demo laptop');
    await page.click(`${settings} button[type=submit]`);
    await stepUp(page);
    assert.match(await done(page), /Your passkey was added/);
    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    assert.equal(credentials.length, 1, 'the virtual authenticator holds the new passkey');
    assert.equal(credentials[0]!.isResidentCredential, true, 'a discoverable credential (residentKey: required)');
    await page.click(`${settings} button:has-text("Back to security settings")`);
    await page.waitForSelector(`${settings} >> .passkey:has-text("Demo laptop")`);
    // The browser remembers the credential it created (its id only), so the list says which passkey is this one.
    assert.equal(await page.locator(`${settings} >> .passkey:has-text("Demo laptop") [part=this-device]`).innerText(), 'This device');
    const remembered = await page.evaluate(() => JSON.parse(localStorage.getItem('tillit:device-passkeys') ?? '[]') as string[]);
    assert.equal(remembered.length, 1);
    assert.equal(remembered[0], Buffer.from(credentials[0]!.credentialId, 'base64').toString('base64url'), 'the id, and nothing else');

    await page.click('.user-menu__button');
    await page.click('.user-menu__sign-out');
    const signCount = credentials[0]!.signCount;
    // Chromium's virtual authenticator answers at once, so the login form's passkey autofill (conditional
    // mediation) may log in before anyone presses a button; otherwise "Log in with a passkey" does it.
    const account = page.locator('demo-account-overview h1');
    const byAutofill = await account.waitFor({ timeout: 5_000 }).then(() => true, () => false);
    // (The click may find the button gone: the autofill got there first after all.)
    if (!byAutofill) await page.click('login-form >> button.passkey', { timeout: 5_000 }).catch(() => undefined);
    try {
      await account.waitFor({ timeout: 15_000 });
    } catch (error) {
      const shown = (await page.locator('#main').innerText()).replace(/\s+/g, ' ');
      throw new Error(`not logged in with the passkey: ${shown} ${problems.join(' ')}`, { cause: error });
    }
    // The passkey was used for it: the authenticator's signature counter moved on.
    const after = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    assert.ok(after.credentials[0]!.signCount > signCount, 'the passkey signed the login');
    assert.match(await page.locator('demo-account-overview h1').innerText(), /Alva/);
    await page.click('nav.account-nav a[href="/account/security"]');
    await page.waitForSelector(`${settings} >> .passkey:has-text("Demo laptop") [part=this-device]`);
    assert.deepEqual(unexpected(problems), []);
  });

  it('turns SMS codes on and off with the switch: step-up, never the last factor, consequences before, the lock after', async () => {
    const to = { email: `switch-${Date.now().toString(36)}@example.com`, phone: `+4670${String(Date.now() % 1e7).padStart(7, '0')}` };
    await e2e.testing.createTestAccount({ ...to, password: PASSWORD });
    const { page, problems } = await openSite(e2e, '/sign-in');
    await logIn(page, to.email);
    await page.goto(`${e2e.demo.url}/account/security`);
    const smsSwitch = page.locator(`${settings} >> button[role=switch]#codes-phone`);
    await smsSwitch.waitFor();
    assert.equal(await smsSwitch.getAttribute('aria-checked'), 'false');
    assert.match(await smsSwitch.innerText(), /Off/);

    // Keyboard only: the switch is a button, Space presses it.
    await smsSwitch.focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.querySelector('security-settings [data-tillit-heading]')?.textContent?.includes('Turn on codes by text message'));
    assert.equal(await page.locator(`${settings} .tillit-consequences`).count(), 0, 'turning codes on locks nothing');
    await page.click(`${settings} button[type=submit]`);
    await stepUp(page, to);
    assert.match(await done(page), /Codes by text message are turned on/);
    await page.click(`${settings} button:has-text("Back to security settings")`);
    await page.waitForSelector(`${settings} >> button#codes-phone[aria-checked=true]`);

    // SMS codes are now the only second factor: turning them off is refused before any step-up.
    await smsSwitch.click();
    await page.click(`${settings} button[type=submit]`);
    await page.waitForFunction(() => /last way to log in/.test(document.querySelector('security-settings')?.shadowRoot?.querySelector('[data-error-summary]')?.textContent ?? ''));
    assert.equal(await page.locator(`${settings} .tillit-step-up`).count(), 0);
    await page.click(`${settings} button:has-text("Cancel")`);
    await page.locator(`${settings} >> button#codes-email`).click();
    await page.click(`${settings} button[type=submit]`);
    await stepUp(page, to);
    assert.match(await done(page), /Codes by email are turned on/);
    await page.click(`${settings} button:has-text("Back to security settings")`);
    await page.waitForSelector(`${settings} >> button#codes-email[aria-checked=true]`);

    await smsSwitch.click();
    await page.waitForFunction(() => document.querySelector('security-settings [data-tillit-heading]')?.textContent?.includes('Turn off codes by text message'));
    const before = await page.locator(`${settings} .tillit-task-consequences`).innerText();
    assert.match(before, /You will not be able to withdraw for 24 hours/);
    assert.match(before, /cannot change your email address/);
    await page.click(`${settings} button[type=submit]`);
    await stepUp(page, to);
    const after = await done(page);
    assert.match(after, /Codes by text message are turned off/);
    assert.match(after, /Withdrawals are locked/);
    assert.deepEqual(await axeViolations(page), []);
    await page.click(`${settings} button:has-text("Back to security settings")`);
    await page.waitForSelector(`${settings} >> button#codes-phone[aria-checked=false]`);
    // The one refusal asked for: 409 last_factor while SMS codes were the only second factor.
    assert.deepEqual(unexpected(problems), [`http: 409 POST ${e2e.demo.url}/v1/security/contacts/phone/two-factor`]);
  });
});
