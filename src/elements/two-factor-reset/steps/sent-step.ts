import { html } from 'lit';
import type { TwoFactorResetMessages } from '../messages.js';

export interface SentStepView {
  readonly t: TwoFactorResetMessages;
  /** When the review answers at the latest, and when the request was sent, in the user's language and zone. */
  readonly reviewBy: string;
  readonly submittedAt: string;
  /** The contact e-mail the request gave, if any. */
  readonly contactEmail: string | undefined;
  readonly onStatus: () => void;
}

/** The request went out: by when we answer (1-3 business days), where the answer goes, and its status. */
export function sentStep(o: SentStepView) {
  const { t } = o;
  return html`
    <div class="tillit-form">
      <p class="tillit-notice-box">${t.reviewBy({ date: o.reviewBy })}</p>
      <p class="tillit-intro">${o.contactEmail ? t.sentTo({ to: o.contactEmail }) : t.sentToAccount}</p>
      <p class="tillit-hint">${t.submittedAt({ date: o.submittedAt })}</p>
      <button class="tillit-button" type="button" @click=${o.onStatus}>${t.statusAction}</button>
    </div>
  `;
}
