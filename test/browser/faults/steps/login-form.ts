import { waitUntil } from '@open-wc/testing';
import { TOTP, Secret } from 'otpauth';
import { createClientFor } from '../../../../src/client/index.js';
import { testingEndpoints } from '../../../../src/contract/index.js';
import '../../../../src/elements/login-form/define.js';
import type { LoginForm } from '../../../../src/elements/login-form/login-form.js';
import { DEMO_BASE_URL } from '../../../../demo/browser/index.js';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../../../demo/core/seed.js';
import type { FaultStep, FaultyBackend } from '../faults.js';

const signedIn = new WeakSet<HTMLElement>();

async function mountForm(be: FaultyBackend): Promise<LoginForm> {
  const el = document.createElement('login-form');
  el.client = be.client;
  el.setAttribute('methods', 'password');
  el.setAttribute('lang', 'en');
  el.addEventListener('tillit-signed-in', () => signedIn.add(el));
  document.body.append(el);
  await waitUntil(() => el.querySelector('input[autocomplete=current-password]'), 'the form rendered', { timeout: 5000 });
  return el;
}

function type(input: HTMLInputElement | null, value: string): void {
  if (!input) throw new Error('no such input');
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value }));
}

const submit = async (el: HTMLElement) => el.querySelector('form')!.requestSubmit();
const valueOf = (el: HTMLElement, selector: string) => el.querySelector<HTMLInputElement>(selector)?.value ?? '';

async function totpAt(be: FaultyBackend): Promise<string> {
  const testing = createClientFor(testingEndpoints, { baseUrl: DEMO_BASE_URL, fetch: be.demo.fetch });
  const { now } = await testing.readClock();
  return new TOTP({ secret: Secret.fromBase32(DEMO_TOTP_SECRET), digits: 6, period: 30 }).generate({ timestamp: Date.parse(now) });
}

const code = new WeakMap<HTMLElement, string>();

export const loginFormSteps: FaultStep[] = [
  {
    element: 'login-form',
    step: 'log in with password',
    path: /^\/v1\/sign-in$/,
    async setUp(be) {
      const el = await mountForm(be);
      type(el.querySelector('input[type=email]'), 'alva@example.com');
      type(el.querySelector('input[autocomplete=current-password]'), DEMO_PASSWORD);
      return el;
    },
    act: submit,
    lost: (el) =>
      [
        valueOf(el, 'input[type=email]') === 'alva@example.com' ? '' : 'e-mail',
        valueOf(el, 'input[autocomplete=current-password]') === DEMO_PASSWORD ? '' : 'password',
      ].filter(Boolean),
    done: (el) => signedIn.has(el),
  },
  {
    element: 'login-form',
    step: 'authenticator code',
    path: /\/verify$/,
    async setUp(be) {
      const el = await mountForm(be);
      type(el.querySelector('input[type=email]'), 'bjorn@example.com');
      type(el.querySelector('input[autocomplete=current-password]'), DEMO_PASSWORD);
      await submit(el);
      await waitUntil(() => el.querySelector('input[autocomplete=one-time-code]'), 'the code step', { timeout: 5000 });
      code.set(el, await totpAt(be));
      return el;
    },
    async act(el) {
      const input = el.querySelector<HTMLInputElement>('input[autocomplete=one-time-code]');
      // The first time the code is typed (it submits on the sixth digit); a retry submits what is still there.
      if (input && input.value !== code.get(el)) type(input, code.get(el)!);
      else await submit(el);
    },
    lost: (el) => (valueOf(el, 'input[autocomplete=one-time-code]').replace(/\D/g, '') === code.get(el) ? [] : ['code']),
    done: (el) => signedIn.has(el),
  },
];
