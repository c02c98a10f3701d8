import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/totp-setup/define.js';
import type { TotpSetup } from '../../../src/elements/totp-setup/totp-setup.js';
import type { StepChangeEvent } from '../../../src/events/step-change.js';
import { button, codeFor, codeInput, demoBackend, freshAccount, passStepUp, reachableStrings, settle, stepTitle, summary, type, until } from './helpers.js';

/*
 * <totp-setup> against the in-page reference backend: the whole binding (step-up, QR code and key, first code,
 * recovery phrase, done) with codes computed in the test, the errors of the code step, and the key leaving the
 * DOM and memory.
 */

const be = demoBackend();

async function mount(lang = 'en'): Promise<TotpSetup> {
  const el = await fixture<TotpSetup>(html`<totp-setup .client=${be.client} lang=${lang}></totp-setup>`);
  await settle(el);
  return el;
}

/** From the first step to the QR code, for a fresh account; answers its setup key. */
async function toScan(el: TotpSetup, email: string): Promise<string> {
  button(el, 'Continue').click();
  await passStepUp(el, be, email);
  await until(el, () => stepTitle(el) === 'Scan the QR code', 'the scan step');
  await until(el, () => el.querySelector('svg.tillit-qr') !== null, 'the QR code is drawn');
  return el.querySelector('[data-tillit-secret]')!.textContent!.replace(/\s+/g, '');
}

describe('totp-setup: binding an authenticator', () => {
  it('walks every step to done, with the key typed into an app (otpauth) and the recovery phrase saved', async function () {
    this.timeout(30_000);
    const email = await freshAccount(be, 'bind');
    const el = await mount();
    const steps: string[] = [];
    el.addEventListener('tillit-step-change', (event: StepChangeEvent) => steps.push(event.step));
    const enabled = new Promise<GlobalEventHandlersEventMap['tillit-totp-enabled']>((resolve) => el.addEventListener('tillit-totp-enabled', resolve, { once: true }));
    expect(stepTitle(el)).to.equal('Before you start');
    await expect(el).to.be.accessible();

    const secret = await toScan(el, email);
    expect(secret).to.match(/^[A-Z2-7]{16,}$/);
    const groups = [...el.querySelectorAll('[data-tillit-secret] span')].map((s) => s.textContent);
    expect(groups.every((g) => g!.length <= 4) && groups.length === Math.ceil(secret.length / 4), 'groups of four').to.equal(true);
    expect(document.activeElement).to.equal(el.querySelector('[data-tillit-heading]'));
    const link = el.querySelector<HTMLAnchorElement>('a[href^="otpauth:"]')!;
    expect(link.getAttribute('href')).to.contain('issuer=tillit%20demo%20exchange').and.contain(`secret=${secret}`);
    expect(el.querySelector('svg.tillit-qr')!.getAttribute('aria-label')).to.equal(`QR code for tillit demo exchange, ${email}`);
    expect(el.textContent).to.contain('tillit demo exchange');
    await expect(el).to.be.accessible();

    button(el, 'Continue').click();
    await until(el, () => codeInput(el) !== null, 'the code step');
    expect(stepTitle(el)).to.equal('Enter the code from your authenticator app');
    expect(el.querySelector('.tillit-consequences')?.textContent, 'the lock is stated before the code binds the app').to.contain('You will not be able to withdraw for 24 hours');
    expect(document.activeElement).to.equal(el.querySelector('[data-tillit-heading]'));
    await expect(el).to.be.accessible();
    type(codeInput(el), await codeFor(be, secret));

    const bound = await enabled;
    expect(bound.withdrawalLock?.reason).to.equal('two_factor_change');
    await until(el, () => el.step === 'recovery' && el.querySelector('recovery-key-backup [data-tillit-heading]') !== null, 'the recovery step');
    expect(el.textContent, 'the key is gone from the DOM').not.to.contain(secret);
    expect(reachableStrings(el).some((s) => s.includes(secret)), 'the key is gone from memory').to.equal(false);
    expect((await be.client.getSecurityOverview()).totp).not.to.equal(null);

    // The phrase came with the binding: shown at once, with no second step-up (one e-mail code in all).
    const inner = el.querySelector('recovery-key-backup')!;
    await until(inner, () => inner.querySelectorAll('.tillit-phrase-shown li').length === 12, 'the phrase is shown');
    expect((await be.testing.readOutbox({ to: email })).messages, 'one step-up for binding and phrase').to.have.length(1);
    expect(inner.issued, 'the inner element dropped the handed phrase').to.equal(undefined);
    const words = [...inner.querySelectorAll('.tillit-phrase-shown li')].map((li) => li.textContent!.trim());
    const outer = reachableStrings(el);
    expect(words.every((word) => outer.includes(word)), 'the outer flow keeps no copy').to.equal(false);
    expect(stepTitle(inner)).to.equal('Write down your recovery phrase');
    button(inner, 'I have written it down').click();
    await until(inner, () => inner.querySelectorAll('input[name^=word-]').length === 3, 'the proof asks for three words');
    for (const input of inner.querySelectorAll<HTMLInputElement>('input[name^=word-]')) {
      type(input, words[Number(input.name.slice(5)) - 1]!.toUpperCase());
    }
    inner.querySelector('form')!.requestSubmit();
    await until(el, () => el.step === 'done', 'done');
    expect(stepTitle(el)).to.equal('Your authenticator app is set up');
    expect(el.querySelector('.tillit-lock')?.textContent, 'the lock, stated').to.contain('Withdrawals are locked');
    expect(el.querySelector('.tillit-lock')?.textContent).to.contain('you can withdraw again from');
    expect(el.textContent).not.to.contain('You have not saved a recovery phrase');
    expect(el.textContent).not.to.contain(words.join(' '));
    expect(steps).to.deep.equal(['verify', 'verify', 'scan', 'confirm', 'recovery', 'done']);
    expect((await be.client.getSecurityOverview()).recoveryPhrase).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('keeps the code step on a wrong code, with the error on the field, then accepts the right one', async () => {
    const email = await freshAccount(be, 'wrong');
    const el = await mount();
    const secret = await toScan(el, email);
    button(el, 'Continue').click();
    await until(el, () => codeInput(el) !== null, 'the code step');
    const right = await codeFor(be, secret);
    type(codeInput(el), right === '000000' ? '111111' : '000000');
    await until(el, () => summary(el).length > 0, 'the wrong code is reported');
    expect(el.step).to.equal('confirm');
    expect(codeInput(el)!.value, 'the wrong code is emptied').to.equal('');
    expect(codeInput(el)!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    type(codeInput(el), right);
    await until(el, () => el.step === 'recovery', 'bound');
  });

  it('says the setup expired and starts again (a new step-up) when the backend gave up on it', async () => {
    const email = await freshAccount(be, 'expired');
    const el = await mount();
    const secret = await toScan(el, email);
    button(el, 'Continue').click();
    await until(el, () => codeInput(el) !== null, 'the code step');
    await be.testing.advanceClock({ seconds: 11 * 60 });
    type(codeInput(el), await codeFor(be, secret));
    await until(el, () => summary(el).includes('expired'), 'the setup expired');
    expect(el.textContent).not.to.contain(secret);
    expect(codeInput(el)).to.equal(null);
    await expect(el).to.be.accessible();
    button(el, 'Start again').click();
    await passStepUp(el, be, email);
    await until(el, () => el.step === 'scan', 'a new QR code');
  });

  it('cancels from the QR code: the key leaves the DOM and memory, and the host hears the step left', async () => {
    const email = await freshAccount(be, 'cancel');
    const el = await mount();
    const secret = await toScan(el, email);
    expect(reachableStrings(el).some((s) => s.includes(secret)), 'the walk reaches the key while it is held').to.equal(true);
    const cancelled = new Promise<GlobalEventHandlersEventMap['tillit-cancelled']>((resolve) => el.addEventListener('tillit-cancelled', resolve, { once: true }));
    button(el, 'Cancel').click();
    expect((await cancelled).step).to.equal('scan');
    await settle(el);
    expect(el.step).to.equal('start');
    expect(el.innerHTML).not.to.contain(secret);
    expect(el.querySelector('svg')).to.equal(null);
    expect(reachableStrings(el).some((s) => s.includes(secret))).to.equal(false);
  });

  it('starts on the QR code with a setup the host hands in, without a step-up', async () => {
    const email = await freshAccount(be, 'handed');
    const { verificationToken } = await (async () => {
      const challenge = await be.client.startStepUp({ action: 'setup_totp' });
      await be.client.sendStepUpCode({ stepUpId: challenge.stepUpId, channel: 'email' });
      return be.client.verifyStepUp({ stepUpId: challenge.stepUpId, factor: 'email', code: await be.outboxCode(email) });
    })();
    const setup = await be.client.startTotpSetup({ verificationToken: verificationToken! });
    const el = await fixture<TotpSetup>(html`<totp-setup .client=${be.client} .setup=${setup}></totp-setup>`);
    await until(el, () => el.step === 'scan' && el.querySelector('svg.tillit-qr') !== null, 'the scan step');
    expect(el.setup, 'the element does not keep the host’s copy').to.equal(undefined);
    await waitUntil(() => el.querySelector('[data-tillit-secret]')!.textContent!.replace(/\s+/g, '') === setup.secret);
  });
});
