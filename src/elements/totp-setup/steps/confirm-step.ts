import { html, nothing, type TemplateResult } from 'lit';
import type { CodeChallengeView } from '../../../controllers/code-challenge-controller.js';
import { codeChallengeForm } from '../../shared/code-challenge-form.js';
import type { StepMarkup } from '../../shared/step-frame.js';

export interface ConfirmView {
  readonly level: number;
  /** The element's step heading and Cancel link. */
  readonly markup: StepMarkup;
  readonly title: string;
  readonly intro: string | undefined;
  /** The shared code form; undefined once the setup has expired (only "Start again" is left). */
  readonly code: CodeChallengeView | undefined;
  /** "New code in 12 seconds": how long the app's current code has left; not a live region (no per-second talk). */
  readonly nextCode: string | undefined;
  /** What binding the app brings (withdrawals locked for 24 hours), above the form that commits it. */
  readonly consequences: TemplateResult | typeof nothing;
  readonly backText: string;
  readonly cancelText: string;
  readonly startAgainText: string;
  readonly onBack: () => void;
  readonly onCancel: () => void;
  readonly onStartAgain: () => void;
}

/** The first code from the app, through the shared one-time-code form; "Back to the QR code" and "Cancel" below. */
export function confirmStep(v: ConfirmView) {
  return html`
    <div class="tillit-step">
      ${v.markup.title(v.level, v.title)}
      ${v.intro ? html`<p class="tillit-intro">${v.intro}</p>` : nothing}
      ${v.code && v.nextCode ? html`<p class="tillit-hint" data-tillit-next-code>${v.nextCode}</p>` : nothing}
      ${v.code ? v.consequences : nothing}
      ${v.code
        ? codeChallengeForm(
            v.code,
            html`<div class="tillit-actions">
              <button class="tillit-link" type="button" @click=${v.onBack}>${v.backText}</button>
              <button class="tillit-link" type="button" @click=${v.onCancel}>${v.cancelText}</button>
            </div>`,
          )
        : html`<div class="tillit-actions">
            <button class="tillit-button" type="button" @click=${v.onStartAgain}>${v.startAgainText}</button>
            <button class="tillit-link" type="button" @click=${v.onCancel}>${v.cancelText}</button>
          </div>`}
    </div>
  `;
}
