import { waitUntil } from '@open-wc/testing';
import { Secret, TOTP } from 'otpauth';
import '../../../../src/elements/totp-setup/define.js';
import type { TotpSetup } from '../../../../src/elements/totp-setup/totp-setup.js';
import type { FaultStep, FaultyBackend } from '../faults.js';
import { click, codeInput, passEmailStepUp, signedInAccount, stepTitle as title, type, type TestingClient } from './act.js';

interface Bound {
  testing: TestingClient;
  email: string;
  secret?: string;
  code?: string;
}
const bound = new WeakMap<HTMLElement, Bound>();
const enabled = new WeakSet<HTMLElement>();

/** A fresh account (e-mail only) signed in on `be`, <totp-setup> mounted on its first step. */
async function mountSetup(be: FaultyBackend): Promise<TotpSetup> {
  const { testing, email } = await signedInAccount(be, 'totp');
  const el = document.createElement('totp-setup');
  el.client = be.client;
  el.setAttribute('lang', 'en');
  el.addEventListener('tillit-totp-enabled', () => enabled.add(el));
  document.body.append(el);
  await waitUntil(() => title(el) === 'Before you start', 'the first step', { timeout: 5000 });
  bound.set(el, { testing, email });
  return el;
}

/** Answers the e-mail step-up (reached with `label`) with the outbox's newest code; the setup then starts. */
const passStepUp = (el: HTMLElement, label = 'Continue') => passEmailStepUp(el, bound.get(el)!.testing, bound.get(el)!.email, label);

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
