import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient } from '../../../src/client/index.js';
import { DEMO_BASE_URL } from '../../../demo/browser/index.js';
import { problemResponse as problem } from '../../../demo/core/problem.js';
import { answerStepUp, demoBackend, freshAccount, freshPhone, light, mount, press, settle, shadow, stepTitle, submit, summary, text, type, until } from './helpers.js';

/*
 * Keyboard only (Tab to an action, Enter, focus on the step's heading, Cancel back), the faults of a request
 * (offline, 5xx, 429 with Retry-After, an answer the contract does not allow): a localized message, what was typed
 * kept, no spinner left; and the overview's own load failing with "Try again".
 */
const be = demoBackend();

/** A client through the reference backend whose calls to `path` answer `fault` instead. */
function faultOn(path: RegExp, fault: () => Response | Promise<Response>) {
  return createClient({
    baseUrl: DEMO_BASE_URL,
    fetch: async (input, init) => (path.test(new Request(input, init).url) ? fault() : be.demo.fetch(input, init)),
  });
}

describe('<security-settings> keyboard and faults', function () {
  this.timeout(30_000);

  it('works by keyboard alone: Tab to an action, Enter, the heading takes focus; Cancel returns', async () => {
    await freshAccount(be, 'keys');
    const el = await mount(be.client);
    const steps: string[] = [];
    el.addEventListener('tillit-step-change', (event) => steps.push(`${event.previousStep}>${event.step}`));
    const actions = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.action')];
    const target = actions.find((b) => b.textContent!.includes('Add a phone number'))!;
    actions[0]!.focus();
    for (let i = 0; i < actions.length && el.shadowRoot!.activeElement !== target; i += 1) await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(target);
    await sendKeys({ press: 'Enter' });
    await until(el, () => Boolean(light(el, 'input[type=tel]')), 'the phone form (its field loads on demand)');
    expect(document.activeElement).to.equal(light(el, '[data-tillit-heading]'));
    expect(steps).to.deep.equal(['overview>edit']);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(light(el, 'input[type=tel]'));
    await sendKeys({ type: freshPhone() });
    await sendKeys({ press: 'Enter' });
    await until(el, () => Boolean(light(el, '.tillit-step-up')), 'Enter submits: the step-up starts');
    await press(el, 'Cancel');
    await until(el, () => Boolean(shadow(el, '.rows')), 'back on the overview');
    expect(document.activeElement === el && el.shadowRoot!.activeElement === shadow(el, '[data-tillit-heading]')).to.equal(true);
    expect(steps.at(-1)).to.equal('verify>overview');
  });

  for (const [name, fault, says] of [
    ['offline', () => Promise.reject(new TypeError('Failed to fetch')), 'connection'],
    ['a 5xx', () => problem('internal_error'), 'went wrong'],
    ['429 with Retry-After', () => problem('rate_limited', { retryAfter: 95 }), 'Too many'],
    ['a malformed answer', () => new Response('{"nope":1}', { status: 200, headers: { 'content-type': 'application/json' } }), 'did not expect'],
  ] as const) {
    it(`says so in words when the action meets ${name}, keeps the input, and leaves no spinner`, async () => {
      const email = await freshAccount(be, 'fault');
      const el = await mount(faultOn(/\/v1\/security\/passkeys\/options$/, fault as () => Response | Promise<Response>));
      await press(el, 'Add a passkey');
      type(light(el, 'input[name=passkey-name]'), 'Laptop');
      await submit(el);
      // Adding a passkey goes to the step-up first; the fault comes when the options are asked for after it.
      await until(el, () => Boolean(light(el, '.tillit-step-up')) || summary(el) !== '', 'the step-up or the fault');
      if (light(el, '.tillit-step-up')) await answerStepUp(el, be, { email });
      await until(el, () => summary(el) !== '', 'the fault is said');
      expect(summary(el).toLowerCase()).to.contain(says.toLowerCase());
      expect(stepTitle(el)).to.equal('Add a passkey');
      expect(light<HTMLInputElement>(el, 'input[name=passkey-name]')!.value).to.equal('Laptop');
      expect(light(el, '[aria-busy=true]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('offers "Try again" when the overview cannot load, and loads it then', async () => {
    await freshAccount(be, 'reload');
    let fail = true;
    const client = createClient({
      baseUrl: DEMO_BASE_URL,
      fetch: async (input, init) => (fail ? Promise.reject(new TypeError('Failed to fetch')) : be.demo.fetch(input, init)),
    });
    const el = await mount(client);
    expect(summary(el)).to.contain('connection');
    fail = false;
    await press(el, 'Try again');
    await until(el, () => Boolean(shadow(el, '.rows')), 'loaded');
    await settle(el);
    expect(summary(el)).to.equal('');
    expect(text(shadow(el, '.rows'))).to.contain('Email address');
  });
});
