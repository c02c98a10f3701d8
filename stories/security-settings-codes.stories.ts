import type { Meta } from '@storybook/web-components-vite';
import { pressPart, stepTitle, stepUp, story, submit, summary } from './security-settings.stories.js';

/*
 * The switch beside a bound e-mail or phone (its codes asked for at log-in), each state against its own in-page
 * reference backend, driven as in security-settings.stories.ts (whose helpers these reuse).
 */
const meta: Meta = {
  title: 'Elements/security-settings/Codes switch',
  component: 'security-settings',
  parameters: { layout: 'padded' },
};
export default meta;

/** The switch beside each bound contact: Greta's e-mail and SMS codes are on. */
export const CodesSwitches = story({
  account: 'greta@example.com',
  reached: (el, t) => {
    const sms = el.shadowRoot!.querySelector('#codes-phone');
    return sms?.getAttribute('aria-checked') === 'true' && sms.textContent!.includes(t.securitySettings.phoneCodesSwitch);
  },
});
/** Turning SMS codes off: the 24 h lock and "the e-mail cannot change meanwhile" are said before the commit. */
export const CodesOffConsequences = story({
  account: 'greta@example.com',
  drive: async (el) => pressPart(el, '#codes-phone'),
  reached: (el, t) =>
    stepTitle(el) === t.securitySettings.phoneCodesOffTitle &&
    Boolean(el.querySelector('.tillit-consequences li')) &&
    el.querySelector('.tillit-task-consequences')!.textContent!.includes(t.securitySettings.codesOffBlocksEmailChange),
});
/** Greta turns e-mail codes off: every factor in the step-up, then what changed and the lock. */
export const CodesTurnedOffWithLock = story({
  account: 'greta@example.com',
  drive: async (el, demo) => {
    await pressPart(el, '#codes-email');
    await submit(el);
    await stepUp(el, demo);
  },
  reached: (el, t) =>
    Boolean(el.querySelector('.tillit-done .tillit-lock')) &&
    el.querySelector('.tillit-done')!.textContent!.includes(t.securitySettings.done({ change: 'disable_email_two_factor' })),
});
/** Alva turns SMS codes on: no consequences to state, no lock after. */
export const CodesTurnedOn = story({
  account: 'alva@example.com',
  drive: async (el, demo) => {
    await pressPart(el, '#codes-phone');
    await submit(el);
    await stepUp(el, demo);
  },
  reached: (el, t) => el.querySelector('.tillit-done')?.textContent?.includes(t.securitySettings.done({ change: 'enable_phone_two_factor' })) === true,
});
/** Dag's e-mail codes are his only second factor: turning them off is refused before any step-up. */
export const CodesLastFactor = story({
  account: 'dag@example.com',
  drive: async (el) => {
    await pressPart(el, '#codes-email');
    await submit(el);
  },
  reached: (el, t) => summary(el).includes(t.errors.last_factor) && !el.querySelector('.tillit-step-up'),
});
