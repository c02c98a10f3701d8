import { expect, waitUntil } from '@open-wc/testing';
import type { StepChangeEvent } from '../../../src/events/step-change.js';
import type { LoginForm } from '../../../src/elements/login-form/login-form.js';
import { backend, heading, idle, mount, oneEvent, outboxCode, q, settle, shadow, signInWith, summary, totpCode, type } from './helpers.js';

const codeInput = (el: LoginForm) => q<HTMLInputElement>(el, 'input[autocomplete=one-time-code]')!;
const linkNamed = (el: LoginForm, text: string) =>
  [...el.querySelectorAll<HTMLButtonElement>('.tillit-link')].find((b) => b.textContent!.includes(text))!;

describe('<login-form> second factor', () => {
  const be = backend();

  /** A form signed in as `email` (an account with 2FA), on the second-factor step with its code input shown. */
  async function atSecondFactor(email: string): Promise<LoginForm> {
    const el = await mount(be.client);
    await signInWith(el, email);
    await idle(el, () => Boolean(el.querySelector('input[autocomplete=one-time-code]')));
    return el;
  }

  /** Types a code into the code input; resolves with the sign-in it completes. */
  function enterCode(el: LoginForm, code: string) {
    const signedIn = oneEvent(el, 'tillit-signed-in');
    type(codeInput(el), code);
    return signedIn;
  }

  it('asks for the authenticator code, with ONE autofill-friendly input, and submits on the sixth digit', async () => {
    const el = await mount(be.client);
    const steps: StepChangeEvent[] = [];
    el.addEventListener('tillit-step-change', (event) => steps.push(event));
    await signInWith(el, 'bjorn@example.com');
    await idle(el, () => heading(el) === 'Enter the code from your authenticator app');
    expect(steps.map((s) => [s.step, s.method])).to.deep.equal([['second-factor', 'totp']]);
    expect(el.shadowRoot!.activeElement).to.equal(shadow(el, '[part=heading]'));
    expect(el.querySelector('input[type=password]'), 'the password left the DOM with its step').to.equal(null);
    const input = codeInput(el);
    expect(document.querySelectorAll('login-form input[autocomplete=one-time-code]')).to.have.length(1);
    expect([input.inputMode, input.getAttribute('pattern')]).to.deep.equal(['numeric', '\\d{6}']);
    await expect(el).to.be.accessible();

    const code = await totpCode(be);
    const event = await enterCode(el, `${code.slice(0, 3)} ${code.slice(3)}`);
    expect(event.session.user.displayName).to.equal('Bjørn');
    expect(be.sent.filter((s) => s.path.endsWith('/verify')).at(-1)!.body).to.include({ method: 'totp', code });
  });

  it('takes a code with separators through real input events, as pasted or autofilled text arrives', async () => {
    const el = await atSecondFactor('bjorn@example.com');
    codeInput(el).focus();
    await be.testing.advanceClock({ seconds: 30 }); // the previous test used this step's code: it is refused as a replay
    const code = await totpCode(be);
    const signedIn = oneEvent(el, 'tillit-signed-in');
    // One editing command inserts the whole text at once, as a paste or an SMS autofill does (a maxlength would cut
    // "Code: 123 456" to "Code: " right there); the element keeps the six digits and submits.
    document.execCommand('insertText', false, `Code: ${code.slice(0, 3)} ${code.slice(3)}`);
    expect((await signedIn).session.user.displayName).to.equal('Bjørn');
  });

  it('shows a wrong code next to the field, with the attempts left, and empties the boxes for the next try', async () => {
    const el = await atSecondFactor('bjorn@example.com');
    type(codeInput(el), '000000');
    await idle(el, () => summary(el) !== '');
    expect(summary(el)).to.contain('The code is not right').and.to.contain('4 attempts left');
    expect(codeInput(el).getAttribute('aria-invalid')).to.equal('true');
    expect(codeInput(el).value, 'the wrong code is not left in the six boxes').to.equal('');
    await expect(el).to.be.accessible();
  });

  it('fires tillit-lost-two-factor from "Lost your authenticator app?" with the sign-in challenge for the reset', async () => {
    const el = await atSecondFactor('bjorn@example.com');
    const lost = oneEvent(el, 'tillit-lost-two-factor');
    linkNamed(el, 'Lost your authenticator app?').click();
    const event = await lost;
    expect(event.identifier).to.deep.equal({ type: 'email', email: 'bjorn@example.com' });
    expect(Object.keys(event.challenge ?? {}).sort(), 'only the id and expiry, not the destinations').to.deep.equal(['expiresAt', 'id']);
    expect(event.challenge!.id).to.be.a('string').and.not.equal('');
    expect(Date.parse(event.challenge!.expiresAt)).to.be.greaterThan(Date.now());
  });

  it('switches to SMS: sends the code, counts down to resend, and signs in with the texted code', async () => {
    const el = await atSecondFactor('bjorn@example.com');
    const changed = oneEvent(el, 'tillit-step-change');
    linkNamed(el, 'Get a code by text message').click();
    expect((await changed).method).to.equal('sms');
    await idle(el, () => heading(el) === 'Check your phone' && shadow(el, '.intro') !== null);
    expect(shadow(el, '.intro')!.textContent).to.match(/We sent a 6\u2011digit code to \+47/);
    const resend = linkNamed(el, 'You can send a new code in');
    expect(resend.disabled).to.equal(true);
    expect(resend.textContent).to.match(/in (1 min|59 sec|60 sec)/);
    await expect(el).to.be.accessible();
    await enterCode(el, await outboxCode(be, '+4791234567'));
  });

  it('sends an e-mail code for an account with e-mail 2FA', async () => {
    const el = await mount(be.client);
    await signInWith(el, 'dag@example.com');
    await idle(el, () => heading(el) === 'Check your email' && shadow(el, '.intro') !== null);
    expect(el.querySelectorAll('.tillit-methods'), 'one method: no chooser').to.have.length(0);
    await expect(el).to.be.accessible();
    await enterCode(el, await outboxCode(be, 'dag@example.com'));
  });

  it('goes back to the start with the identifier kept when the challenge expired', async () => {
    const el = await atSecondFactor('bjorn@example.com');
    await be.testing.advanceClock({ seconds: 301 });
    type(codeInput(el), await totpCode(be));
    await idle(el, () => heading(el) === 'Log in' && summary(el) !== '');
    expect(summary(el)).to.contain('That took too long').and.to.contain('Enter your password again');
    expect(q<HTMLInputElement>(el, 'input[type=email]')!.value).to.equal('bjorn@example.com');
    expect(q<HTMLInputElement>(el, 'input[autocomplete=current-password]')!.value, 'the password is asked again').to.equal('');
    expect(el.shadowRoot!.activeElement).to.equal(shadow(el, '[data-error-summary]'));
    await expect(el).to.be.accessible();
  });

  it('"Start again" returns to the identifier step', async () => {
    const el = await atSecondFactor('greta@example.com');
    expect(el.querySelectorAll('.tillit-methods .tillit-link')).to.have.length(2);
    linkNamed(el, 'Start again').click();
    await settle(el);
    await waitUntil(() => heading(el) === 'Log in', 'back to the first step', { timeout: 5000 });
    expect(q<HTMLInputElement>(el, 'input[type=email]')!.value).to.equal('greta@example.com');
  });
});
