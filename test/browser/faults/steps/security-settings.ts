import { waitUntil } from '@open-wc/testing';
import '../../../../src/elements/security-settings/define.js';
import type { SecuritySettings } from '../../../../src/elements/security-settings/security-settings.js';
import { DEMO_PASSWORD } from '../../../../demo/core/seed.js';
import type { FaultStep, FaultyBackend } from '../faults.js';
import { lostFields, signedInAccount, submit, type } from './act.js';

const NEW_PASSWORD = 'a much longer passphrase 42';

/** A fresh account (e-mail only), signed in on `be`, and the element mounted on its overview. */
async function mountSettings(be: FaultyBackend): Promise<SecuritySettings> {
  await signedInAccount(be, 'settings');
  const el = document.createElement('security-settings');
  el.client = be.client;
  el.setAttribute('lang', 'en');
  document.body.append(el);
  await waitUntil(() => el.shadowRoot?.querySelector('.rows'), 'the overview loaded', { timeout: 8000 });
  return el;
}

const summaryText = (el: HTMLElement) => el.shadowRoot?.querySelector('[data-error-summary]')?.textContent?.trim() ?? '';

export const securitySettingsSteps: FaultStep[] = [
  {
    element: 'security-settings',
    step: 'reload the overview',
    path: /^\/v1\/security$/,
    setUp: mountSettings,
    act: async (el) => (el as SecuritySettings).refresh(),
    lost: () => [],
    done: (el) => Boolean(el.shadowRoot?.querySelector('.rows')) && summaryText(el) === '',
  },
  {
    element: 'security-settings',
    step: 'change password (checked before the step-up)',
    path: /^\/v1\/security\/password$/,
    async setUp(be) {
      const el = await mountSettings(be);
      [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.action')].find((b) => b.textContent!.includes('Change password'))!.click();
      await waitUntil(() => el.querySelector('input[name=currentPassword]'), 'the password form', { timeout: 5000 });
      type(el.querySelector('input[name=currentPassword]'), DEMO_PASSWORD);
      type(el.querySelector('input[name=new-password]'), NEW_PASSWORD);
      type(el.querySelector('input[name=repeat-password]'), NEW_PASSWORD);
      return el;
    },
    act: submit,
    lost: (el) =>
      lostFields(el, {
        'current password': ['input[name=currentPassword]', DEMO_PASSWORD],
        'new password': ['input[name=new-password]', NEW_PASSWORD],
        repeat: ['input[name=repeat-password]', NEW_PASSWORD],
      }),
    // The check passed: the step-up for `change_password` asks for its first factor.
    done: (el) => Boolean(el.querySelector('.tillit-step-up input[autocomplete=one-time-code]')),
  },
  {
    element: 'security-settings',
    step: 'e-mail codes switch (checked before the step-up)',
    path: /^\/v1\/security\/contacts\/email\/two-factor$/,
    async setUp(be) {
      const el = await mountSettings(be);
      el.shadowRoot!.querySelector<HTMLButtonElement>('#codes-email')!.click();
      await waitUntil(() => el.querySelector('form button[type=submit]'), 'the switch opened its change', { timeout: 5000 });
      return el;
    },
    act: async (el) => el.querySelector('form')?.requestSubmit(),
    lost: () => [],
    // The check passed: the step-up for `enable_email_two_factor` asks for its first factor.
    done: (el) => Boolean(el.querySelector('.tillit-step-up input[autocomplete=one-time-code]')),
  },
];
