import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { createPasskey } from '../../../src/passkeys/registration.js';
import { demoBackend, DEMO_PASSWORD } from '../support/demo-session.js';
import { SoftAuthenticator, stubCredentials } from '../support/credentials-stub.js';
import './test-step-up.js';
import type { TestStepUp } from './test-step-up.js';

/*
 * The shared step-up (StepUpController + stepUpView, with the shared code flow inside) against the in-page
 * reference backend, through a minimal host element: every factor the contract knows, in sequence, until the
 * backend hands over a verification token that it then accepts for the action.
 */

const be = demoBackend();

async function mount(lang = 'en'): Promise<TestStepUp> {
  const el = await fixture<TestStepUp>(html`<test-step-up .client=${be.client} lang=${lang}></test-step-up>`);
  await settle(el);
  return el;
}

async function settle(el: TestStepUp): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
}

const title = (el: TestStepUp) => el.querySelector('.tillit-step-up-title')?.textContent?.trim() ?? '';
const intro = (el: TestStepUp) => el.querySelector('.tillit-intro')?.textContent?.trim() ?? '';
const codeInput = (el: TestStepUp) => el.querySelector<HTMLInputElement>('input[autocomplete=one-time-code]');
const summary = (el: TestStepUp) => el.shadowRoot!.querySelector('[data-error-summary]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const states = (el: TestStepUp) => [...el.querySelectorAll<HTMLElement>('.tillit-factor')].map((li) => li.dataset['state']);
const button = (el: TestStepUp, text: string) =>
  [...el.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.includes(text));

async function until(el: TestStepUp, check: () => boolean, message: string): Promise<void> {
  await waitUntil(check, message, { timeout: 5000 });
  await settle(el);
}

function type(input: HTMLInputElement | null, value: string): void {
  if (!input) throw new Error('no code input');
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value }));
}

/** A fresh account with e-mail only (no 2FA), signed in. */
async function freshAccount(name: string): Promise<string> {
  const email = `${name}-${crypto.randomUUID().slice(0, 8)}@example.com`;
  await be.testing.createTestAccount({ email, password: DEMO_PASSWORD });
  await be.signInAs(email);
  return email;
}

describe('step-up: the shared controller and view', () => {
  it('asks for each factor in turn (authenticator, e-mail, SMS) and hands over a token the backend accepts', async () => {
    await be.signInAs('greta@example.com');
    const el = await mount();
    const methods: unknown[] = [];
    el.addEventListener('tillit-step-change', (event) => methods.push(event.method));
    const verified = new Promise<Event>((resolve) => el.addEventListener('tillit-verified', resolve, { once: true }));
    el.start('unbind_email');
    await until(el, () => title(el) === 'Enter the code from your authenticator app', 'asks for the authenticator code');
    expect(states(el)).to.deep.equal(['now', 'later', 'later']);
    expect(el.querySelector('.tillit-factor[aria-current=step]')!.textContent).to.contain('authenticator app');
    expect(document.activeElement, 'focus on the factor heading').to.equal(el.querySelector('.tillit-step-up-title'));
    await expect(el).to.be.accessible();

    type(codeInput(el), await be.totpCode());
    await until(el, () => title(el) === 'Check your email' && intro(el).startsWith('We sent'), 'then the e-mail code');
    expect(states(el)).to.deep.equal(['done', 'now', 'later']);
    expect(el.querySelector('.tillit-factor[data-state=done]')!.textContent).to.contain('confirmed');
    await expect(el).to.be.accessible();

    type(codeInput(el), await be.outboxCode('greta@example.com'));
    await until(el, () => title(el) === 'Check your phone' && intro(el).startsWith('We sent'), 'then the SMS code');
    expect(intro(el), 'the masked number stays on one line').to.contain('\u00a0');
    type(codeInput(el), await be.outboxCode('+46731112233'));

    expect(((await verified) as Event & { action: string }).action).to.equal('unbind_email');
    await settle(el);
    expect(methods).to.deep.equal(['totp', 'email', 'sms']);
    expect(intro(el)).to.equal('Thank you, you have confirmed it is you.');
    expect(codeInput(el), 'no code field once done').to.equal(null);
    const [grant] = el.grants;
    expect(grant!.verificationToken).to.be.a('string');
    await be.testing.consumeStepUpToken({ action: 'unbind_email', verificationToken: grant!.verificationToken });
  });

  it('shows a wrong code on the field with the attempts left, empties it, and counts down to a resend', async () => {
    await freshAccount('wrong-code');
    const el = await mount();
    el.start('change_password');
    await until(el, () => title(el) === 'Check your email' && intro(el) !== '', 'asks for the e-mail code');
    expect(el.querySelectorAll('.tillit-factor'), 'one factor: no list').to.have.length(0);
    const resend = button(el, 'You can send a new code in')!;
    expect(resend.disabled).to.equal(true);
    type(codeInput(el), '000000');
    await until(el, () => summary(el) !== '', 'the wrong code is explained');
    expect(summary(el)).to.contain('The code is not right').and.to.contain('attempts left');
    expect(codeInput(el)!.value).to.equal('');
    expect(codeInput(el)!.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('[data-error-summary]'));
    el.shadowRoot!.querySelector<HTMLAnchorElement>('[data-error-summary] a')!.click();
    expect(document.activeElement, 'the summary link reaches the light-DOM field').to.equal(codeInput(el));
    await expect(el).to.be.accessible();
  });

  it('registers a passkey through the shared registration module, then confirms a passkey factor with it', async () => {
    const email = await freshAccount('passkey');
    const stub = stubCredentials(new SoftAuthenticator(location.origin));
    try {
      // Setting up: a step-up by e-mail code for `register_passkey`, through the client.
      const started = await be.client.startStepUp({ action: 'register_passkey' });
      await be.client.sendStepUpCode({ stepUpId: started.stepUpId, channel: 'email' });
      const progress = await be.client.verifyStepUp({ stepUpId: started.stepUpId, factor: 'email', code: await be.outboxCode(email) });
      const { registrationId, options } = await be.client.passkeyRegistrationOptions({ verificationToken: progress.verificationToken });
      const response = await createPasskey(options, new AbortController().signal);
      await be.client.registerPasskey({ registrationId, name: 'Test key', response });
      expect(stub.log.creates).to.equal(1);

      const el = await mount();
      el.start('remove_passkey');
      await until(el, () => title(el) === 'Use your passkey', 'asks for the passkey first');
      expect(states(el)).to.deep.equal(['now', 'later']);
      await expect(el).to.be.accessible();
      button(el, 'Use your passkey')!.click();
      await until(el, () => title(el) === 'Check your email', 'then the e-mail code');
      expect(stub.log.gets).to.deep.equal([undefined]);
      type(codeInput(el), await be.outboxCode(email));
      await until(el, () => el.grants.length === 1, 'verified');
      expect(el.grants[0]!.action).to.equal('remove_passkey');
    } finally {
      stub.restore();
    }
  });

  it('explains a cancelled passkey prompt by its error name, and offers the button again', async () => {
    const original = navigator.credentials.get;
    Object.defineProperty(navigator.credentials, 'get', {
      configurable: true,
      value: () => Promise.reject(new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError')),
    });
    try {
      const el = await mount();
      // The account of the previous test has a passkey: its step-up asks for it.
      el.start('remove_passkey');
      await until(el, () => title(el) === 'Use your passkey', 'asks for the passkey');
      button(el, 'Use your passkey')!.click();
      await until(el, () => summary(el) !== '', 'the cancel is explained');
      expect(summary(el)).to.contain('Using your passkey was cancelled or took too long');
      expect(button(el, 'Use your passkey')!.getAttribute('aria-busy')).to.equal('false');
      await expect(el).to.be.accessible();
    } finally {
      Object.defineProperty(navigator.credentials, 'get', { configurable: true, value: original });
    }
  });

  it('starts again after the step-up expired', async () => {
    await freshAccount('expired');
    const el = await mount();
    el.start('change_password');
    await until(el, () => title(el) === 'Check your email' && intro(el) !== '', 'asks for the e-mail code');
    await be.testing.advanceClock({ seconds: 601 });
    type(codeInput(el), '123456');
    await until(el, () => summary(el) !== '', 'the expiry is explained');
    expect(summary(el)).to.contain('That took too long');
    expect(codeInput(el), 'the dead step-up asks for nothing').to.equal(null);
    await expect(el).to.be.accessible();
    button(el, 'Start again')!.click();
    await until(el, () => title(el) === 'Check your email' && intro(el) !== '', 'a new step-up asks again');
    expect(summary(el)).to.equal('');
  });

  it('names what must be turned on first when the action needs other factors', async () => {
    await freshAccount('prerequisite');
    const el = await mount();
    el.start('change_email');
    await until(el, () => summary(el) !== '', 'the refusal is explained');
    expect(summary(el)).to.contain('Turn on authenticator app and SMS verification first');
    expect(button(el, 'Start again'), 'it can be tried again once they are on').to.not.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('speaks Swedish, and re-words everything, announcements too, on a language switch', async () => {
    await freshAccount('sv');
    const el = await mount('sv');
    await el.i18n.ready;
    el.start('change_password');
    await until(el, () => title(el) === 'Kolla din e-post' && intro(el).startsWith('Vi har skickat'), 'Swedish');
    await waitUntil(() => el.shadowRoot!.querySelector('[role=status]')!.textContent!.startsWith('Vi har skickat'), 'announced in Swedish');
    el.setAttribute('lang', 'nb');
    await until(el, () => title(el) === 'Sjekk e-posten din', 'Norwegian');
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.match(/^Vi har sendt en sekssifret kode/);
    expect(el.querySelector('[data-tillit-light]')!.getAttribute('lang')).to.equal('nb');
  });
});
