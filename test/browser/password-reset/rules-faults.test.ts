import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { account, atCode, atPassword, backend, faultClient, heading, idle, mount, problem, q, settle, submit, summary, text, type } from './helpers.js';

describe('<password-reset> rules, faults, keyboard and languages', () => {
  const be = backend();

  it('really locks withdrawals for 24 hours and ends every session (the security overview says so)', async () => {
    const user = await account(be);
    const { token } = await be.testing.createTestSession({ userId: user.userId });
    const el = await mount(be);
    await atCode(el, user.email!);
    await atPassword(el, be, user.email!);
    const [pw, repeat] = [...el.querySelectorAll<HTMLInputElement>('input[type=password]')];
    type(pw!, 'another horse battery');
    type(repeat!, 'another horse battery');
    await submit(el);
    await idle(el, () => q(el, '.tillit-lock') !== null);
    const { createClient } = await import('../../../src/client/index.js');
    const { DEMO_BASE_URL } = await import('../../../demo/browser/index.js');
    const before = createClient({ baseUrl: DEMO_BASE_URL, fetch: be.fetch, getToken: () => token });
    const ended = await before.getSecurityOverview({}).then(() => 'still valid', (error: { code: string }) => error.code);
    expect(ended, 'the session from before the reset ended').to.equal('unauthenticated');
    const signedIn = await be.client.signIn({ identifier: { type: 'email', email: user.email! }, password: 'another horse battery' });
    if (signedIn.status !== 'signed_in') throw new Error('expected a sign-in');
    const { token: fresh } = await be.testing.createTestSession({ userId: user.userId });
    const overview = await createClient({ baseUrl: DEMO_BASE_URL, fetch: be.fetch, getToken: () => fresh }).getSecurityOverview({});
    expect(overview.withdrawalLock?.reason).to.equal('password_reset');
    const hours = (Date.parse(overview.withdrawalLock!.until) - Date.now()) / 3600e3;
    expect(hours).to.be.within(23.9, 24.1);
  });

  for (const [name, client, expected] of [
    ['offline', faultClient(() => Promise.reject(new TypeError('Failed to fetch'))), /connection|internet/i],
    ['a 5xx', faultClient(() => problem('internal_error')), /went wrong on our side/],
    ['a 429 with Retry-After', faultClient(() => problem('rate_limited', { retryAfter: 120 })), /Too many attempts. Wait 2 min/],
    ['a malformed answer', faultClient(() => new Response('{"nope":1}', { status: 201, headers: { 'Content-Type': 'application/json' } })), /did not expect/],
    ['a timeout', faultClient(() => new Promise<Response>(() => undefined), 300), /taking too long/],
  ] as const) {
    it(`says what happened on ${name}, keeps the identifier, and never leaves a spinner`, async () => {
      const el = await mount(be);
      el.client = client;
      type(q(el, 'input[type=email]'), 'alva@example.com');
      await submit(el);
      await idle(el, () => summary(el) !== '');
      expect(summary(el)).to.match(expected);
      expect(q<HTMLInputElement>(el, 'input[type=email]')!.value).to.equal('alva@example.com');
      expect(q(el, 'button[type=submit]')!.textContent!.trim(), 'no spinner').to.equal('Continue');
      await expect(el).to.be.accessible();
    });
  }

  it('a rate limit blocks the button while it counts down', async () => {
    const el = await mount(be);
    el.client = faultClient(() => problem('rate_limited', { retryAfter: 90 }));
    type(q(el, 'input[type=email]'), 'alva@example.com');
    await submit(el);
    await idle(el, () => summary(el) !== '');
    expect(q<HTMLButtonElement>(el, 'button[type=submit]')!.disabled).to.equal(true);
  });

  it('a robot check the user closes says so and keeps what was typed', async () => {
    const el = await mount(be);
    el.captchaProvider = () => Promise.reject(new Error('closed'));
    type(q(el, 'input[type=email]'), 'alva@example.com');
    await submit(el);
    await idle(el, () => summary(el) !== '');
    expect(summary(el)).to.contain('Complete the security check');
  });

  it('no robot check on the page: the check "could not start" (the page is at fault, not the user)', async () => {
    const el = await mount(be);
    el.captchaProvider = undefined;
    type(q(el, 'input[type=email]'), 'alva@example.com');
    await submit(el);
    await idle(el, () => summary(el) !== '');
    expect(summary(el)).to.contain('the check could not start');
  });

  it('works with the keyboard alone: Tab to the field, type, Enter', async () => {
    const user = await account(be);
    const el = await mount(be);
    q<HTMLInputElement>(el, 'input[value=email]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(q(el, 'input[type=email]'));
    await sendKeys({ type: user.email! });
    await sendKeys({ press: 'Enter' });
    await idle(el, () => heading(el) === 'Check your email');
  });

  for (const [lang, title, save] of [
    ['sv', 'Återställ ditt lösenord', 'Fortsätt'],
    ['nb', 'Tilbakestill passordet ditt', 'Fortsett'],
  ] as const) {
    it(`speaks ${lang}`, async () => {
      const el = await mount(be, { lang });
      await idle(el, () => heading(el) === title);
      expect(text(el)).to.contain(save);
      await settle(el);
      await expect(el).to.be.accessible();
    });
  }
});
