import { html, nothing } from 'lit';
import { consequencesList, consequencesOf } from '../../shared/consequences.js';
import type { SettingsMessages } from '../task-sections.js';
import type { Task } from '../settings-context.js';
import { actionOf } from '../task-action.js';
import { twoFactorHint } from '../task-two-factor.js';

/** Whether a task has anything to say before it is committed (renaming a passkey has not). */
export function hasConsequences(task: Task): boolean {
  const action = actionOf(task);
  return task.kind === 'password' || (action !== undefined && consequencesOf(action).length > 0);
}

/**
 * What a task will bring about, said above its commit button before the user commits: the shared list (24 h
 * withdrawal lock, the 30-day bar on a released address, bind a replacement), for a new password that every
 * other device is logged out, and for SMS codes turned off that the e-mail cannot change while they are. Tied to the button by `aria-describedby` (see task-view.ts).
 */
export function consequences(id: string, t: SettingsMessages, task: Task) {
  const action = actionOf(task);
  if (!action || !hasConsequences(task)) return nothing;
  return html`
    <div class="tillit-task-consequences" id=${id}>
      ${consequencesList({ items: consequencesOf(action), t: t.withdrawalLock, id: `${id}-list` })}
      ${task.kind === 'password' ? html`<p class="tillit-hint">${t.securitySettings.consequenceSignOut}</p>` : nothing}
      ${twoFactorHint(t.securitySettings, task)}
    </div>
  `;
}
