import { html, nothing } from 'lit';
import type { WithdrawalLock } from '../../../contract/index.js';
import { keepTogether } from '../../../i18n/format/keep-together.js';
import type { WithdrawalLockMessages } from '../../../i18n/withdrawal-lock.js';
import { withdrawalLockNotice } from '../../shared/withdrawal-lock.js';
import type { DateWords } from '../format.js';
import type { SecuritySettingsMessages } from '../messages.js';
import type { Outcome } from '../settings-context.js';

export interface DoneView {
  readonly t: SecuritySettingsMessages;
  readonly lockWords: WithdrawalLockMessages;
  /** Unique per instance, for the lock notice's id. */
  readonly id: string;
  readonly outcome: Outcome;
  /** The lock in force now (the outcome's, or the reloaded overview's). */
  readonly lock: WithdrawalLock;
  readonly dates: DateWords;
  readonly level: number;
  readonly back: () => void;
  /** After turning the authenticator off to replace it: set up the new one. */
  readonly next: { readonly text: string; readonly run: () => void } | undefined;
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
        ${removed && outcome.availableAgainAt ? html`<li>${t.doneAvailableAgain({ date: v.dates.day(outcome.availableAgainAt) })}</li>` : nothing}
        ${removed ? html`<li>${v.lockWords[done === 'unbind_email' ? 'replacement_email' : 'replacement_phone']}</li>` : nothing}
      </ul>
      ${withdrawalLockNotice({ lock: v.lock, t: v.lockWords, locale: v.dates.locale, id: `${v.id}-lock`, level: v.level + 1, timeZone: v.dates.timeZone })}
      ${v.next ? html`<button class="tillit-button" type="button" @click=${v.next.run}>${v.next.text}</button>` : nothing}
      <button class=${v.next ? 'tillit-secondary' : 'tillit-button'} type="button" @click=${v.back}>${t.backToOverview}</button>
    </div>
  `;
}
