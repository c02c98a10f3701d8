import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/totp-setup/define.js';
import type { TotpSetup } from '../../../src/elements/totp-setup/totp-setup.js';
import { fakeClock } from '../controllers/fakes.js';
import { button, codeInput, demoBackend, freshAccount, passStepUp, settle, stepTitle, type, until } from './helpers.js';

/*
 * The code step says how long the app's current code has left in its 30 s window, by a clock the test controls:
 * quietly (no live region), and starting over when the window rolls over.
 */

const be = demoBackend();
/** A whole 30 s step of Unix time (1 700 000 010 s = 56 666 667 x 30). */
const WINDOW_START = 1_700_000_010_000;

const nextCode = (el: Element) => el.querySelector('[data-tillit-next-code]')?.textContent?.trim() ?? '';

describe('totp-setup: seconds left of the current code', () => {
  it('counts down the window on the code step, starts over at the next window, and never speaks it', async () => {
    const email = await freshAccount(be, 'window');
    const el = await fixture<TotpSetup>(html`<totp-setup .client=${be.client} lang="en"></totp-setup>`);
    await settle(el);
    button(el, 'Continue').click();
    await passStepUp(el, be, email);
    await until(el, () => stepTitle(el) === 'Scan the QR code', 'the scan step');
    expect(nextCode(el), 'not on the QR code').to.equal('');

    const clock = fakeClock(WINDOW_START + 18_000);
    try {
      button(el, 'Continue').click();
      await el.updateComplete;
      expect(codeInput(el)).not.to.equal(null);
      expect(nextCode(el)).to.equal('New code in 12 seconds');
      const hint = el.querySelector('[data-tillit-next-code]')!;
      expect(hint.closest('[aria-live], [role=status], [role=alert]'), 'not a live region').to.equal(null);
      const live = () => el.shadowRoot!.querySelector('[aria-live]')!.textContent!.trim();
      const spoken = live();

      clock.tick(1000);
      await el.updateComplete;
      expect(nextCode(el)).to.equal('New code in 11 seconds');
      clock.tick(10_000);
      await el.updateComplete;
      expect(nextCode(el)).to.equal('New code in 1 second');
      clock.tick(1000);
      await el.updateComplete;
      expect(nextCode(el), 'a new window').to.equal('New code in 30 seconds');
      clock.tick(4000);
      await el.updateComplete;
      expect(nextCode(el)).to.equal('New code in 26 seconds');
      expect(live(), 'nothing announced while it ticks').to.equal(spoken);

      button(el, 'Back to the QR code').click();
      await el.updateComplete;
      expect(nextCode(el)).to.equal('');
      expect(clock.pending, 'the countdown stopped with the step').to.equal(0);
    } finally {
      clock.restore();
    }
  });

  it('says it in Swedish and Norwegian', async function () {
    this.timeout(30_000);
    for (const [lang, text] of [['sv', 'Ny kod om 12 sekunder'], ['nb', 'Ny kode om 12 sekunder']] as const) {
      const email = await freshAccount(be, `window-${lang}`);
      const el = await fixture<TotpSetup>(html`<totp-setup .client=${be.client} lang=${lang}></totp-setup>`);
      // Once its own language is in (a click before that meets a known race in LocalizeController: see the report).
      await until(el, () => stepTitle(el) !== 'Before you start', 'the first step in its language');
      primary(el).click();
      await until(el, () => codeInput(el) !== null, 'the step-up asks for the e-mail code');
      await waitUntil(async () => (await be.testing.readOutbox({ to: email })).messages.length > 0, 'the code was sent');
      type(codeInput(el), await be.outboxCode(email));
      await until(el, () => el.step === 'scan', 'the scan step');
      const clock = fakeClock(WINDOW_START + 18_000);
      try {
        primary(el).click();
        await el.updateComplete;
        expect(nextCode(el)).to.equal(text);
      } finally {
        clock.restore();
      }
    }
  });
});

/** The step's main button ("Continue" in any language). */
const primary = (el: Element) => el.querySelector<HTMLButtonElement>('.tillit-actions .tillit-button')!;
