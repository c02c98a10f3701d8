import { html, nothing } from 'lit';
import type { TwoFactorResetState } from '../../../contract/index.js';
import type { TwoFactorResetMessages } from '../messages.js';

export interface StatusStepView {
  readonly t: TwoFactorResetMessages;
  readonly level: number;
  /** Undefined while loading, or when the request was not found (the alert says so). */
  readonly status: TwoFactorResetState | undefined;
  readonly date: (iso: string) => string;
  readonly busy: boolean;
  readonly signInHref: string | undefined;
  readonly on: { readonly refresh: () => void; readonly signIn: () => void; readonly options: () => void };
}

/**
 * A request's status: in review (by when), approved (log in and bind a new authenticator now), rejected (the
 * reasons and what to do instead), or closed because the user restored the authenticator.
 */
export function statusStep(o: StatusStepView) {
  const { t, status } = o;
  const refresh = html`<button class="tillit-link" type="button" ?disabled=${o.busy} @click=${o.on.refresh}>${o.busy ? t.checking : t.refresh}</button>`;
  if (!status) return html`<div class="tillit-form">${o.busy ? html`<p class="tillit-hint" role="status">${t.checking}</p>` : refresh}</div>`;
  const badge = html`<p class="tillit-status" data-status=${status.status}>${t[`status_${status.status}`]}</p>`;
  const dates = html`<p class="tillit-hint">
    ${t.submittedAt({ date: o.date(status.submittedAt) })} ${status.decidedAt ? t.decidedAt({ date: o.date(status.decidedAt) }) : nothing}
  </p>`;
  const signIn = o.signInHref
    ? html`<a class="tillit-button" href=${o.signInHref}>${t.approveSignIn}</a>`
    : html`<button class="tillit-button" type="button" @click=${o.on.signIn}>${t.approveSignIn}</button>`;
  switch (status.status) {
    case 'pending':
      return html`<div class="tillit-form">
        ${badge}
        <p class="tillit-intro">${t.pendingText}</p>
        <p class="tillit-notice-box">${t.reviewBy({ date: o.date(status.reviewBy) })}</p>
        ${dates} ${refresh}
      </div>`;
    case 'approved':
      return html`<div class="tillit-form">
        ${badge}
        <p class="tillit-intro">${t.approvedText}</p>
        <p class="tillit-notice-box">${t.approvedLock}</p>
        ${dates} ${signIn}
      </div>`;
    case 'rejected':
      return html`<div class="tillit-form">
        ${badge}
        <div>
          <p class="tillit-intro">${t.rejectedText}</p>
          <ul class="tillit-list">
            ${(status.rejectionReasons ?? []).map((r) => html`<li>${t[`rejection_${r}`]}</li>`)}
          </ul>
        </div>
        <div>
          <p class="tillit-label" role="heading" aria-level=${o.level}>${t.alternativesTitle}</p>
          <ul class="tillit-list">
            ${(status.alternatives ?? []).map((a) => html`<li>${t[`alternative_${a}`]}</li>`)}
          </ul>
          <p class="tillit-hint">${t.newRequest}</p>
        </div>
        ${dates}
        <button class="tillit-button" type="button" @click=${o.on.options}>${t.seeOptions}</button>
      </div>`;
    case 'cancelled':
      return html`<div class="tillit-form">${badge}<p class="tillit-intro">${t.cancelledText}</p>${dates}</div>`;
  }
}
