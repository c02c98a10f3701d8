import { expect } from '@open-wc/testing';
import {
  answerStepUp,
  codeInput,
  demoBackend,
  freshAccount,
  freshPhone,
  light,
  mount,
  press,
  row,
  settle,
  shadow,
  stepTitle,
  submit,
  summary,
  text,
  type,
  until,
} from './helpers.js';

/*
 * E-mail and phone: bind, change and unbind, each through the step-up the backend asks for, the consequences said
 * before the user commits, and the rules really applied by the reference backend (the lock is set, an unbound
 * address cannot be registered again for 30 days).
 */
const be = demoBackend();

describe('<security-settings> e-mail and phone', () => {
  it('shows every factor of the account, masked, and the lock in the user\'s time zone', async () => {
    await be.signInAs('greta@example.com');
    const el = await mount(be.client);
    expect(text(row(el, 'email'))).to.match(/Email address g.*@example\.com/);
    expect(text(row(el, 'email'))).to.not.contain('greta@example.com');
    expect(text(row(el, 'phone'))).to.contain('33').and.not.contain('+46731112233');
    expect(text(row(el, 'totp'))).to.contain('On since');
    expect(text(row(el, 'passkeys'))).to.contain('No passkeys yet');
    expect(text(row(el, 'password'))).to.contain('Last changed');
    await expect(el).to.be.accessible();
  });

  it('unbinds the phone after the consequences and a step-up through every factor; the number is then banned for 30 days', async () => {
    const phone = freshPhone();
    const email = await freshAccount(be, 'unbind', { phone, smsTwoFactor: true, emailTwoFactor: true });
    const el = await mount(be.client);
    const changes: string[] = [];
    el.addEventListener('tillit-security-changed', (event) => changes.push(event.change));
    await press(el, 'Remove phone number');
    expect(stepTitle(el)).to.equal('Remove your phone number');
    expect(document.activeElement).to.equal(light(el, '[data-tillit-heading]'));
    const before = text(light(el, '.tillit-consequences'));
    expect(before).to.contain('Before you continue');
    expect(before).to.contain('You will not be able to withdraw for 24 hours');
    expect(before).to.contain('For 30 days after you remove this phone number, it cannot be used to open an account');
    expect(before).to.contain('Add a new phone number soon');
    await expect(el).to.be.accessible();

    await submit(el);
    await until(el, () => Boolean(light(el, '.tillit-step-up')), 'the step-up starts');
    await answerStepUp(el, be, { email, sms: phone });
    await until(el, () => stepTitle(el) === 'What changed', 'done');
    const after = text(light(el, '.tillit-done'));
    expect(after).to.contain('Your phone number was removed');
    expect(after).to.contain('Withdrawals are locked');
    expect(after).to.match(/use it for a new account, from/);
    expect(changes).to.deep.equal(['unbind_phone']);
    await expect(el).to.be.accessible();

    // The rules, at the backend: the lock is set for 24 hours, and the number cannot be bound again for 30 days.
    const overview = await be.client.getSecurityOverview({});
    const { now } = await be.testing.readClock();
    expect(overview.phone).to.equal(null);
    expect(overview.withdrawalLock?.reason).to.equal('contact_unbind');
    expect(Date.parse(overview.withdrawalLock!.until) - Date.parse(now)).to.be.closeTo(24 * 3600_000, 60_000);
    const refused = await be.client.startContactBinding({ kind: 'phone', value: phone }).then(() => undefined, (e: { code: string; problem?: { availableAt?: string } }) => e);
    expect(refused?.code).to.equal('identifier_in_cooldown');
    expect(Date.parse(refused!.problem!.availableAt!) - Date.parse(now)).to.be.closeTo(30 * 86400_000, 60_000);

    await press(el, 'Back to security settings');
    await until(el, () => text(row(el, 'phone')).includes('Not added'), 'the overview is reloaded');
    expect(text(shadow(el, '.tillit-lock'))).to.contain('Withdrawals are locked');
    expect(text(shadow(el, '.tillit-lock'))).to.contain('An email address or phone number was removed');
    // The notice's sheet came with the overview part, adopted after the element's own: a bordered box, not bare text.
    expect(getComputedStyle(shadow(el, '.tillit-lock')!).borderInlineStartWidth).to.equal('6px');

    // Thirty days on, the number may be bound again: the backend's checks pass, on to the step-up.
    await be.testing.advanceClock({ seconds: 30 * 86400 + 60 });
    await be.signInAs(email);
    const later = await be.client.startContactBinding({ kind: 'phone', value: phone }).then(() => 'sent', (e: { code: string }) => e.code);
    expect(later).to.equal('step_up_required');
  });

  it('binds a new e-mail: the new address gets its own code, and an address in cooldown is refused before any step-up', async () => {
    const phone = freshPhone();
    const email = await freshAccount(be, 'bind', { phone, smsTwoFactor: true, emailTwoFactor: true });
    // Free an address first: unbind this account's e-mail through the client (its ban then applies to everyone).
    const el = await mount(be.client);
    await press(el, 'Remove email address');
    await submit(el);
    await answerStepUp(el, be, { email, sms: phone });
    await until(el, () => stepTitle(el) === 'What changed', 'the e-mail is removed');
    await press(el, 'Back to security settings');
    await until(el, () => text(row(el, 'email')).includes('Not added'), 'no e-mail now');

    // Binding the removed address again is refused at once: the 30-day ban, before the step-up.
    await press(el, 'Add an email address');
    expect(stepTitle(el)).to.equal('Add an email address');
    type(light(el, 'input[type=email]'), email);
    await submit(el);
    await until(el, () => summary(el) !== '', 'refused');
    expect(summary(el)).to.contain('can be used again from');
    expect(light(el, '.tillit-step-up')).to.equal(null);
    expect(light<HTMLInputElement>(el, 'input[type=email]')!.value, 'what was typed is kept').to.equal(email);

    const fresh = `new-${crypto.randomUUID().slice(0, 8)}@example.com`;
    type(light(el, 'input[type=email]'), fresh);
    await submit(el);
    await until(el, () => Boolean(light(el, '.tillit-step-up')), 'the step-up starts');
    await answerStepUp(el, be, { sms: phone });
    await until(el, () => stepTitle(el) === 'Check your email' && Boolean(light(el, '.tillit-binding')), 'the code to the new address');
    expect(text(light(el, '.tillit-binding .tillit-intro'))).to.contain('We sent');
    type(codeInput(el), await be.outboxCode(fresh));
    await until(el, () => stepTitle(el) === 'What changed', 'bound');
    expect(text(light(el, '.tillit-done'))).to.contain('Your email address was added');
    expect(light(el, 'input'), 'no field left in the DOM').to.equal(null);
    const overview = await be.client.getSecurityOverview({});
    expect(overview.email?.twoFactor).to.equal(true);
    expect(overview.withdrawalLock?.reason).to.equal('contact_change');
  });

  it('says that changing the e-mail needs an authenticator and a phone, and does not offer it', async () => {
    await freshAccount(be, 'needs');
    const el = await mount(be.client);
    expect(text(row(el, 'email'))).to.contain('first set up an authenticator app and add a phone number');
    expect([...el.shadowRoot!.querySelectorAll('button')].some((b) => b.textContent!.includes('Change email address'))).to.equal(false);
  });

  it('refuses to remove the last way to log in (last_factor) without a step-up', async () => {
    await freshAccount(be, 'last');
    const el = await mount(be.client);
    await press(el, 'Remove email address');
    await submit(el);
    await until(el, () => summary(el) !== '', 'refused');
    expect(summary(el)).to.contain('last way to log in');
    expect(light(el, '.tillit-step-up')).to.equal(null);
    await press(el, 'Cancel');
    await settle(el);
    expect(shadow(el, '.rows')).to.not.equal(null);
  });
});
