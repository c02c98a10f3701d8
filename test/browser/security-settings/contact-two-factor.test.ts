import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DEMO_TOTP_SECRET } from '../../../demo/core/seed.js';
import type { SecurityChangedEvent } from '../../../src/events/security-changed.js';
import { activate, answerStepUp, demoBackend, freshAccount, freshPhone, light, mount, press, row, shadow, stepTitle, submit, summary, text, until } from './helpers.js';

/*
 * The switch beside a bound e-mail or phone (`setContactTwoFactor`): a role="switch" button showing the setting in
 * force, which opens the change rather than flipping at once: the consequences first, the check before the step-up
 * (`last_factor` costs none), the step-up, then what changed and the lock. With SMS codes off the e-mail cannot
 * change, and the overview says so.
 */
const be = demoBackend();
const smsSwitch = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLButtonElement>('#codes-phone');
const emailSwitch = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLButtonElement>('#codes-email');

describe('<security-settings> e-mail and SMS codes switch', function () {
  this.timeout(40_000);

  it('turns SMS codes off by keyboard: consequences first, every factor, then the lock; the e-mail change waits for them', async () => {
    const sms = freshPhone();
    const email = await freshAccount(be, 'codes-off', { phone: sms, smsTwoFactor: true, totpSecret: DEMO_TOTP_SECRET });
    const el = await mount(be.client);
    const changes: SecurityChangedEvent[] = [];
    el.addEventListener('tillit-security-changed', (event) => changes.push(event));
    expect(smsSwitch(el)!.getAttribute('role')).to.equal('switch');
    expect(smsSwitch(el)!.getAttribute('aria-checked')).to.equal('true');
    expect(text(smsSwitch(el))).to.equal('On Ask for a code by text message when I log in');
    expect(emailSwitch(el)!.getAttribute('aria-checked')).to.equal('false');
    expect(text(emailSwitch(el))).to.contain('Off');
    expect(text(row(el, 'email'))).to.contain('Change email address');
    await expect(el).to.be.accessible();

    smsSwitch(el)!.focus();
    await sendKeys({ press: 'Space' });
    await until(el, () => stepTitle(el) === 'Turn off codes by text message', 'the change opens');
    expect(smsSwitch(el), 'the overview gave way to the task').to.equal(null);
    expect(text(light(el, '.tillit-intro'))).to.contain('we will no longer ask for a code sent to +46');
    const consequences = light(el, '.tillit-task-consequences')!;
    expect(text(consequences)).to.contain('You will not be able to withdraw for 24 hours');
    expect(text(consequences)).to.contain('While codes by text message are off, you cannot change your email address.');
    const commit = light<HTMLButtonElement>(el, 'button[type=submit]')!;
    expect(text(commit)).to.equal('Turn off');
    expect(commit.getAttribute('aria-describedby')).to.equal(consequences.id);
    await expect(el).to.be.accessible();

    await submit(el);
    await answerStepUp(el, be, { email, sms, totpSecret: DEMO_TOTP_SECRET });
    await until(el, () => stepTitle(el) === 'What changed', 'turned off');
    const done = text(light(el, '.tillit-done'));
    expect(done).to.contain('Codes by text message are turned off. They are no longer asked for when you log in.');
    expect(done).to.contain('Withdrawals are locked');
    expect(changes.map((c) => [c.change, c.withdrawalLock?.reason])).to.deep.equal([['disable_phone_two_factor', 'two_factor_change']]);
    const overview = await be.client.getSecurityOverview({});
    expect(overview.phone?.twoFactor).to.equal(false);

    await press(el, 'Back to security settings');
    await until(el, () => smsSwitch(el)?.getAttribute('aria-checked') === 'false', 'the switch shows the new setting');
    expect(text(smsSwitch(el))).to.contain('Off');
    expect(text(row(el, 'email')), 'the e-mail change waits for SMS codes').to.contain('codes by text message turned on');
    expect(text(row(el, 'email'))).to.not.contain('Change email address');
  });

  it('turns e-mail codes on: nothing to state first, no lock after', async () => {
    const email = await freshAccount(be, 'codes-on', { totpSecret: DEMO_TOTP_SECRET });
    const el = await mount(be.client);
    await activate(el, emailSwitch(el));
    expect(stepTitle(el)).to.equal('Turn on codes by email');
    expect(light(el, '.tillit-consequences'), 'turning codes on locks nothing').to.equal(null);
    expect(text(light(el, 'button[type=submit]'))).to.equal('Turn on');
    await submit(el);
    await answerStepUp(el, be, { email, totpSecret: DEMO_TOTP_SECRET });
    await until(el, () => stepTitle(el) === 'What changed', 'turned on');
    expect(text(light(el, '.tillit-done'))).to.contain('Codes by email are turned on');
    expect(light(el, '.tillit-done .tillit-lock')).to.equal(null);
    expect((await be.client.getSecurityOverview({})).email?.twoFactor).to.equal(true);
  });

  it('refuses to turn off the only second factor (last_factor) before any step-up', async () => {
    await freshAccount(be, 'codes-last', { emailTwoFactor: true });
    const el = await mount(be.client);
    expect(emailSwitch(el)!.getAttribute('aria-checked')).to.equal('true');
    await activate(el, emailSwitch(el));
    await submit(el);
    await until(el, () => summary(el) !== '', 'refused');
    expect(summary(el)).to.contain('last way to log in');
    expect(light(el, '.tillit-step-up')).to.equal(null);
    expect(stepTitle(el)).to.equal('Turn off codes by email');
    await press(el, 'Cancel');
    await until(el, () => emailSwitch(el)?.getAttribute('aria-checked') === 'true', 'still on');
    expect(shadow(el, '.rows')).to.not.equal(null);
  });

  it('speaks Swedish and Norwegian', async () => {
    await freshAccount(be, 'codes-sv', { phone: freshPhone(), emailTwoFactor: true });
    const sv = await mount(be.client, 'sv');
    await until(sv, () => text(smsSwitch(sv)).includes('Be om en kod via sms när jag loggar in'), 'Swedish');
    expect(text(smsSwitch(sv))).to.contain('Av');
    expect(text(emailSwitch(sv))).to.contain('På');
    sv.remove();
    const nb = await mount(be.client, 'nb');
    await until(nb, () => text(emailSwitch(nb)).includes('Be om en kode på e-post når jeg logger inn'), 'Norwegian');
    expect(text(smsSwitch(nb))).to.contain('Av');
  });
});
