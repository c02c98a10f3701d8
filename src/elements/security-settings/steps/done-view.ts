import { html, nothing } from 'lit';
import type { WithdrawalLock } from '../../../contract/index.js';
import { keepTogether } from '../../../i18n/format/keep-together.js';
import { formatDay, formatMoment, type DateWords } from '../format.js';
import type { SecuritySettingsMessages } from '../messages.js';
import type { Outcome } from '../settings-context.js';

export interface DoneView {
  readonly t: SecuritySettingsMessages;
  readonly outcome: Outcome;
  /** The lock in force now (the outcome's, or the reloaded overview's). */
  readonly lock: WithdrawalLock;
  readonly dates: DateWords;
  readonly level: number;
  readonly back: () => void;
}

/** What changed, after a task: the change, the new value, the withdrawal lock, when a removed address is free again. */
export function doneStep(v: DoneView) {
  const { t, outcome } = v;
  const { done } = outcome;
  const replaced = done === 'change_email' || done === 'change_phone';
  const removed = done === 'unbind_email' || done === 'unbind_phone';
  return html`
    <div class="tillit-done">
      <div class="tillit-step-up-title" role="heading" aria-level=${v.level} tabindex="-1" data-tillit-heading>${t.doneTitle}</div>
      <ul class="tillit-outcome">
        <li>${t.done({ change: done })}</li>
        ${outcome.now && done !== 'register_passkey' ? html`<li>${t.doneNow({ current: keepTogether(outcome.now) })}</li>` : nothing}
        ${replaced ? html`<li>${t.doneCooldown}</li>` : nothing}
        ${removed && outcome.availableAgainAt ? html`<li>${t.doneAvailableAgain({ date: formatDay(v.dates, outcome.availableAgainAt) })}</li>` : nothing}
        ${v.lock ? html`<li><strong>${t.lockTitle}.</strong> ${t.lockUntil({ until: formatMoment(v.dates, v.lock.until) })}</li>` : nothing}
        ${removed ? html`<li>${t.consequenceReplace}</li>` : nothing}
      </ul>
      <button class="tillit-button" type="button" @click=${v.back}>${t.backToOverview}</button>
    </div>
  `;
}
