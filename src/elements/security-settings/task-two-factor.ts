import { html, nothing } from 'lit';
import type { SecuritySettingsMessages } from './messages.js';
import type { SettingsClient } from './settings-client.js';
import type { Task } from './settings-context.js';
import type { Next } from './task-perform.js';

/** The task the switch beside a bound e-mail or phone opens. */
export type TwoFactorTask = Extract<Task, { kind: 'contact-two-factor' }>;

/**
 * Turns the contact's codes on or off. Without `verificationToken` it is the check before the step-up: the backend
 * answers `not_bound` or `last_factor` first, and `step_up_required` only when the change may go ahead.
 */
export async function performContactTwoFactor(
  task: TwoFactorTask,
  client: SettingsClient,
  verificationToken: string | undefined,
  signal: AbortSignal,
): Promise<Next> {
  const { contact: kind, enabled } = task;
  const { withdrawalLock } = await client.setContactTwoFactor({ kind, enabled, verificationToken }, { signal });
  return { kind: 'done', outcome: { done: `${enabled ? 'enable' : 'disable'}_${kind}_two_factor`, lock: withdrawalLock } };
}

/** The task's heading: what the switch is about to do. */
export function twoFactorTitle(s: SecuritySettingsMessages, task: TwoFactorTask): string {
  if (task.contact === 'email') return task.enabled ? s.emailCodesOnTitle : s.emailCodesOffTitle;
  return task.enabled ? s.phoneCodesOnTitle : s.phoneCodesOffTitle;
}

/** What changes at the next log-in, naming the (masked) destination. */
export function twoFactorIntro(s: SecuritySettingsMessages, task: TwoFactorTask, current: string): string {
  return task.enabled ? s.codesOnIntro({ current }) : s.codesOffIntro({ current });
}

/**
 * Said with the consequences, before the commit: with SMS codes off the e-mail cannot change (the contract's
 * `change_email` prerequisite is the authenticator and SMS codes on).
 */
export function twoFactorHint(s: SecuritySettingsMessages, task: Task) {
  if (task.kind !== 'contact-two-factor' || task.contact !== 'phone' || task.enabled) return nothing;
  return html`<p class="tillit-hint">${s.codesOffBlocksEmailChange}</p>`;
}
