import { waitUntil } from '@open-wc/testing';
import { Secret, TOTP } from 'otpauth';
import { createClientFor } from '../../../../src/client/index.js';
import { testingEndpoints } from '../../../../src/contract/index.js';
import '../../../../src/elements/totp-setup/define.js';
import type { TotpSetup } from '../../../../src/elements/totp-setup/totp-setup.js';
import { DEMO_BASE_URL } from '../../../../demo/browser/index.js';
import { DEMO_PASSWORD } from '../../../../demo/core/seed.js';
import type { FaultStep, FaultyBackend } from '../faults.js';

const title = (el: HTMLElement) => el.querySelector('[data-tillit-heading]')?.textContent?.trim() ?? '';
const codeInput = (el: HTMLElement) => el.querySelector<HTMLInputElement>('input[autocomplete=one-time-code]');

function type(input: HTMLInputElement | null, value: string): void {
  if (!input) throw new Error('no such input');
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value }));
}

function click(el: HTMLElement, text: string): void {
  const button = [...el.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === text);
  if (!button) throw new Error(`no button "${text}"`);
  button.click();
}

interface Bound {
  testing: ReturnType<typeof createClientFor<typeof testingEndpoints>>;
  email: string;
  secret?: string;
  code?: string;
}
const bound = new WeakMap<HTMLElement, Bound>();
const enabled = new WeakSet<HTMLElement>();

/** A fresh account (e-mail only) signed in on `be`, <totp-setup> mounted on its first step. */
async function mountSetup(be: FaultyBackend): Promise<TotpSetup> {
  const testing = createClientFor(testingEndpoints, { baseUrl: DEMO_BASE_URL, fetch: be.demo.fetch });
  const email = `faults-totp-${crypto.randomUUID().slice(0, 8)}@example.com`;
  await testing.createTestAccount({ email, password: DEMO_PASSWORD });
  await be.client.signIn({ identifier: { type: 'email', email }, password: DEMO_PASSWORD });
  const el = document.createElement('totp-setup');
  el.client = be.client;
  el.setAttribute('lang', 'en');
  el.addEventListener('tillit-totp-enabled', () => enabled.add(el));
  document.body.append(el);
  await waitUntil(() => title(el) === 'Before you start', 'the first step', { timeout: 5000 });
  bound.set(el, { testing, email });
  return el;
}

/** Answers the e-mail step-up (reached with `button`) with the outbox's newest code; the setup then starts. */
async function passStepUp(el: HTMLElement, button = 'Continue'): Promise<void> {
  const { testing, email } = bound.get(el)!;
  const before = (await testing.readOutbox({ to: email })).messages.length;
  click(el, button);
  await waitUntil(() => title(el) === 'Check your email' && codeInput(el), 'the step-up', { timeout: 5000 });
  await waitUntil(async () => (await testing.readOutbox({ to: email })).messages.length > before, 'the code was sent', { timeout: 5000 });
  const { messages } = await testing.readOutbox({ to: email });
  type(codeInput(el), messages.at(-1)!.code);
}

export const totpSetupSteps: FaultStep[] = [
  {
    element: 'totp-setup',
    step: 'start the setup (after the step-up)',
    path: /^\/v1\/security\/totp\/setup$/,
    setUp: mountSetup,
    // The first time through the step-up. After a fault the element still holds the grant: "Try again" sends the
    // setup request with the same token, with no second step-up (a "Start again" here would fail the row).
    act: async (el) => (title(el) === 'Before you start' ? passStepUp(el) : click(el, 'Try again')),
    lost: () => [],
    done: (el) => title(el) === 'Scan the QR code',
  },
  {
    element: 'totp-setup',
    step: 'confirm the first code',
    path: /^\/v1\/security\/totp\/setup\/[^/]+\/confirm$/,
    async setUp(be) {
      const el = await mountSetup(be);
      await passStepUp(el);
      await waitUntil(() => el.querySelector('[data-tillit-secret]'), 'the setup key', { timeout: 8000 });
      const secret = el.querySelector('[data-tillit-secret]')!.textContent!.replace(/\s+/g, '');
      click(el, 'Continue');
      await waitUntil(() => codeInput(el), 'the code step', { timeout: 5000 });
      const { now } = await bound.get(el)!.testing.readClock();
      const code = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({ timestamp: Date.parse(now) });
      Object.assign(bound.get(el)!, { secret, code });
      return el;
    },
    async act(el) {
      const { code } = bound.get(el)!;
      const input = codeInput(el);
      if (input && input.value.replace(/\D/g, '') !== code) type(input, code!);
      else el.querySelector('form')?.requestSubmit();
    },
    lost: (el) => (codeInput(el)?.value.replace(/\D/g, '') === bound.get(el)!.code ? [] : ['code']),
    done: (el) => enabled.has(el),
  },
];
