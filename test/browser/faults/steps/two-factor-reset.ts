import { waitUntil } from '@open-wc/testing';
import { createClient, createClientFor } from '../../../../src/client/index.js';
import { testingEndpoints } from '../../../../src/contract/index.js';
import '../../../../src/elements/two-factor-reset/define.js';
import type { TwoFactorReset } from '../../../../src/elements/two-factor-reset/two-factor-reset.js';
import { DEMO_BASE_URL } from '../../../../demo/browser/index.js';
import type { FaultStep, FaultyBackend } from '../faults.js';
import { submit, type } from './act.js';

const requested = new WeakSet<HTMLElement>();
const NOTE = 'Lost it on the train.';

/** A fresh account with an authenticator, signed in up to its second factor: the challenge `<login-form>` hands over. */
async function mount(be: FaultyBackend): Promise<TwoFactorReset> {
  const testing = createClientFor(testingEndpoints, { baseUrl: DEMO_BASE_URL, fetch: be.demo.fetch });
  const email = `fault-2fa-${crypto.randomUUID().slice(0, 8)}@example.com`;
  await testing.createTestAccount({ email, password: 'correct horse battery', totpSecret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' });
  const answer = await createClient({ baseUrl: DEMO_BASE_URL, fetch: be.demo.fetch }).signIn({
    identifier: { type: 'email', email },
    password: 'correct horse battery',
  });
  if (answer.status !== 'second_factor_required') throw new Error('expected a second factor');
  const el = document.createElement('two-factor-reset');
  el.client = be.client;
  el.challenge = { id: answer.challenge.id, expiresAt: answer.challenge.expiresAt };
  el.setAttribute('lang', 'en');
  el.addEventListener('tillit-two-factor-reset-requested', () => requested.add(el));
  document.body.append(el);
  await waitUntil(() => el.querySelector('.tillit-option .tillit-button'), 'the options rendered', { timeout: 5000 });
  return el;
}

export const twoFactorResetSteps: FaultStep[] = [
  {
    element: 'two-factor-reset',
    step: 'send the reset request',
    path: /^\/v1\/two-factor-reset$/,
    async setUp(be) {
      const el = await mount(be);
      el.querySelector<HTMLButtonElement>('.tillit-option .tillit-button')!.click();
      await waitUntil(() => el.querySelector('textarea'), 'the request form', { timeout: 5000 });
      el.querySelector<HTMLInputElement>('input[value=lost_device]')!.click();
      type(el.querySelector('textarea'), NOTE);
      return el;
    },
    act: submit,
    lost: (el) =>
      [
        el.querySelector<HTMLInputElement>('input[value=lost_device]')?.checked ? '' : 'reason',
        el.querySelector('textarea')?.value === NOTE ? '' : 'note',
      ].filter(Boolean),
    done: (el) => requested.has(el),
  },
];
