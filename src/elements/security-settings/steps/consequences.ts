import { html, nothing } from 'lit';
import type { SecuritySettingsMessages } from '../messages.js';
import type { Task } from '../settings-context.js';

/** What a task will bring about, said before the user commits (the exchange's rules, FLOWS.md). */
export function consequencesOf(t: SecuritySettingsMessages, task: Task): string[] {
  switch (task.kind) {
    case 'contact':
      return task.change ? [t.consequenceLock, t.consequenceCooldownChange] : [t.consequenceLock];
    case 'unbind':
      return [t.consequenceLock, t.consequenceCooldownRemove, t.consequenceReplace];
    case 'disable-totp':
      return [t.consequenceLock];
    case 'password':
      return [t.consequenceLock, t.consequenceSignOut];
    case 'add-passkey':
    case 'remove-passkey':
      return [t.consequenceNoLock];
    case 'rename-passkey':
      return [];
  }
}

/** The consequences box of a task's form, tied to its submit button by `aria-describedby`. */
export function consequences(id: string, t: SecuritySettingsMessages, task: Task) {
  const items = consequencesOf(t, task);
  if (!items.length) return nothing;
  return html`
    <div class="tillit-consequences" id=${id}>
      <p class="tillit-label">${t.consequencesTitle}</p>
      <ul>
        ${items.map((item) => html`<li>${item}</li>`)}
      </ul>
    </div>
  `;
}
