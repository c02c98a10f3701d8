import { waitUntil } from '@open-wc/testing';
import '../../../../src/elements/password-reset/define.js';
import type { PasswordReset } from '../../../../src/elements/password-reset/password-reset.js';
import type { FaultStep, FaultyBackend } from '../faults.js';
import { submit, testingOn as testing, type, valueOf } from './act.js';

const completed = new WeakSet<HTMLElement>();
const codes = new WeakMap<HTMLElement, string>();
const NEW_PASSWORD = 'a fault-proof horse';

async function mount(be: FaultyBackend): Promise<PasswordReset> {
  const el = document.createElement('password-reset');
  el.client = be.client;
  el.captchaProvider = async () => (await testing(be).issueCaptchaToken({})).token;
  el.setAttribute('lang', 'en');
  el.addEventListener('tillit-password-reset-completed', () => completed.add(el));
  document.body.append(el);
  await waitUntil(() => el.querySelector('input[type=email]'), 'the form rendered', { timeout: 5000 });
  return el;
}

const codeInput = 'input[autocomplete=one-time-code]';

/** A fresh account (so no reset limit carries over between cells), through the code step. */
async function atCode(be: FaultyBackend): Promise<{ el: PasswordReset; email: string }> {
  const email = `fault-${crypto.randomUUID().slice(0, 8)}@example.com`;
  await testing(be).createTestAccount({ email, password: 'correct horse battery' });
  const el = await mount(be);
  type(el.querySelector('input[type=email]'), email);
  await submit(el);
  await waitUntil(() => el.querySelector(codeInput) && el.shadowRoot?.querySelector('.intro'), 'the code step', { timeout: 5000 });
  return { el, email };
}

export const passwordResetSteps: FaultStep[] = [
  {
    element: 'password-reset',
    step: 'start (robot check, identifier)',
    path: /^\/v1\/password-reset$/,
    async setUp(be) {
      const el = await mount(be);
      type(el.querySelector('input[type=email]'), 'alva@example.com');
      return el;
    },
    act: submit,
    lost: (el) => (valueOf(el, 'input[type=email]') === 'alva@example.com' ? [] : ['e-mail']),
    done: (el) => Boolean(el.querySelector(codeInput)),
  },
  {
    element: 'password-reset',
    step: 'confirm the code',
    path: /\/verify$/,
    async setUp(be) {
      const { el, email } = await atCode(be);
      const { messages } = await testing(be).readOutbox({ to: email });
      codes.set(el, messages.at(-1)!.code);
      return el;
    },
    async act(el) {
      const input = el.querySelector<HTMLInputElement>(codeInput);
      if (input && input.value !== codes.get(el)) type(input, codes.get(el)!);
      else await submit(el);
    },
    lost: (el) => (valueOf(el, codeInput).replace(/\D/g, '') === codes.get(el) ? [] : ['code']),
    done: (el) => el.querySelectorAll('input[autocomplete=new-password]').length === 2,
  },
  {
    element: 'password-reset',
    step: 'new password',
    path: /\/complete$/,
    async setUp(be) {
      const { el, email } = await atCode(be);
      const { messages } = await testing(be).readOutbox({ to: email });
      type(el.querySelector(codeInput), messages.at(-1)!.code);
      await waitUntil(() => el.querySelectorAll('input[autocomplete=new-password]').length === 2, 'the password step', { timeout: 5000 });
      type(el.querySelectorAll<HTMLInputElement>('input[autocomplete=new-password]')[0]!, NEW_PASSWORD);
      type(el.querySelectorAll<HTMLInputElement>('input[autocomplete=new-password]')[1]!, NEW_PASSWORD);
      return el;
    },
    act: submit,
    lost: (el) =>
      [
        valueOf(el, 'input[autocomplete=new-password]', 0) === NEW_PASSWORD ? '' : 'new password',
        valueOf(el, 'input[autocomplete=new-password]', 1) === NEW_PASSWORD ? '' : 'repeat',
      ].filter(Boolean),
    done: (el) => completed.has(el),
  },
];
