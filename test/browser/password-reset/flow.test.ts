import { expect } from '@open-wc/testing';
import type { StepChangeEvent } from '../../../src/events/step-change.js';
import { formatLockEnd } from '../../../src/i18n/format/lock-end.js';
import { account, atCode, atPassword, backend, buttonNamed, heading, idle, intro, mount, oneEvent, q, settle, shadow, submit, summary, text, type } from './helpers.js';

describe('<password-reset> the whole reset', () => {
  const be = backend();

  it('starts with the robot check, sends a code, takes a new password, and says until when withdrawals are disabled', async () => {
    const user = await account(be);
    const el = await mount(be);
    const steps: StepChangeEvent[] = [];
    el.addEventListener('tillit-step-change', (event) => steps.push(event));
    expect(heading(el)).to.equal('Reset your password');
    await expect(el).to.be.accessible();
    await atCode(el, user.email!);
    expect(be.captcha.calls, 'the robot check ran before the reset started').to.equal(1);
    expect(heading(el)).to.equal('Check your email');
    expect(intro(el)).to.contain('We sent a 6\u2011digit code to');
    expect(el.shadowRoot!.activeElement, 'focus on the new step heading').to.equal(shadow(el, '[part=heading]'));
    await expect(el).to.be.accessible();
    await atPassword(el, be, user.email!);
    expect(text(q(el, '.tillit-consequences')!), 'told before confirming').to.contain('You will not be able to withdraw for 24 hours');
    const fields = [...el.querySelectorAll<HTMLInputElement>('input[type=password]')];
    expect(fields.map((f) => f.autocomplete)).to.deep.equal(['new-password', 'new-password']);
    await expect(el).to.be.accessible();
    type(fields[0]!, 'a new horse battery');
    type(fields[1]!, 'a new horse battery');
    const completed = oneEvent(el, 'tillit-password-reset-completed');
    await submit(el);
    const done = await completed;
    expect(done.identifier).to.deep.equal({ type: 'email', email: user.email });
    await idle(el, () => heading(el) === 'Your password has been changed');
    const lock = q(el, '[role=region].tillit-lock')!;
    expect(text(lock)).to.contain('Withdrawals are locked').and.to.contain('You reset your password.');
    expect(text(lock)).to.contain(`you can withdraw again from ${formatLockEnd('en', new Date(done.withdrawalLock.until))}`);
    expect(Date.parse(done.withdrawalLock.until) - Date.now(), 'the lock is the backend\'s 24 hours').to.be.within(23.9 * 3600e3, 24.1 * 3600e3);
    expect(el.querySelector('input'), 'no field, no secret left in the DOM').to.equal(null);
    expect(steps.map((s) => s.step)).to.deep.equal(['code', 'password', 'done']);
    await expect(el).to.be.accessible();
    const signIn = oneEvent(el, 'tillit-sign-in-requested');
    buttonNamed(el, 'Log in')!.click();
    expect((await signIn).identifier).to.deep.equal({ type: 'email', email: user.email });
    // The new password works, the old one does not.
    const ok = await be.client.signIn({ identifier: { type: 'email', email: user.email! }, password: 'a new horse battery' });
    expect(ok.status).to.equal('signed_in');
  });

  it('checks the identifier on submit, and the new password and its repeat before sending', async () => {
    const user = await account(be);
    const el = await mount(be);
    const calls = be.captcha.calls;
    await submit(el);
    await idle(el, () => summary(el) !== '');
    expect(summary(el)).to.contain('Enter your email address');
    expect(be.captcha.calls, 'no robot check for an empty field').to.equal(calls);
    await atCode(el, user.email!);
    await atPassword(el, be, user.email!);
    await submit(el);
    expect(summary(el)).to.contain('Enter a new password').and.to.contain('Enter the new password again');
    const [pw, repeat] = [...el.querySelectorAll<HTMLInputElement>('input[type=password]')];
    type(pw!, 'short');
    await settle(el);
    expect(text(el), 'the policy shows as the user types').to.contain('Has 10 to 128 characters');
    await submit(el);
    expect(summary(el)).to.contain('at least 10 characters');
    type(pw!, 'a long enough one');
    type(repeat!, 'a long enough two');
    await submit(el);
    expect(summary(el)).to.contain('do not match');
    type(pw!, 'password123');
    type(repeat!, 'password123');
    await submit(el);
    await idle(el, () => summary(el).includes('Choose a stronger password'));
    expect(pw!.value, 'what was typed stays').to.equal('password123');
    await expect(el).to.be.accessible();
  });

  it('prefills the identifier that <login-form> handed over', async () => {
    const el = await mount(be, { prefill: 'alva@example.com' });
    expect(q<HTMLInputElement>(el, 'input[type=email]')!.value).to.equal('alva@example.com');
    el.prefill = { type: 'phone', phone: '+46709876543' };
    await settle(el);
    await idle(el, () => q(el, 'input[type=tel]') !== null);
    expect(q<HTMLInputElement>(el, 'input[type=tel]')!.value).to.equal('+46709876543');
  });

  it('offers the other channel without telling what the account has, and sends there', async () => {
    const user = await account(be, { phone: '+46701112233' });
    const el = await mount(be);
    await atCode(el, user.email!);
    const other = buttonNamed(el, /Get a code by text message to the phone number of your account, if it has one/);
    expect(other).to.not.equal(undefined);
    // Within a minute of the e-mail the backend refuses another send: the element says when it can.
    other!.click();
    await idle(el, () => heading(el) === 'Check your phone' && summary(el) !== '');
    expect(summary(el)).to.contain('A code was sent a moment ago');
    await expect(el).to.be.accessible();
  });

  it('sends by SMS to the account phone when the user picks it after the wait, and verifies that code', async () => {
    const user = await account(be, { phone: '+46701112244' });
    const el = await mount(be);
    await atCode(el, user.email!);
    await be.testing.advanceClock({ seconds: 61 });
    buttonNamed(el, /Get a code by text message/)!.click();
    await idle(el, () => heading(el) === 'Check your phone' && intro(el).includes('the phone number of your account, if it has one'));
    type(q(el, 'input[autocomplete=one-time-code]'), await (async () => {
      const { messages } = await be.testing.readOutbox({ to: '+46701112244' });
      return messages.at(-1)!.code;
    })());
    await idle(el, () => heading(el) === 'Choose a new password');
  });

  it('reset() goes back to the first step with the prefill, fires the step change, and leaves focus alone', async () => {
    const user = await account(be);
    const el = await mount(be, { prefill: user.email! });
    await submit(el);
    await idle(el, () => q(el, 'input[autocomplete=one-time-code]') !== null && intro(el).includes('We sent'));
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    const changed = oneEvent(el, 'tillit-step-change');
    el.reset();
    expect((await changed).step).to.equal('identifier');
    await settle(el);
    expect(heading(el)).to.equal('Reset your password');
    expect(q<HTMLInputElement>(el, 'input[type=email]')!.value).to.equal(user.email);
    expect(q(el, 'input[autocomplete=one-time-code]'), 'the code left with its step').to.equal(null);
    expect(document.activeElement).to.equal(outside);
    outside.remove();
  });
});
