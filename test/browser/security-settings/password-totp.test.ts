import { expect } from '@open-wc/testing';
import { DEMO_TOTP_SECRET } from '../../../demo/core/seed.js';
import { answerStepUp, DEMO_PASSWORD, demoBackend, freshAccount, light, mount, press, row, shadow, stepTitle, submit, summary, text, type, until } from './helpers.js';

/*
 * The password change (current + new + repeat, checked before the step-up; a wrong current password keeps the
 * step-up's grant for the corrected try) and turning the authenticator off (refused when it is the last factor).
 */
const be = demoBackend();
const NEW_PASSWORD = 'a much longer passphrase 42';

describe('<security-settings> password and authenticator', function () {
  this.timeout(30_000);

  it('checks the new password on submit, says what went wrong, and keeps what was typed in the other fields', async () => {
    await freshAccount(be, 'pw-check');
    const el = await mount(be.client);
    await press(el, 'Change password');
    expect(stepTitle(el)).to.equal('Change your password');
    expect(light(el, 'input[name=currentPassword]')!.getAttribute('autocomplete')).to.equal('current-password');
    expect(light(el, 'input[name=new-password]')!.getAttribute('autocomplete')).to.equal('new-password');
    expect(light(el, 'input[name=repeat-password]')!.getAttribute('autocomplete')).to.equal('new-password');
    expect(text(light(el, '.tillit-task-consequences'))).to.contain('You will be logged out on every other device');
    await submit(el);
    await until(el, () => summary(el) !== '', 'errors');
    expect(summary(el)).to.contain('Enter your current password').and.contain('Enter a new password').and.contain('Enter the new password again');
    expect(el.shadowRoot!.activeElement).to.equal(shadow(el, '[data-error-summary]'));
    await expect(el).to.be.accessible();
    type(light(el, 'input[name=currentPassword]'), DEMO_PASSWORD);
    type(light(el, 'input[name=new-password]'), 'short');
    type(light(el, 'input[name=repeat-password]'), 'other');
    await submit(el);
    await until(el, () => summary(el).includes('at least 10 characters'), 'too short');
    expect(text(light(el, '[id$=-rules]')), 'the policy is listed under the field').to.not.equal('');
    type(light(el, 'input[name=new-password]'), NEW_PASSWORD);
    await submit(el);
    await until(el, () => summary(el).includes('do not match'), 'mismatch');
    expect(light<HTMLInputElement>(el, 'input[name=currentPassword]')!.value).to.equal(DEMO_PASSWORD);
  });

  it('changes the password after a step-up: withdrawals locked, the old password refused, no password left in the DOM', async () => {
    const email = await freshAccount(be, 'pw');
    const el = await mount(be.client);
    await press(el, 'Change password');
    type(light(el, 'input[name=currentPassword]'), 'not my password');
    type(light(el, 'input[name=new-password]'), NEW_PASSWORD);
    type(light(el, 'input[name=repeat-password]'), NEW_PASSWORD);
    await submit(el);
    // The wrong current password is refused before the step-up (the backend checks it before the token).
    await until(el, () => summary(el) !== '', 'refused');
    expect(summary(el)).to.contain('The current password is not right');
    expect(light(el, '.tillit-step-up')).to.equal(null);
    expect(light<HTMLInputElement>(el, 'input[name=currentPassword]')!.value, 'the wrong password is emptied').to.equal('');

    type(light(el, 'input[name=currentPassword]'), DEMO_PASSWORD);
    await submit(el);
    await answerStepUp(el, be, { email });
    await until(el, () => stepTitle(el) === 'What changed', 'changed');
    expect(text(light(el, '.tillit-done'))).to.contain('Your password was changed. You were logged out on every other device.');
    expect(text(light(el, '.tillit-lock'))).to.contain('You changed your password');
    expect(el.querySelectorAll('input').length, 'no password field left').to.equal(0);
    expect(el.innerHTML).to.not.contain(NEW_PASSWORD);
    await expect(el).to.be.accessible();

    const overview = await be.client.getSecurityOverview({});
    expect(overview.withdrawalLock?.reason).to.equal('password_change');
    const old = await be.client.signIn({ identifier: { type: 'email', email }, password: DEMO_PASSWORD }).then(() => 'signed in', (e: { code: string }) => e.code);
    expect(old).to.equal('invalid_credentials');
    const fresh = await be.client.signIn({ identifier: { type: 'email', email }, password: NEW_PASSWORD });
    expect(fresh.status).to.equal('signed_in');
  });

  it('turns the authenticator off after a step-up; refuses when it is the only second factor', async () => {
    const email = await freshAccount(be, 'totp-only', { totpSecret: DEMO_TOTP_SECRET });
    const el = await mount(be.client);
    expect(text(row(el, 'totp'))).to.contain('On since');
    await press(el, 'Turn off authenticator app');
    expect(text(light(el, '.tillit-consequences'))).to.contain('You will not be able to withdraw for 24 hours');
    await submit(el);
    await until(el, () => summary(el) !== '', 'refused as the last factor');
    expect(summary(el)).to.contain('last way to log in');
    await press(el, 'Cancel');

    // With e-mail codes as a second factor too, it may go.
    const both = await freshAccount(be, 'totp-and-email', { totpSecret: DEMO_TOTP_SECRET, emailTwoFactor: true });
    const again = await mount(be.client);
    await press(again, 'Turn off authenticator app');
    await submit(again);
    await answerStepUp(again, be, { email: both });
    await until(again, () => stepTitle(again) === 'What changed', 'turned off');
    expect(text(light(again, '.tillit-done'))).to.contain('Your authenticator app is turned off');
    expect((await be.client.getSecurityOverview({})).totp).to.equal(null);
    expect(email).to.be.a('string');
  });
});
