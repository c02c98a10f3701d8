import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { KycRejectionReason, SupplementaryDocumentType, TwoFactorResetRejection } from 'tillit/client';
import { formatDateTime, type SiteLocale } from '../site/format.js';
import type { SiteMessages } from '../site/messages.js';
import { reviewChoices, testing, type PendingKycReview, type PendingTwoFactorReset } from './testing-client.js';

export type PendingItem = { kind: 'kyc'; review: PendingKycReview } | { kind: 'two-factor'; review: PendingTwoFactorReset };

const { kycRejections, supplementaryTypes, twoFactorRejections } = reviewChoices;

type Mode = 'idle' | 'reject' | 'documents';

/** Fired when the backend took the decision; the panel reads the reviews again. */
export class ReviewDecidedEvent extends Event {
  constructor(readonly name: string) {
    super('demo-review-decided', { bubbles: true });
  }
}

/**
 * One pending review in the demo tools, with the reviewer's choices: approve; reject with reasons; for KYC also
 * ask for supplementary documents. Decisions go through the testing API (`decideKycReview`,
 * `decideTwoFactorReset`).
 */
export class DemoReviewItem extends LitElement {
  @property({ attribute: false }) item!: PendingItem;
  @property({ attribute: false }) t!: SiteMessages;
  @property({ attribute: false }) locale: SiteLocale = 'en';
  @state() private mode: Mode = 'idle';
  @state() private picked = new Set<string>();
  @state() private problem = '';
  @state() private busy = false;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private get key(): string {
    return this.item.kind === 'kyc' ? this.item.review.userId : this.item.review.requestId;
  }

  private choose(mode: Mode): void {
    this.mode = mode;
    this.picked = new Set();
    this.problem = '';
  }

  private toggle(value: string, on: boolean): void {
    const next = new Set(this.picked);
    if (on) next.add(value);
    else next.delete(value);
    this.picked = next;
  }

  private async decide(decision: 'approve' | 'reject' | 'documents'): Promise<void> {
    if (decision !== 'approve' && this.picked.size === 0) {
      this.problem = this.t.dev.chooseOne;
      return;
    }
    this.busy = true;
    this.problem = '';
    try {
      await this.send(decision, [...this.picked]);
      this.dispatchEvent(new ReviewDecidedEvent(this.item.review.displayName));
    } catch {
      this.problem = this.t.dev.failed;
    } finally {
      this.busy = false;
    }
  }

  private async send(decision: 'approve' | 'reject' | 'documents', picked: string[]): Promise<void> {
    const { item } = this;
    if (item.kind === 'two-factor') {
      const requestId = item.review.requestId;
      if (decision === 'approve') await testing.decideTwoFactorReset({ requestId, decision: 'approved' });
      else await testing.decideTwoFactorReset({ requestId, decision: 'rejected', reasons: picked as TwoFactorResetRejection[] });
      return;
    }
    const userId = item.review.userId;
    if (decision === 'approve') await testing.decideKycReview({ userId, decision: 'approve' });
    else if (decision === 'reject') await testing.decideKycReview({ userId, decision: 'reject', reasons: picked as KycRejectionReason[] });
    else {
      await testing.decideKycReview({
        userId,
        decision: 'supplementary_required',
        documentTypes: picked as SupplementaryDocumentType[],
      });
    }
  }

  override render() {
    const { item, t } = this;
    const r = item.review;
    const what = item.kind === 'kyc' ? t.dev.kycStages[item.review.stage] : t.dev.twoFactorReasons[item.review.reason];
    return html`<div class="review">
      <p class="review__who"><strong>${r.displayName}</strong> <span class="muted">${r.contact}</span></p>
      <p class="review__what">${what} · ${t.dev.submitted({ time: formatDateTime(this.locale, r.submittedAt) })}</p>
      ${this.mode === 'idle' ? this.actions() : this.form()}
      ${this.problem ? html`<p class="review__problem" role="alert">${this.problem}</p>` : nothing}
    </div>`;
  }

  private actions() {
    const { t } = this;
    return html`<div class="review__actions">
      <button type="button" class="button button--small button--primary" ?disabled=${this.busy} @click=${() => void this.decide('approve')}>
        ${t.dev.approve}
      </button>
      <button type="button" class="button button--small button--secondary" ?disabled=${this.busy} @click=${() => this.choose('reject')}>
        ${t.dev.reject}
      </button>
      ${this.item.kind === 'kyc'
        ? html`<button type="button" class="button button--small button--secondary" ?disabled=${this.busy} @click=${() => this.choose('documents')}>
            ${t.dev.askForDocuments}
          </button>`
        : nothing}
    </div>`;
  }

  private form() {
    const { t } = this;
    const rejecting = this.mode === 'reject';
    const options: readonly { value: string; label: string }[] = rejecting
      ? this.item.kind === 'kyc'
        ? kycRejections.map((value) => ({ value, label: t.dev.kycReasons[value] }))
        : twoFactorRejections.map((value) => ({ value, label: t.dev.twoFactorRejections[value] }))
      : supplementaryTypes.map((value) => ({ value, label: t.dev.supplementaryTypes[value] }));
    return html`<form class="review__form" @submit=${(event: Event) => {
      event.preventDefault();
      void this.decide(rejecting ? 'reject' : 'documents');
    }}>
      <fieldset>
        <legend>${rejecting ? t.dev.rejectWhy : t.dev.documentsWhich}</legend>
        ${options.map(
          ({ value, label }) => html`<label class="check">
            <input
              type="checkbox"
              name=${`${this.key}-choice`}
              value=${value}
              .checked=${this.picked.has(value)}
              @change=${(event: Event) => this.toggle(value, (event.target as HTMLInputElement).checked)}
            />
            ${label}
          </label>`,
        )}
      </fieldset>
      <div class="review__actions">
        <button type="submit" class="button button--small button--primary" ?disabled=${this.busy}>
          ${rejecting ? t.dev.confirmReject : t.dev.confirmAsk}
        </button>
        <button type="button" class="button button--small button--secondary" @click=${() => this.choose('idle')}>${t.dev.cancel}</button>
      </div>
    </form>`;
  }
}

customElements.define('demo-review-item', DemoReviewItem);

declare global {
  interface HTMLElementTagNameMap {
    'demo-review-item': DemoReviewItem;
  }
  interface HTMLElementEventMap {
    'demo-review-decided': ReviewDecidedEvent;
  }
}
