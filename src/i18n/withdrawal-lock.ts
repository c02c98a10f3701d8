import { defineMessages } from './define.js';
import { plural } from './format/plural.js';

/**
 * The `withdrawalLock` section: the notice that withdrawals are locked (why, and until when), and the
 * consequences an element states BEFORE the user commits an action that starts a lock or releases an e-mail
 * address or phone number. Shared by password-reset, totp-setup, two-factor-reset and security-settings; its own
 * chunks per language, since a page that only signs in never shows it. The views are in
 * src/elements/shared/withdrawal-lock.ts and consequences.ts.
 */
const en = {
  title: 'Withdrawals are locked',
  /** Why: one per `WithdrawalLockReason` of the contract (`reason_${reason}`). */
  reason_password_reset: 'You reset your password.',
  reason_password_change: 'You changed your password.',
  reason_two_factor_change: 'Your two-step verification changed.',
  reason_contact_change: 'Your email address or phone number changed.',
  reason_contact_unbind: 'An email address or phone number was removed from your account.',
  /** `end`: "Friday 27 November at 16:06 CET" (formatLockEnd); `left`: "in 23 hours" (formatTimeLeft). */
  until: (p: { end: string; left: string }) =>
    `To keep your account safe, you can withdraw again from ${p.end} (${p.left}).`,
  consequencesTitle: 'Before you continue',
  lockFor: (p: { hours: number }) =>
    `You will not be able to withdraw for ${p.hours} ${plural('en', p.hours, { one: 'hour', other: 'hours' })}. This keeps your account safe if someone else is doing this.`,
  cooldown_email: (p: { days: number }) =>
    `For ${p.days} ${plural('en', p.days, { one: 'day', other: 'days' })} after you remove this email address, it cannot be used to open an account or be added to one.`,
  cooldown_phone: (p: { days: number }) =>
    `For ${p.days} ${plural('en', p.days, { one: 'day', other: 'days' })} after you remove this phone number, it cannot be used to open an account or be added to one.`,
  cooldownOld_email: (p: { days: number }) =>
    `For ${p.days} ${plural('en', p.days, { one: 'day', other: 'days' })} after the change, your current email address cannot be used to open an account or be added to one.`,
  cooldownOld_phone: (p: { days: number }) =>
    `For ${p.days} ${plural('en', p.days, { one: 'day', other: 'days' })} after the change, your current phone number cannot be used to open an account or be added to one.`,
  replacement_email: 'Add a new email address soon, so you can still confirm it is you and get back into your account.',
  replacement_phone: 'Add a new phone number soon, so you can still confirm it is you and get back into your account.',
  replacement_totp: 'Set up an authenticator app again soon, to keep your account well protected.',
};

export type WithdrawalLockMessages = typeof en;

export const withdrawalLockMessages = defineMessages({
  en,
  sv: () => import('./withdrawal-lock.sv.js').then((m) => m.withdrawalLock),
  nb: () => import('./withdrawal-lock.nb.js').then((m) => m.withdrawalLock),
});

declare module './types.js' {
  interface MessageSections {
    withdrawalLock: WithdrawalLockMessages;
  }
}
