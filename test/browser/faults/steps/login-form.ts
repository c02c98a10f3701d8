import { waitUntil } from '@open-wc/testing';
import { TOTP, Secret } from 'otpauth';
import '../../../../src/elements/login-form/define.js';
import type { LoginForm } from '../../../../src/elements/login-form/login-form.js';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../../../demo/core/seed.js';
import type { FaultStep, FaultyBackend } from '../faults.js';
import { lostFields, submit, testingOn, type, valueOf } from './act.js';

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

async function totpAt(be: FaultyBackend): Promise<string> {
  const { now } = await testingOn(be).readClock();
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
      lostFields(el, { 'e-mail': ['input[type=email]', 'alva@example.com'], password: ['input[autocomplete=current-password]', DEMO_PASSWORD] }),
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
