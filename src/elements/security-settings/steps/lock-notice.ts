import { html, nothing } from 'lit';
import type { WithdrawalLock } from '../../../contract/index.js';
import { formatMoment, type DateWords } from '../format.js';
import type { SecuritySettingsMessages } from '../messages.js';

/** The withdrawal lock, while one runs: until when (in the user's time zone) and why. Nothing when withdrawals are open. */
export function lockNotice(t: SecuritySettingsMessages, lock: WithdrawalLock | undefined, dates: DateWords, level: number) {
  if (!lock) return nothing;
  return html`
    <div class="lock" part="lock" role="note">
      <div class="lock-title" role="heading" aria-level=${level}>${t.lockTitle}</div>
      <p>${t.lockUntil({ until: formatMoment(dates, lock.until) })} ${t.lockReason({ reason: lock.reason })}</p>
    </div>
  `;
}
