import { expect } from '@open-wc/testing';
import type { StepChangeEvent } from '../../../src/events/step-change.js';
import { backend, buttonNamed, heading, idle, lostAuthenticator, mount, oneEvent, q, shadow, submit, summary, text, type } from './helpers.js';

describe('<two-factor-reset> the request and its status', () => {
  const be = backend();

  it('shows the self-service ways first, then sends a request and says by when and where the answer comes', async () => {
    const { challenge } = await lostAuthenticator(be);
    const el = await mount(be, { challenge });
    const steps: StepChangeEvent[] = [];
    el.addEventListener('tillit-step-change', (event) => steps.push(event));
    expect(heading(el)).to.equal('Lost your authenticator app?');
    expect(text(el)).to.contain('You saved the setup key').and.to.contain('You still have your old phone').and.to.contain('recovery phrase');
    await expect(el).to.be.accessible();
    buttonNamed(el, 'Ask for a 2FA reset')!.click();
    await idle(el, () => heading(el) === 'Ask for a 2FA reset');
    expect(el.shadowRoot!.activeElement).to.equal(shadow(el, '[part=heading]'));
    expect(text(el.shadowRoot as unknown as Element)).to.contain('1–3 business days');
    await expect(el).to.be.accessible();
    await submit(el);
    expect(summary(el)).to.contain('Choose what happened');
    q<HTMLInputElement>(el, 'input[value=lost_device]')!.click();
    type(q(el, 'input[type=email]'), 'not-an-email');
    await submit(el);
    expect(summary(el)).to.contain('Enter an email address in the correct format');
    type(q(el, 'input[type=email]'), 'me@example.org');
    type(q(el, 'textarea'), 'Lost it on the train on Monday.');
    const requested = oneEvent(el, 'tillit-two-factor-reset-requested');
    await submit(el);
    const event = await requested;
    expect(event.ticket.requestId).to.be.a('string');
    await idle(el, () => heading(el) === 'We got your request');
    const reviewBy = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(event.reviewBy));
    expect(text(el)).to.contain(`by ${reviewBy} at the latest`).and.to.contain('We will send our decision to me@example.org');
    await expect(el).to.be.accessible();
    buttonNamed(el, 'See the status of your request')!.click();
    await idle(el, () => text(el).includes('In review'));
    await expect(el).to.be.accessible();
    // The reviewer approves: "Check again" shows it, with the way to log in and bind a new authenticator.
    await be.testing.decideTwoFactorReset({ requestId: event.ticket.requestId, decision: 'approved' });
    buttonNamed(el, 'Check again')!.click();
    await idle(el, () => text(el).includes('Approved'));
    expect(text(el)).to.contain('set up a new authenticator at once').and.to.contain('withdrawals are disabled for 24 hours');
    await expect(el).to.be.accessible();
    const signIn = oneEvent(el, 'tillit-sign-in-requested');
    buttonNamed(el, 'Log in and set up an authenticator')!.click();
    await signIn;
    expect(steps.map((s) => s.step)).to.deep.equal(['request', 'sent', 'status']);
  });

  it('shows a rejected request with its reasons and the alternatives, from a ticket alone', async () => {
    const { challenge } = await lostAuthenticator(be);
    const requested = await be.client.requestTwoFactorReset({ challengeId: challenge.id, reason: 'other' });
    await be.testing.decideTwoFactorReset({ requestId: requested.requestId, decision: 'rejected', reasons: ['identity_not_confirmed'] });
    const el = await mount(be, { ticket: { requestId: requested.requestId, statusToken: requested.statusToken } });
    await idle(el, () => text(el).includes('Not approved'));
    expect(heading(el)).to.equal('Your 2FA reset request');
    expect(document.activeElement, 'a status shown on load takes no focus').to.not.equal(el);
    expect(text(el)).to.contain('we could not confirm that the account is yours').and.to.contain('Restore with your recovery phrase');
    await expect(el).to.be.accessible();
  });

  it('says "log in first" without a challenge, and "log in again" for one that expired', async () => {
    const el = await mount(be);
    expect(text(el)).to.contain('first log in with your password');
    expect(buttonNamed(el, 'Ask for a 2FA reset')).to.equal(undefined);
    const { challenge } = await lostAuthenticator(be);
    el.challenge = { ...challenge, expiresAt: new Date(Date.now() - 1000).toISOString() };
    await idle(el, () => text(el).includes('has expired'));
    await expect(el).to.be.accessible();
  });

  it('a challenge the backend refuses goes back to the options with "log in again"; a second request is refused', async () => {
    const { challenge } = await lostAuthenticator(be);
    await be.client.requestTwoFactorReset({ challengeId: challenge.id, reason: 'other' });
    const el = await mount(be, { challenge });
    buttonNamed(el, 'Ask for a 2FA reset')!.click();
    await idle(el, () => heading(el) === 'Ask for a 2FA reset');
    q<HTMLInputElement>(el, 'input[value=other]')!.click();
    await submit(el);
    await idle(el, () => summary(el) !== '');
    expect(heading(el)).to.equal('Lost your authenticator app?');
    expect(summary(el)).to.contain('has expired');
  });
});
