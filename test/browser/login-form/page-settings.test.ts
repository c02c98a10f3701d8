import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setDefaultClient } from '../../../src/client/default-client.js';
import type { LoginForm } from '../../../src/elements/login-form/login-form.js';
import { registerMessages } from '../../../src/i18n/register.js';
import { backend, heading, idle, oneEvent, q, settle, signInWith, summary } from './helpers.js';

/*
 * What a host page sets once for every element on it: the default client, and its own languages and wording.
 */

describe('<login-form> with page-wide settings', () => {
  const be = backend();
  afterEach(() => setDefaultClient(undefined));

  it('uses the page’s default client when it has none of its own, even one set after it rendered', async () => {
    const el = await fixture<LoginForm>(html`<login-form methods="password" lang="en"></login-form>`);
    await settle(el);
    setDefaultClient(be.client);
    const signedIn = oneEvent(el, 'tillit-signed-in');
    await signInWith(el, 'alva@example.com');
    expect((await signedIn).session.user.displayName).to.equal('Alva');
  });

  it('speaks a language the host registered, with English for what it left out, and follows later changes', async () => {
    registerMessages('de', {
      loginForm: { title: 'Anmelden', submit: 'Anmelden' },
      identifier: { emailLabel: 'E-Mail-Adresse', emailRequired: 'Geben Sie Ihre E-Mail-Adresse ein' },
      common: { errorSummaryTitle: 'Es gibt ein Problem' },
    });
    const el = await fixture<LoginForm>(html`<login-form .client=${be.client} methods="password" lang="de-AT"></login-form>`);
    await settle(el);
    expect(heading(el)).to.equal('Anmelden');
    expect(q(el, 'label[for$=email]')!.textContent).to.equal('E-Mail-Adresse');
    expect(q(el, 'label[for$=password]')!.textContent, 'not registered: English').to.equal('Password');
    expect(q(el, '[data-tillit-light]')!.getAttribute('lang')).to.equal('de');
    q<HTMLFormElement>(el, 'form')!.requestSubmit();
    await idle(el, () => summary(el) !== '');
    expect(summary(el)).to.contain('Es gibt ein Problem').and.to.contain('Geben Sie Ihre E-Mail-Adresse ein');

    registerMessages('de', { loginForm: { title: 'Bei Acme anmelden' } });
    await waitUntil(() => heading(el) === 'Bei Acme anmelden', 'a later registration re-renders the element');
    await expect(el).to.be.accessible();
  });

  it('lets a host change the wording of a shipped language', async () => {
    const el = await fixture<LoginForm>(html`<login-form .client=${be.client} methods="password" lang="sv"></login-form>`);
    await waitUntil(() => heading(el) === 'Logga in', 'Swedish');
    registerMessages('sv', { loginForm: { title: 'Logga in på Acme' } });
    await waitUntil(() => heading(el) === 'Logga in på Acme', 'the override');
    expect(q(el, 'button[type=submit]')!.textContent!.trim(), 'the rest stays Swedish').to.equal('Logga in');
  });
});
