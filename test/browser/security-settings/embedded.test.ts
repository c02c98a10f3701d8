import { expect } from '@open-wc/testing';
import { TOTP, Secret } from 'otpauth';
import { answerStepUp, demoBackend, freshAccount, light, mount, press, row, stepTitle, submit, text, type, codeInput, until } from './helpers.js';
import type { SecuritySettings } from '../../../src/elements/security-settings/security-settings.js';

/*
 * The authenticator and the recovery phrase are set up by the embedded <totp-setup> and <recovery-key-backup>
 * (loaded when asked for): their events refresh the overview and become this element's tillit-security-changed;
 * replacing the authenticator is turning it off, then setting up the new one.
 */
const be = demoBackend();

async function codeFor(secret: string): Promise<string> {
  const { now } = await be.testing.readClock();
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({ timestamp: Date.parse(now) });
}

/** Through the embedded <totp-setup>: start, step-up by e-mail, the key, its first code. Returns the secret. */
async function setUpAuthenticator(el: SecuritySettings, email: string): Promise<string> {
  await until(el, () => el.querySelector('totp-setup [data-tillit-heading]') !== null, 'the embedded setup shows');
  expect(stepTitle(el)).to.equal('Before you start');
  (light<HTMLButtonElement>(el, 'totp-setup button.tillit-button') ?? [...el.querySelectorAll<HTMLButtonElement>('totp-setup button')].find((b) => b.textContent!.includes('Continue')))!.click();
  await until(el, () => stepTitle(el) === 'Check your email' && codeInput(el) !== null, 'the setup\'s step-up');
  await until(el, () => (light(el, '.tillit-intro')?.textContent ?? '').includes('We sent'), 'the code was sent');
  type(codeInput(el), await be.outboxCode(email));
  await until(el, () => el.querySelector('[data-tillit-secret]') !== null, 'the setup key');
  const secret = el.querySelector('[data-tillit-secret]')!.textContent!.replace(/\s+/g, '');
  [...el.querySelectorAll<HTMLButtonElement>('totp-setup button')].find((b) => b.textContent!.trim() === 'Continue')!.click();
  await until(el, () => codeInput(el) !== null, 'the first code is asked for');
  type(codeInput(el), await codeFor(secret));
  return secret;
}

describe('<security-settings> embedded authenticator and recovery phrase', function () {
  this.timeout(40_000);

  it('sets up an authenticator through <totp-setup>, then replaces it (off, then the new one)', async () => {
    const email = await freshAccount(be, 'embed', { emailTwoFactor: true });
    const el = await mount(be.client);
    const changes: string[] = [];
    el.addEventListener('tillit-security-changed', (event) => changes.push(event.change));
    expect(text(row(el, 'totp'))).to.contain('Off');
    await press(el, 'Set up an authenticator app');
    const secret = await setUpAuthenticator(el, email);
    await until(el, () => changes.includes('setup_totp'), 'the setup is reported');
    expect((await be.client.getSecurityOverview({})).totp).to.not.equal(null);
    await press(el, 'Back to security settings');
    await until(el, () => text(row(el, 'totp')).includes('On since'), 'the overview shows it');
    expect(el.querySelector('totp-setup')).to.equal(null);

    await press(el, 'Replace authenticator app');
    expect(stepTitle(el)).to.equal('Replace authenticator app');
    expect(text(light(el, '.tillit-intro'))).to.contain('turn it off here, then set up the new one');
    await submit(el);
    // The first code's 30-second window is spent: the step-up's authenticator code comes from the next one.
    await be.testing.advanceClock({ seconds: 30 });
    await answerStepUp(el, be, { email, totpSecret: secret });
    await until(el, () => stepTitle(el) === 'What changed', 'the old one is off');
    await press(el, 'Set up the new authenticator app');
    await setUpAuthenticator(el, email);
    await until(el, () => changes.filter((c) => c === 'setup_totp').length === 2, 'the new one is reported');
    expect(changes).to.deep.equal(['setup_totp', 'disable_totp', 'setup_totp']);
  });

  it('opens <recovery-key-backup> for a new phrase, and its Cancel comes back to the overview', async () => {
    await freshAccount(be, 'phrase');
    const el = await mount(be.client);
    expect(text(row(el, 'phrase'))).to.contain('Not set up');
    await press(el, 'Create a recovery phrase');
    await until(el, () => el.querySelector('recovery-key-backup [data-tillit-heading]') !== null, 'the embedded phrase shows');
    await expect(el).to.be.accessible();
    [...el.querySelectorAll<HTMLButtonElement>('recovery-key-backup button')].find((b) => b.textContent!.trim() === 'Cancel')!.click();
    await until(el, () => el.querySelector('recovery-key-backup') === null && text(row(el, 'phrase')) !== '', 'back on the overview');
  });
});
