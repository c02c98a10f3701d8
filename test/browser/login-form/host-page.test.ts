import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LoginForm } from '../../../src/elements/login-form/login-form.js';
import type { SignInClient } from '../../../src/elements/login-form/sign-in-client.js';
import {
  backend, choosePhone, faultClient, heading, idle, mount, oneEvent, phoneShown, problem, q, settle, shadow, signInWith, slowClient, submit, summary, totpCode,
  type,
  DEMO_PASSWORD,
} from './helpers.js';

/*
 * What a host page and its users found trying <login-form>: social sign-in details, the address bar, moving the
 * element, unsafe URLs, field names, the host's controls, and backend field errors.
 */

describe('<login-form> on a host page', () => {
  const be = backend();
  const originalUrl = location.href;
  afterEach(() => history.replaceState(null, '', originalUrl));

  it('reports a Google sign-in that continues through 2FA as `google`, not as a password sign-in', async () => {
    const account = await be.testing.createTestAccount({
      email: `social-2fa-${crypto.randomUUID().slice(0, 8)}@example.com`,
      password: DEMO_PASSWORD,
      totpSecret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
    });
    await be.testing.linkSocialIdentity({ userId: account.userId, provider: 'google', subject: `google-${account.userId}` });
    const el = await mount(be.client, { methods: 'google' });
    const { state } = await be.client.startSocialSignIn({ provider: 'google', returnTo: location.origin });
    const { code } = await be.testing.authorizeSocial({ provider: 'google', state, subject: `google-${account.userId}` });
    expect(await el.finishSocialSignIn(new URLSearchParams({ code, state, tillit_provider: 'google' }))).to.equal(true);
    await idle(el, () => Boolean(el.querySelector('input[autocomplete=one-time-code]')));
    const signedIn = oneEvent(el, 'tillit-signed-in');
    type(q(el, 'input[autocomplete=one-time-code]'), await totpCode(be));
    expect((await signedIn).method).to.equal('google');
  });

  it('explains ?error=access_denied and removes code, state and the provider marker from the address bar', async () => {
    history.replaceState(null, '', `${location.pathname}?page=2&tillit_provider=apple&error=access_denied&state=s1#top`);
    const el = await mount(be.client, { methods: 'google apple' });
    expect(await el.finishSocialSignIn()).to.equal(true);
    await settle(el);
    expect(summary(el)).to.contain('Logging in with Google or Apple was cancelled');
    expect(location.search, 'only the page’s own parameters stay').to.equal('?page=2');
    expect(location.hash).to.equal('#top');
    await expect(el).to.be.accessible();

    history.replaceState(null, '', `${location.pathname}?tillit_provider=google&code=used-code&state=s2`);
    expect(await el.finishSocialSignIn(), 'a code return').to.equal(true);
    expect(location.search, 'stripped before the request, so a reload cannot replay it').to.equal('');
    await idle(el, () => summary(el).includes('did not work'));
    expect(summary(el)).to.contain('did not work');
  });

  it('refuses to navigate to a javascript: URL from the backend', async () => {
    const client = {
      startSocialSignIn: async () => ({ url: 'javascript:alert(document.cookie)', state: 's' }),
    } as unknown as SignInClient;
    const el = await mount(client, { methods: 'google' });
    const urls: string[] = [];
    el.navigate = (url) => urls.push(url);
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args[0]);
    try {
      shadow<HTMLButtonElement>(el, '.google')!.click();
      await idle(el, () => summary(el) !== '');
    } finally {
      console.error = original;
    }
    expect(urls).to.deep.equal([]);
    expect(summary(el)).to.contain('Logging in with Google or Apple did not work');
    expect(String(logged[0])).to.contain('non-http(s) URL');
  });

  it('finishes a sign-in in flight when the element is moved (a modal, a portal)', async () => {
    const el = await mount(slowClient(be, 150));
    const signedIn = oneEvent(el, 'tillit-signed-in');
    await signInWith(el, 'alva@example.com');
    const dialog = document.createElement('div');
    document.body.append(dialog);
    try {
      dialog.append(el); // disconnected and connected again in one task, as a portal moves it
      expect((await signedIn).session.user.displayName).to.equal('Alva');
    } finally {
      dialog.remove();
    }
  });

  it('says a request stopped when the element was away for longer, once it is back', async () => {
    const client = faultClient(() => new Promise<Response>(() => undefined));
    const el = await mount(client);
    await signInWith(el, 'alva@example.com');
    const parent = el.parentElement!;
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 20));
    parent.append(el);
    await idle(el, () => summary(el) !== '');
    expect(summary(el)).to.contain('The request stopped before it finished');
    expect(q(el, 'button[type=submit]')!.getAttribute('aria-disabled'), 'no stuck pending state').to.equal('false');
  });

  it('names the e-mail/phone options differently from the fields they switch to', async () => {
    const el = await mount(be.client);
    const options = [...el.querySelectorAll<HTMLInputElement>('input[name=identifier-kind]')].map((i) => i.labels![0]!.textContent!.trim());
    const emailLabel = q<HTMLInputElement>(el, 'input[type=email]')!.labels![0]!.textContent!.trim();
    expect(options).to.deep.equal(['Email', 'Phone']);
    expect(options).to.not.include(emailLabel);
    await choosePhone(el);
    expect(options).to.not.include(q<HTMLInputElement>(el, 'input[type=tel]')!.labels![0]!.textContent!.trim());
  });

  it('takes a prefilled identifier, a heading level, and starts over on reset()', async () => {
    const el = await fixture<LoginForm>(html`
      <login-form .client=${be.client} prefill="+4791234567" heading-level="1" identifier="email phone" lang="en"></login-form>
    `);
    await phoneShown(el);
    expect(shadow(el, '[part=heading]')!.getAttribute('aria-level')).to.equal('1');
    expect(shadow(el, '[part=heading]')!.getAttribute('role')).to.equal('heading');
    expect(q<HTMLInputElement>(el, 'input[type=tel]')!.value, 'a phone prefill picks the phone field').to.equal('+4791234567');
    expect(q<HTMLSelectElement>(el, 'select')!.value, 'and its country').to.equal('NO');
    type(q(el, 'input[type=tel]'), '+46 70 000 00 00');
    type(q(el, 'input[autocomplete=current-password]'), 'secret');
    await submit(el);
    await idle(el, () => summary(el) !== '');
    el.prefill = 'bjorn@example.com';
    await settle(el);
    expect(q<HTMLInputElement>(el, 'input[type=email]')!.value).to.equal('bjorn@example.com');
    const steps: string[] = [];
    el.addEventListener('tillit-step-change', (event) => steps.push(`${event.previousStep}>${event.step}`));
    await signInWith(el, 'bjorn@example.com');
    await idle(el, () => heading(el) === 'Enter the code from your authenticator app');
    el.reset();
    await settle(el);
    expect(heading(el)).to.equal('Log in');
    expect(steps).to.deep.equal(['identifier>second-factor', 'second-factor>identifier']);
    expect(q<HTMLInputElement>(el, 'input[type=email]')!.value, 'the prefill again').to.equal('bjorn@example.com');
    expect(q<HTMLInputElement>(el, 'input[autocomplete=current-password]')!.value).to.equal('');
    expect(summary(el)).to.equal('');
  });

  it('puts a backend `validation_failed` on the fields, with the catalog’s field messages', async () => {
    const el = await mount(
      faultClient(() =>
        problem('validation_failed', {
          fields: [
            { path: 'identifier.email', code: 'invalid_format' },
            { path: 'password', code: 'too_long' },
          ],
        }),
      ),
    );
    await signInWith(el, 'alva@example.com');
    await idle(el, () => summary(el) !== '');
    expect(summary(el)).to.contain('Enter an email address in the correct format').and.to.contain('Enter fewer characters');
    expect(summary(el)).to.not.contain('Some of the information you entered');
    expect(q(el, 'input[type=email]')!.getAttribute('aria-invalid')).to.equal('true');
    expect(q(el, 'input[autocomplete=current-password]')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('links the summary to the password after a challenge expired, though the field came back after it', async () => {
    const el = await mount(be.client);
    await signInWith(el, 'bjorn@example.com');
    await idle(el, () => Boolean(el.querySelector('input[autocomplete=one-time-code]')));
    await be.testing.advanceClock({ seconds: 301 });
    type(q(el, 'input[autocomplete=one-time-code]'), await totpCode(be));
    await idle(el, () => heading(el) === 'Log in' && summary(el) !== '');
    const link = shadow<HTMLAnchorElement>(el, '[data-error-summary] a');
    expect(link, 'the item is a link').to.not.equal(null);
    link!.click();
    expect(document.activeElement).to.equal(q(el, 'input[autocomplete=current-password]'));
  });

  it('re-words the live announcement and the intro when the page switches language', async () => {
    const el = await mount(be.client);
    await signInWith(el, 'dag@example.com');
    const status = () => shadow(el, '[role=status]')!.textContent!;
    await waitUntil(() => status().startsWith('We sent a 6\u2011digit code'), 'announced in English');
    el.setAttribute('lang', 'sv');
    await waitUntil(() => status().startsWith('Vi har skickat en sexsiffrig kod'), 'announced in Swedish', { timeout: 3000 });
    expect(shadow(el, '.intro')!.textContent).to.contain('Vi har skickat');
    expect(q(el, '[data-tillit-light]')!.getAttribute('lang')).to.equal('sv');
  });
});
