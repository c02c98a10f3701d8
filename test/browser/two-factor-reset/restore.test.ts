import { expect } from '@open-wc/testing';
import { backend, buttonNamed, heading, idle, mount, oneEvent, q, settle, shadow, submit, summary, text, totpAt, type, withRecoveryPhrase } from './helpers.js';

const boxes = (el: Element) => [...el.querySelectorAll<HTMLInputElement>('input[name^=word-]')];

describe('<two-factor-reset> restore with the recovery phrase', () => {
  const be = backend();

  it('takes the 12 words, keeps them on a wrong one, logs in, hands over the new setup and shows the lock', async () => {
    const { words, challenge } = await withRecoveryPhrase(be);
    const el = await mount(be, { challenge });
    buttonNamed(el, 'Restore with the recovery phrase')!.click();
    await idle(el, () => boxes(el).length === 12);
    expect(heading(el)).to.equal('Restore with the recovery phrase');
    expect(el.shadowRoot!.activeElement).to.equal(shadow(el, '[part=heading]'));
    expect(text(el)).to.contain('You will not be able to withdraw for 24 hours');
    await expect(el).to.be.accessible();
    await submit(el);
    expect(summary(el)).to.contain('Enter the 12 words of your recovery phrase');
    // Wrong words: the boxes keep them, the attempts left are said.
    words.forEach((w, i) => type(boxes(el)[i]!, i === 0 ? (w === 'acorn' ? 'actor' : 'acorn') : w));
    await submit(el);
    await idle(el, () => summary(el) !== '' && summary(el).includes('not your recovery phrase'));
    expect(summary(el)).to.contain('attempts left');
    expect(boxes(el)[1]!.value).to.equal(words[1]);
    await expect(el).to.be.accessible();
    type(boxes(el)[0]!, words[0]!);
    const restored = oneEvent(el, 'tillit-authenticator-restored');
    await submit(el);
    const event = await restored;
    expect(event.withdrawalLock.reason).to.equal('two_factor_change');
    await idle(el, () => heading(el) === 'You are back in');
    expect(boxes(el), 'the phrase left the DOM').to.have.length(0);
    expect(el.innerHTML, 'the new secret never enters the element').to.not.contain(event.totpSetup.secret);
    expect(text(q(el, '.tillit-lock')!)).to.contain('Your two-step verification changed.');
    await expect(el).to.be.accessible();
    // The host binds the new authenticator with the setup it was handed, in the new session, without a step-up.
    const own = (await import('../../../src/client/index.js')).createClient({
      baseUrl: (await import('../../../demo/browser/index.js')).DEMO_BASE_URL,
      fetch: be.fetch,
      getToken: () => event.session.token ?? null,
    });
    const bound = await own.confirmTotpSetup({ setupId: event.totpSetup.setupId, code: await totpAt(be, event.totpSetup.secret) });
    expect(bound.recoveryPhrase?.words, 'a new phrase comes with the binding').to.have.length(12);
    await settle(el);
  });

  it('too many wrong phrases burn the challenge: back to the options with "log in again"', async () => {
    const { words, challenge } = await withRecoveryPhrase(be);
    const el = await mount(be, { challenge });
    buttonNamed(el, 'Restore with the recovery phrase')!.click();
    await idle(el, () => boxes(el).length === 12);
    words.forEach((w, i) => type(boxes(el)[i]!, i === 0 ? (w === 'acorn' ? 'actor' : 'acorn') : w));
    for (let i = 0; i < 5 && heading(el) !== 'Lost your authenticator app?'; i++) {
      await submit(el);
      await idle(el, () => !text(el).includes('Restoring') && summary(el) !== '');
    }
    expect(heading(el)).to.equal('Lost your authenticator app?');
    expect(summary(el)).to.contain('Too many wrong phrases');
    expect(buttonNamed(el, 'Restore with the recovery phrase'), 'the challenge is gone').to.equal(undefined);
  });
});
