import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createClient, createClientFor } from '../../../src/client/index.js';
import { testingEndpoints } from '../../../src/contract/index.js';
import '../../../src/elements/totp-setup/define.js';
import type { TotpSetup } from '../../../src/elements/totp-setup/totp-setup.js';
import { createDemoFetch, DEMO_BASE_URL } from '../../../demo/browser/index.js';
import { problemResponse } from '../../../demo/core/problem.js';
import { DEMO_PASSWORD } from '../../../demo/core/seed.js';
import { faults, type Fault } from '../faults/faults.js';
import { button, codeInput, settle, stepTitle, summary, type, until } from './helpers.js';

/*
 * A fault after the step-up (offline, a timeout, 500) is not a reason to confirm again: "Try again" sends the
 * setup request with the token the step-up gave. Only a token the backend no longer takes sends the user back.
 */

const SETUP = /^\/v1\/security\/totp\/setup$/;

/**
 * The in-page reference backend behind a fetch whose setup requests answer `fault` while one is set; the client's
 * time limit is long enough for a loaded machine's sign-in, and short enough for the timeout fault.
 */
function faultyBackend() {
  const demo = createDemoFetch();
  let broken: Fault | undefined;
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    if (broken && SETUP.test(new URL(request.url).pathname)) return broken.answer(request, init?.signal ?? undefined);
    return demo.fetch(request);
  };
  const client = createClient({ baseUrl: DEMO_BASE_URL, fetch, timeoutMs: 4000 });
  return { demo, client, breakSetup: (f: Fault | undefined) => (broken = f) };
}

/** A fresh e-mail-only account signed in on `be`, <totp-setup> on it, and a way to read its outbox. */
async function mount(be: ReturnType<typeof faultyBackend>) {
  const testing = createClientFor(testingEndpoints, { baseUrl: DEMO_BASE_URL, fetch: be.demo.fetch });
  const email = `retry-${crypto.randomUUID().slice(0, 8)}@example.com`;
  await testing.createTestAccount({ email, password: DEMO_PASSWORD });
  await be.client.signIn({ identifier: { type: 'email', email }, password: DEMO_PASSWORD });
  const el = await fixture<TotpSetup>(html`<totp-setup .client=${be.client} lang="en"></totp-setup>`);
  await settle(el);
  const codesSent = async () => (await testing.readOutbox({ to: email })).messages;
  return { el, codesSent };
}

/** Answers the e-mail step-up on screen with code number `count` from the outbox; the setup request follows. */
async function answerStepUp(el: TotpSetup, codesSent: () => Promise<{ code: string }[]>, count: number): Promise<void> {
  await until(el, () => stepTitle(el) === 'Check your email' && codeInput(el) !== null, 'the e-mail step-up');
  await waitUntil(async () => (await codesSent()).length === count, `code number ${count} was sent`);
  type(codeInput(el), (await codesSent()).at(-1)!.code);
}

const fault = (name: string): Fault => faults.find((f) => f.name === name)!;

describe('totp-setup: a retry after a fault reuses the step-up', function () {
  this.timeout(30_000);
  for (const name of ['offline', 'timeout', '500']) {
    it(`${name}: "Try again" gets the QR code with the same token, no second step-up`, async () => {
      const be = faultyBackend();
      const { el, codesSent } = await mount(be);
      be.breakSetup(fault(name));
      button(el, 'Continue').click();
      await answerStepUp(el, codesSent, 1);
      await waitUntil(() => summary(el).includes(fault(name).says), 'the fault is reported', { timeout: 10_000 });
      await settle(el);
      expect(el.step).to.equal('verify');
      expect(() => button(el, 'Start again'), 'no new step-up offered').to.throw();
      be.breakSetup(undefined);
      button(el, 'Try again').click();
      await until(el, () => el.step === 'scan', 'the QR code');
      expect(await codesSent(), 'one e-mail code in all').to.have.length(1);
      expect(summary(el)).to.equal('');
    });
  }

  it('a token the backend no longer takes sends the user back to the step-up ("Start again")', async () => {
    const be = faultyBackend();
    const { el, codesSent } = await mount(be);
    be.breakSetup({ name: 'spent', answer: async () => problemResponse('verification_invalid'), says: 'Your confirmation has expired' });
    button(el, 'Continue').click();
    await answerStepUp(el, codesSent, 1);
    await until(el, () => summary(el).includes('Your confirmation has expired'), 'the refusal is reported');
    expect(() => button(el, 'Try again'), 'the grant is gone').to.throw();
    be.breakSetup(undefined);
    button(el, 'Start again').click();
    await answerStepUp(el, codesSent, 2);
    await until(el, () => el.step === 'scan', 'the QR code');
  });
});
