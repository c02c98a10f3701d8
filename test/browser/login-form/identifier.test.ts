import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  backend, choosePhone, faultClient, heading, idle, mount, oneEvent, problem, q, settle, shadow, signInWith, submit, summary, type,
  DEMO_PASSWORD,
} from './helpers.js';
import type { LoginForm } from '../../../src/elements/login-form/login-form.js';

describe('<login-form> identifier step', () => {
  const be = backend();

  it('is accessible, and its credential inputs are in the document inside a real <form> (password managers)', async () => {
    const el = await mount(be.client);
    await expect(el).to.be.accessible();
    const username = document.querySelector<HTMLInputElement>('login-form form input[autocomplete="username webauthn"]');
    const password = document.querySelector<HTMLInputElement>('login-form form input[autocomplete="current-password"]');
    expect(username, 'identifier reachable from document').to.not.equal(null);
    expect(username!.type).to.equal('email');
    expect(password, 'password reachable from document').to.not.equal(null);
    expect(password!.type).to.equal('password');
    expect(username!.form).to.equal(password!.form);
    expect(el.shadowRoot!.querySelector('input')).to.equal(null);

    await choosePhone(el);
    await expect(el).to.be.accessible();
    const tel = document.querySelector<HTMLInputElement>('login-form form input[type=tel]');
    expect(tel?.autocomplete).to.equal('username webauthn');
    expect(document.querySelector('login-form select')?.getAttribute('autocomplete')).to.equal('tel-country-code');
  });

  it('signs in with e-mail and password, fires tillit-signed-in and clears the password from the DOM', async () => {
    const el = await mount(be.client);
    const steps: string[] = [];
    el.addEventListener('tillit-step-change', (event) => steps.push(event.step));
    const signedIn = oneEvent(el, 'tillit-signed-in');
    await signInWith(el, 'alva@example.com');
    const event = await signedIn;
    expect(event.session.user.displayName).to.equal('Alva');
    expect(event.method).to.equal('password');
    await settle(el);
    expect(heading(el)).to.equal('You are logged in');
    expect(steps).to.deep.equal(['signed-in']);
    expect(el.querySelector('input[type=password]')).to.equal(null);
    expect(el.querySelector('[data-tillit-light]')!.textContent).not.to.contain(DEMO_PASSWORD);
    expect(el.shadowRoot!.activeElement).to.equal(shadow(el, '[part=heading]'));
    await expect(el).to.be.accessible();
  });

  it('signs in with a phone number typed nationally, sending it in E.164', async () => {
    const el = await mount(be.client, { identifier: 'phone email' });
    expect(q(el, 'input[type=tel]'), 'phone is the default when listed first').to.not.equal(null);
    const before = be.sent.length;
    type(q(el, 'input[type=tel]'), '070-987 65 43');
    type(q(el, 'input[autocomplete=current-password]'), DEMO_PASSWORD);
    await submit(el);
    await waitUntil(() => be.sent.slice(before).some((s) => s.path === '/v1/sign-in'), 'sign-in sent', { timeout: 5000 });
    const body = be.sent.slice(before).find((s) => s.path === '/v1/sign-in')!.body;
    expect(body?.['identifier']).to.deep.equal({ type: 'phone', phone: '+46709876543' });
    await idle(el, () => heading(el) === 'Check your phone');
  });

  it('moves the country picker when an international number is pasted', async () => {
    const el = await mount(be.client, { identifier: 'phone' });
    type(q(el, 'input[type=tel]'), '+47 912 34 567');
    await settle(el);
    expect(q<HTMLSelectElement>(el, 'select')!.value).to.equal('NO');
  });

  it('validates on submit: an error summary that takes focus, field errors linked by aria-describedby', async () => {
    const el = await mount(be.client);
    await submit(el);
    await idle(el, () => summary(el) !== '');
    expect(summary(el)).to.contain('Enter your email address').and.to.contain('Enter your password');
    expect(el.shadowRoot!.activeElement).to.equal(shadow(el, '[data-error-summary]'));
    const email = q<HTMLInputElement>(el, 'input[type=email]')!;
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    const described = document.getElementById(email.getAttribute('aria-describedby')!.split(' ')[0]!)!;
    expect(described.textContent).to.contain('Error:').and.to.contain('Enter your email address');
    await expect(el).to.be.accessible();
    shadow<HTMLAnchorElement>(el, '[data-error-summary] a')!.click();
    expect(document.activeElement).to.equal(email);

    type(email, 'not-an-address');
    type(q(el, 'input[autocomplete=current-password]'), 'x');
    await submit(el);
    await idle(el, () => summary(el).includes('correct format'));
    expect(summary(el)).to.contain('Enter an email address in the correct format');
    expect(email.value, 'what the user typed is kept').to.equal('not-an-address');
    expect(be.sent.some((s) => s.body?.['identifier'] && JSON.stringify(s.body).includes('not-an-address'))).to.equal(false);
  });

  it('says a phone number is too short for the chosen country', async () => {
    const el = await mount(be.client, { identifier: 'phone' });
    type(q(el, 'input[type=tel]'), '12345');
    type(q(el, 'input[autocomplete=current-password]'), 'x');
    await submit(el);
    await idle(el, () => summary(el) !== '');
    expect(summary(el)).to.contain('Enter a phone number for Sweden with 7 to 9 digits after the country code');
  });

  it('answers a wrong password the same way whether or not the account exists, keeping what was typed', async () => {
    const el = await mount(be.client);
    await signInWith(el, 'alva@example.com', 'wrong password');
    await idle(el, () => summary(el) !== '');
    const known = summary(el);
    expect(known).to.contain('The details you entered are not right');
    expect(known).not.to.match(/exist|not found|no account/i);
    expect(q<HTMLInputElement>(el, 'input[type=email]')!.value).to.equal('alva@example.com');
    expect(q<HTMLInputElement>(el, 'input[autocomplete=current-password]')!.value).to.equal('wrong password');
    expect(el.shadowRoot!.activeElement).to.equal(shadow(el, '[data-error-summary]'));
    await expect(el).to.be.accessible();

    const other = await mount(be.client);
    await signInWith(other, 'nobody-here@example.com', 'wrong password');
    await idle(other, () => summary(other) !== '');
    expect(summary(other)).to.equal(known);
  });

  it("calls the host's captcha provider when the backend asks, then signs in with its token", async () => {
    const account = await be.testing.createTestAccount({ email: 'captcha@example.com', password: DEMO_PASSWORD });
    const el = await mount(be.client);
    for (let i = 0; i < 2; i++) {
      const sent = be.sent.length;
      await signInWith(el, account.email!, 'wrong password');
      await idle(el, () => be.sent.length > sent && q(el, 'button[type=submit]')!.getAttribute('aria-disabled') === 'false');
      expect(summary(el)).to.contain('not right');
    }
    let calls = 0;
    el.captchaProvider = async () => {
      calls += 1;
      return (await be.testing.issueCaptchaToken({})).token;
    };
    const signedIn = oneEvent(el, 'tillit-signed-in');
    await signInWith(el, account.email!);
    await signedIn;
    expect(calls).to.equal(1);
    expect(be.sent.filter((s) => s.path === '/v1/sign-in').at(-1)!.body?.['captchaToken']).to.match(/^captcha_/);
  });

  it('says so when the backend wants a robot check and the host gave no provider', async () => {
    const el = await mount(faultClient(() => problem('captcha_required')));
    await signInWith(el, 'alva@example.com');
    await idle(el, () => summary(el) !== '');
    expect(summary(el)).to.contain('check that you are not a robot');
  });

  it('shows a locked account with the time it opens again, to the second, counting down with the submit disabled', async () => {
    const until = new Date(Date.now() + 15 * 60_000);
    const el = await mount(faultClient(() => problem('account_locked', { lockedUntil: until.toISOString().replace(/\.\d+Z$/, 'Z') })));
    await signInWith(el, 'alva@example.com');
    await idle(el, () => summary(el) !== '');
    // The lock's end with its seconds (the backend's instant is whole seconds), not "after 8:00 PM".
    const time = new Intl.DateTimeFormat('en', { timeStyle: 'medium' }).format(new Date(Math.floor(until.getTime() / 1000) * 1000));
    expect(summary(el)).to.contain('Too many failed attempts').and.to.contain(time);
    expect(summary(el)).to.match(/Try again in 1[45] min/);
    expect(q<HTMLButtonElement>(el, 'button[type=submit]')!.disabled, 'no tries while locked').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('counts down a 429 live and re-enables the submit button when it ends', async () => {
    const el = await mount(faultClient(() => problem('rate_limited', { retryAfter: 2 })));
    await signInWith(el, 'alva@example.com');
    await idle(el, () => summary(el) !== '');
    const button = q<HTMLButtonElement>(el, 'button[type=submit]')!;
    expect(summary(el)).to.match(/Too many attempts\. Wait [12] sec/);
    expect(button.disabled).to.equal(true);
    await expect(el).to.be.accessible();
    await waitUntil(() => summary(el).includes('Wait 1 sec'), 'ticks to 1 sec', { timeout: 2500 });
    await waitUntil(() => !button.disabled, 'submit re-enabled', { timeout: 2500 });
    expect(summary(el)).to.equal('');
    await waitUntil(() => shadow(el, '[role=status]')!.textContent!.includes('You can try again now'), 'announced');
  });

  for (const [name, client, expected] of [
    ['network failure', faultClient(() => Promise.reject(new TypeError('Failed to fetch'))), 'We could not connect'],
    ['timeout', faultClient(() => new Promise<Response>(() => undefined), 50), 'This is taking too long'],
    ['server fault (500)', faultClient(() => problem('internal_error')), 'Something went wrong on our side'],
    ['outage (503 without a problem body)', faultClient(() => new Response('<html>down</html>', { status: 503 })), 'not available right now'],
  ] as const) {
    it(`explains a ${name} and keeps what was typed`, async () => {
      const el = await mount(client);
      await signInWith(el, 'alva@example.com');
      await idle(el, () => summary(el) !== '');
      expect(summary(el)).to.contain(expected);
      expect(q<HTMLInputElement>(el, 'input[type=email]')!.value).to.equal('alva@example.com');
      expect(q<HTMLInputElement>(el, 'input[autocomplete=current-password]')!.value).to.equal(DEMO_PASSWORD);
      expect(q(el, 'button[type=submit]')!.getAttribute('aria-disabled'), 'no stuck pending state').to.equal('false');
    });
  }

  it('treats a page that gave it no client as a fault of ours, not a passkey problem', async () => {
    const el = await fixture<LoginForm>(html`<login-form methods="password" lang="en"></login-form>`);
    await settle(el);
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args[0]);
    try {
      await signInWith(el, 'alva@example.com');
      await idle(el, () => summary(el) !== '');
    } finally {
      console.error = original;
    }
    expect(summary(el)).to.contain('Something went wrong on our side');
    expect(summary(el)).to.not.contain('passkey');
    expect(String(logged[0])).to.contain('needs a `client` property or a `base-url` attribute');
  });

  it('shows and hides the password, announces it, and re-hides it on submit and on a bfcache restore', async () => {
    const el = await mount(faultClient(() => problem('invalid_credentials')));
    const password = () => q<HTMLInputElement>(el, 'input[autocomplete=current-password]')!;
    const reveal = q<HTMLButtonElement>(el, '.tillit-reveal')!;
    reveal.click();
    await settle(el);
    expect(password().type).to.equal('text');
    expect(reveal.getAttribute('aria-pressed')).to.equal('true');
    await waitUntil(() => shadow(el, '[role=status]')!.textContent!.includes('Your password is shown'));
    await signInWith(el, 'alva@example.com', 'secret');
    expect(password().type).to.equal('password');
    reveal.click();
    await settle(el);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await settle(el);
    expect(password().type).to.equal('password');
  });

  it('hints when Caps Lock is on while typing the password', async () => {
    const el = await mount(be.client);
    const password = q<HTMLInputElement>(el, 'input[autocomplete=current-password]')!;
    password.dispatchEvent(new KeyboardEvent('keydown', { key: 'A', bubbles: true, modifierCapsLock: true }));
    await settle(el);
    expect(el.querySelector('.tillit-notice')?.textContent).to.equal('Caps Lock is on');
    expect(password.getAttribute('aria-describedby')).to.contain('notice');
    password.dispatchEvent(new KeyboardEvent('keyup', { key: 'a', bubbles: true }));
    await settle(el);
    expect(el.querySelector('.tillit-notice')).to.equal(null);
  });

  it('speaks Swedish with lang="sv", brand buttons in Google\'s and Apple\'s own words', async () => {
    const el = await mount(be.client, { lang: 'sv' });
    await waitUntil(() => heading(el) === 'Logga in', 'Swedish heading');
    await settle(el);
    expect(q(el, 'button[type=submit]')!.textContent!.trim()).to.equal('Logga in');
    expect(q(el, 'label[for$=password]')!.textContent).to.equal('Lösenord');
    expect(shadow(el, '.google')!.textContent!.trim()).to.equal('Fortsätt med Google');
    expect(shadow(el, '.apple')!.textContent!.trim()).to.equal('Fortsätt med Apple');
    await submit(el);
    await idle(el, () => summary(el) !== '');
    expect(summary(el)).to.contain('Ange din e-postadress');
    el.setAttribute('lang', 'nb');
    await waitUntil(() => heading(el) === 'Logg inn', 'Norwegian heading');
    await settle(el);
    expect(summary(el), 'errors re-worded on a language switch').to.contain('Skriv inn e-postadressen din');
    expect(shadow(el, '.google')!.textContent!.trim()).to.equal('Fortsett med Google');
  });

  it('is usable by keyboard alone: tab order follows the form, Enter submits', async () => {
    const el = await mount(be.client, { methods: 'password passkey google apple', identifier: 'email' });
    const email = q<HTMLInputElement>(el, 'input[type=email]')!;
    email.focus();
    const order: string[] = [];
    const name = () => {
      const active = el.shadowRoot!.activeElement ?? document.activeElement;
      return active?.getAttribute('autocomplete') ?? active?.textContent?.trim() ?? '';
    };
    for (let i = 0; i < 6; i++) {
      order.push(name());
      await sendKeys({ press: 'Tab' });
    }
    order.push(name());
    expect(order).to.deep.equal([
      'username webauthn',
      'current-password',
      'Show password',
      'Forgot your password?',
      'Log in',
      'Log in with a passkey',
      'Continue with Google',
    ]);
    email.focus();
    await sendKeys({ type: 'alva@example.com' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: DEMO_PASSWORD });
    const signedIn = oneEvent(el, 'tillit-signed-in');
    await sendKeys({ press: 'Enter' });
    await signedIn;
  });

  it('fires tillit-forgot-password with what was typed, or links when forgot-href is set', async () => {
    const el = await mount(be.client);
    type(q(el, 'input[type=email]'), 'alva@example.com');
    const forgot = oneEvent(el, 'tillit-forgot-password');
    q<HTMLButtonElement>(el, '.tillit-link')!.click();
    expect((await forgot).identifier).to.deep.equal({ type: 'email', email: 'alva@example.com' });
    el.forgotHref = '/reset';
    await settle(el);
    expect(q<HTMLAnchorElement>(el, 'a.tillit-link')!.getAttribute('href')).to.equal('/reset');
  });
});
