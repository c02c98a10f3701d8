import { expect, waitUntil } from '@open-wc/testing';
import { createClient } from '../../../src/client/index.js';
import { defineElements, type ElementTag } from '../../../src/elements/index.js';
import { DEMO_BASE_URL } from '../../../demo/browser/index.js';
import { button, codeFor, codeInput, freshAccount, passStepUp, settle, stepTitle, type, until } from '../totp-setup/helpers.js';
import { demoBackend, DEMO_PASSWORD } from '../support/demo-session.js';

/*
 * A page that already owns <login-form> (its own element) registers tillit with one call under a prefix. Every
 * element then works under its prefixed name: it renders and completes its first request to the backend; the
 * elements that embed others (security-settings -> totp-setup -> recovery-key-backup) create the prefixed tags,
 * and none of our default names gets registered on the way.
 */

class HostLoginForm extends HTMLElement {
  connectedCallback(): void {
    this.textContent = 'the host page’s own sign-in';
  }
}
customElements.define('login-form', HostLoginForm);
const names = defineElements({ prefix: 'acme' });
const be = demoBackend();

type Mounted = HTMLElement & { client?: unknown; updateComplete: Promise<boolean> };

async function mount(tag: ElementTag, set: (el: Mounted) => void = () => {}): Promise<Mounted> {
  const el = document.createElement(names[tag]) as Mounted;
  el.client = be.client;
  el.setAttribute('lang', 'en');
  set(el);
  document.body.append(el);
  await settle(el);
  return el;
}

/** The events an element fired, by type, from the moment it was made. */
function heard(el: HTMLElement, ...types: string[]): Set<string> {
  const got = new Set<string>();
  for (const t of types) el.addEventListener(t, () => got.add(t));
  return got;
}

const ourDefaultNames = () => Object.keys(names).filter((tag) => tag !== 'login-form' && customElements.get(tag) !== undefined);

describe('a page that owns <login-form>, with tillit under defineElements({ prefix: "acme" })', () => {
  afterEach(() => {
    for (const el of document.body.querySelectorAll(Object.values(names).join(','))) el.remove();
  });

  after(() => {
    // Nothing on the way registered one of our default names (an embedded element by its own name).
    expect(ourDefaultNames()).to.deep.equal([]);
    expect(customElements.get('login-form')).to.equal(HostLoginForm);
  });

  it('keeps the host’s <login-form> beside <acme-login-form>, which signs in', async () => {
    const host = document.createElement('login-form');
    document.body.append(host);
    const el = await mount('login-form', (e) => e.setAttribute('methods', 'password'));
    try {
      const events = heard(el, 'tillit-signed-in');
      expect(host.textContent).to.equal('the host page’s own sign-in');
      await until(el, () => el.querySelector('input[autocomplete=current-password]') !== null, 'the form');
      type(el.querySelector('input[type=email]'), 'alva@example.com');
      type(el.querySelector('input[autocomplete=current-password]'), DEMO_PASSWORD);
      el.querySelector('form')!.requestSubmit();
      await waitUntil(() => events.has('tillit-signed-in'), 'signed in', { timeout: 8000 });
    } finally {
      host.remove();
    }
  });

  it('<acme-password-reset> sends the code', async () => {
    const email = `prefix-reset-${crypto.randomUUID().slice(0, 8)}@example.com`;
    await be.testing.createTestAccount({ email, password: DEMO_PASSWORD });
    const el = await mount('password-reset', (e) => {
      (e as Mounted & { captchaProvider: () => Promise<string> }).captchaProvider = async () => (await be.testing.issueCaptchaToken({})).token;
    });
    await until(el, () => el.querySelector('input[type=email]') !== null, 'the form');
    type(el.querySelector('input[type=email]'), email);
    el.querySelector('form')!.requestSubmit();
    await until(el, () => codeInput(el) !== null, 'the code step');
    expect((await be.testing.readOutbox({ to: email })).messages).to.have.length(1);
  });

  it('<acme-two-factor-reset> sends the reset request', async () => {
    const email = `prefix-2fa-${crypto.randomUUID().slice(0, 8)}@example.com`;
    await be.testing.createTestAccount({ email, password: DEMO_PASSWORD, totpSecret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' });
    const answer = await createClient({ baseUrl: DEMO_BASE_URL, fetch: be.demo.fetch }).signIn({ identifier: { type: 'email', email }, password: DEMO_PASSWORD });
    if (answer.status !== 'second_factor_required') throw new Error('expected a second factor');
    const el = await mount('two-factor-reset', (e) => Object.assign(e, { challenge: { id: answer.challenge.id, expiresAt: answer.challenge.expiresAt } }));
    const events = heard(el, 'tillit-two-factor-reset-requested');
    await until(el, () => el.querySelector('.tillit-option .tillit-button') !== null, 'the options');
    el.querySelector<HTMLButtonElement>('.tillit-option .tillit-button')!.click();
    await until(el, () => el.querySelector('textarea') !== null, 'the request form');
    el.querySelector<HTMLInputElement>('input[value=lost_device]')!.click();
    el.querySelector('form')!.requestSubmit();
    await waitUntil(() => events.has('tillit-two-factor-reset-requested'), 'requested', { timeout: 8000 });
  });

  for (const tag of ['totp-setup', 'recovery-key-backup'] as const) {
    it(`<acme-${tag}> starts its step-up and sends the e-mail code`, async () => {
      const email = await freshAccount(be, `prefix-${tag}`);
      const el = await mount(tag);
      button(el, 'Continue').click();
      await passStepUp(el, be, email);
      const next = tag === 'totp-setup' ? 'Scan the QR code' : 'Write down your recovery phrase';
      await until(el, () => stepTitle(el) === next, `past the step-up: ${next}`);
    });
  }

  it('<acme-kyc-uploader> loads the verification overview', async () => {
    await be.signInAs('alva@example.com');
    const el = await mount('kyc-uploader', (e) => e.setAttribute('draft-key', `prefix-${crypto.randomUUID()}`));
    await until(el, () => el.querySelector('table') !== null, 'the overview');
  });

  it('<acme-security-settings> embeds <acme-totp-setup>, which hands over to <acme-recovery-key-backup>', async () => {
    const email = await freshAccount(be, 'prefix-embed');
    const el = await mount('security-settings');
    await until(el, () => el.shadowRoot!.querySelector('.rows') !== null, 'the overview');
    const setUp = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.includes('Set up an authenticator app'))!;
    setUp.click();
    await until(el, () => el.querySelector('acme-totp-setup [data-tillit-heading]') !== null, 'the prefixed setup shows');
    const setup = el.querySelector<Mounted>('acme-totp-setup')!;
    button(setup, 'Continue').click();
    await passStepUp(setup, be, email);
    await until(setup, () => setup.querySelector('[data-tillit-secret]') !== null, 'the setup key');
    const secret = setup.querySelector('[data-tillit-secret]')!.textContent!.replace(/\s+/g, '');
    button(setup, 'Continue').click();
    await until(setup, () => codeInput(setup) !== null, 'the code step');
    type(codeInput(setup), await codeFor(be, secret));
    await until(setup, () => setup.querySelector('acme-recovery-key-backup [data-tillit-heading]') !== null, 'the prefixed recovery step');
    expect(setup.querySelector('recovery-key-backup'), 'no element under our default name').to.equal(null);
    // The binding issued the phrase, so the prefixed element shows its words at once.
    expect(stepTitle(setup.querySelector('acme-recovery-key-backup')!)).to.equal('Write down your recovery phrase');
  });
});
