import { html, nothing } from 'lit';
import type { KycLevelInfo, KycLimits, KycOverview, KycRejectionReason } from '../../../contract/index.js';
import type { KycUploaderMessages } from '../messages.js';

export interface OverviewView {
  readonly t: KycUploaderMessages;
  readonly overview: KycOverview;
  readonly formatMoney: (amount: string, currency: string) => string;
  readonly formatTime: (iso: string) => string;
  /** Level 1 may be started or corrected. */
  readonly canStart1: boolean;
  readonly canStart2: boolean;
  /** A draft from an earlier visit is there. */
  readonly restored: boolean;
  readonly busy: boolean;
  readonly headingLevel: number;
  readonly on: {
    readonly start: (level: 1 | 2) => void;
    readonly discard: () => void;
    readonly redo: () => void;
    readonly supplementary: () => void;
    readonly checkNow: () => void;
  };
}

function limitsList(t: KycUploaderMessages, limits: KycLimits, money: OverviewView['formatMoney']) {
  return html`<ul class="tillit-kyc-limits">
    <li>${t.dailyWithdrawal({ amount: money(limits.dailyWithdrawal.amount, limits.dailyWithdrawal.currency) })}</li>
    ${limits.fiatCardPurchases ? html`<li>${t.cardPurchases}</li>` : nothing}
    ${limits.fiatDeposits ? html`<li>${t.fiatDeposits}</li>` : nothing}
  </ul>`;
}

function levelRow(o: OverviewView, info: KycLevelInfo) {
  const { t } = o;
  return html`<tr>
    <th scope="row">${t.levelName({ level: info.level })}</th>
    <td>${limitsList(t, info.limits, o.formatMoney)}</td>
    <td><ul class="tillit-kyc-limits">${info.requirements.map((r) => html`<li>${t[`req_${r}`]}</li>`)}</ul></td>
    <td><span class="tillit-kyc-state" data-state=${info.state}>${t[`state_${info.state}`]}</span></td>
  </tr>`;
}

/** What the latest review says: pending (with the expected time), approved, rejected with reasons, or more wanted. */
function reviewPanel(o: OverviewView) {
  const { t, overview } = o;
  const review = overview.review;
  const h = (text: string) => html`<div class="tillit-kyc-panel-title" role="heading" aria-level=${o.headingLevel}>${text}</div>`;
  if (!review) return nothing;
  if (review.status === 'pending') {
    const from = Math.round((Date.parse(review.estimatedCompletion.from) - Date.parse(review.submittedAt)) / 60_000);
    const to = Math.round((Date.parse(review.estimatedCompletion.to) - Date.parse(review.submittedAt)) / 60_000);
    return html`<section class="tillit-kyc-panel" data-status="pending" aria-label=${t.pendingTitle}>
      ${h(t.pendingTitle)}
      <p>${review.stage === 'standard' ? t.pendingStandard({ fromMinutes: from, toMinutes: to }) : t.pendingSupplementary}</p>
      <p class="tillit-hint">${t.pendingUntil({ time: o.formatTime(review.estimatedCompletion.to) })}</p>
      <button class="tillit-kyc-secondary" type="button" @click=${o.on.checkNow}>${t.checkNow}</button>
    </section>`;
  }
  if (review.status === 'approved' && overview.level === 2) {
    return html`<section class="tillit-kyc-panel" data-status="approved" aria-label=${t.approvedTitle}>
      ${h(t.approvedTitle)}
      <p>${t.approvedIntro({ level: overview.level })}</p>
      ${limitsList(t, overview.limits, o.formatMoney)}
    </section>`;
  }
  if (review.status === 'rejected') {
    return html`<section class="tillit-kyc-panel" data-status="rejected" aria-label=${t.rejectedTitle}>
      ${h(t.rejectedTitle)}
      <p>${t.rejectedIntro}</p>
      <ul class="tillit-kyc-reasons">
        ${review.reasons.map(({ code }) => html`<li data-reason=${code}>${t[`reason_${code}` as `reason_${KycRejectionReason}`]}</li>`)}
      </ul>
      ${review.retryable
        ? html`<button class="tillit-button" type="button" @click=${o.on.redo}>${t.resubmit}</button>`
        : html`<p>${t.rejectedFinal}</p>`}
    </section>`;
  }
  if (review.status === 'supplementary_required') {
    return html`<section class="tillit-kyc-panel" data-status="supplementary_required" aria-label=${t.supplementaryTitle}>
      ${h(t.supplementaryTitle)}
      <p>${t.reason_selfie_mismatch}</p>
      <button class="tillit-button" type="button" @click=${o.on.supplementary}>${t.supplementarySubmit}</button>
    </section>`;
  }
  return nothing;
}

/** The overview: the level now, the latest review, the levels table (limits and requirements), what to do next. */
export function overviewStep(o: OverviewView) {
  const { t, overview } = o;
  const levelTwo = overview.levels.find((l) => l.level === 2);
  return html`
    <div class="tillit-kyc-overview">
      <p class="tillit-kyc-level" data-level=${overview.level}>${t.currentLevel({ level: overview.level })}</p>
      ${reviewPanel(o)}
      ${o.restored && o.canStart2
        ? html`<div class="tillit-kyc-panel" data-status="draft">
            <p>${t.draftRestored}</p>
            <div class="tillit-kyc-actions">
              <button class="tillit-button" type="button" @click=${() => o.on.start(2)}>${t.startLevel({ level: 2 })}</button>
              <button class="tillit-kyc-secondary" type="button" @click=${o.on.discard}>${t.discardDraft}</button>
            </div>
          </div>`
        : nothing}
      <div class="tillit-kyc-table-wrap">
        <table class="tillit-kyc-table">
          <caption>${t.levelsCaption}</caption>
          <thead><tr><th scope="col">${t.columnLevel}</th><th scope="col">${t.columnLimits}</th><th scope="col">${t.columnRequirements}</th><th scope="col">${t.columnState}</th></tr></thead>
          <tbody>${overview.levels.map((info) => levelRow(o, info))}</tbody>
        </table>
      </div>
      <div class="tillit-kyc-actions">
        ${o.canStart1 && overview.level === 0 ? html`<button class="tillit-button" type="button" @click=${() => o.on.start(1)}>${t.startLevel({ level: 1 })}</button>` : nothing}
        ${o.canStart2 && !o.restored && levelTwo?.state === 'available' ? html`<button class="tillit-button" type="button" @click=${() => o.on.start(2)}>${t.startLevel({ level: 2 })}</button>` : nothing}
      </div>
      <p class="tillit-hint">${t.warning}</p>
    </div>
  `;
}
