import { html, nothing } from 'lit';
import type { WithdrawalLock } from '../../contract/common.js';
import { formatLockEnd } from '../../i18n/format/lock-end.js';
import { formatTimeLeft } from '../../i18n/format/time-left.js';
import type { Locale } from '../../i18n/types.js';
import type { WithdrawalLockMessages } from '../../i18n/withdrawal-lock.js';

export interface WithdrawalLockNoticeOptions {
  /** The contract's `WithdrawalLock`: `null` (withdrawals open) renders nothing, as does a lock that has ended. */
  readonly lock: WithdrawalLock | undefined;
  /** The `withdrawalLock` section (`i18n.t.withdrawalLock`, from `withdrawalLockMessages`). */
  readonly t: WithdrawalLockMessages;
  /** The element's locale (`i18n.locale`): the end is formatted in it. */
  readonly locale: Locale;
  /** Unique per instance (e.g. `${feedback.ids.form}-lock`): names the notice by its title. */
  readonly id: string;
  /** The title's heading level, one below the element's heading. */
  readonly level: number;
  /** For tests and hosts with their own clock; default now and the user's time zone. */
  readonly now?: Date | undefined;
  readonly timeZone?: string | undefined;
}

/** The words of a lock as plain text (title, reason, until when), `undefined` when there is none or it has ended. */
export function withdrawalLockText(o: Omit<WithdrawalLockNoticeOptions, 'id' | 'level'>): { title: string; reason: string; until: string } | undefined {
  if (!o.lock) return undefined;
  const until = new Date(o.lock.until);
  const now = o.now ?? new Date();
  const left = formatTimeLeft(o.locale, until, now);
  if (!left) return undefined;
  return {
    title: o.t.title,
    reason: o.t[`reason_${o.lock.reason}`],
    until: o.t.until({ end: formatLockEnd(o.locale, until, { now, timeZone: o.timeZone }), left }),
  };
}

/**
 * The withdrawal lock as an important notice: a labelled region (found in a screen reader's landmarks) whose
 * title is a heading, then why and until when, the end with date, time and time zone in the element's locale and
 * the time left ("in 23 hours"). Not a live region: an element that shows it after an action moves focus to its
 * step heading, and reading on reaches the notice; one that wants it spoken uses its own announcement.
 * The time left is worked out at render: a host that keeps the notice on screen for long re-renders it now and
 * then (a lock that has ended disappears). Style: `withdrawalLockStyles`, light DOM or shadow root.
 *
 *   ${withdrawalLockNotice({ lock: result.withdrawalLock, t: t.withdrawalLock, locale: i18n.locale,
 *                            id: `${feedback.ids.form}-lock`, level: headingLevel + 1 })}
 */
export function withdrawalLockNotice(o: WithdrawalLockNoticeOptions) {
  const text = withdrawalLockText(o);
  if (!text) return nothing;
  const titleId = `${o.id}-title`;
  return html`
    <div class="tillit-lock" id=${o.id} role="region" aria-labelledby=${titleId} data-reason=${o.lock!.reason}>
      <p class="tillit-lock-title" id=${titleId} role="heading" aria-level=${o.level}>${text.title}</p>
      <p class="tillit-lock-text">${text.reason} ${text.until}</p>
    </div>
  `;
}
