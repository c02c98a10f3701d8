import { html, nothing, type TemplateResult } from 'lit';

/**
 * Small pieces of the one-thing-per-step flows (`<totp-setup>`, `<recovery-key-backup>`), in the light part, styled
 * by `stepStyles`.
 */

/** A step's title: the heading that takes focus when the step shows (`data-tillit-heading`). */
export function stepTitle(level: number, text: string) {
  return html`<div class="tillit-step-title" role="heading" aria-level=${level} tabindex="-1" data-tillit-heading>${text}</div>`;
}

/** The "Cancel" link of a step. */
export function cancelButton(text: string, onCancel: (() => void) | undefined) {
  return onCancel ? html`<button class="tillit-link" type="button" @click=${onCancel}>${text}</button>` : nothing;
}

/**
 * A step's heading and "Cancel" link, as the later part of a flow draws them: the element hands this over (its
 * first step uses the same two), so the part does not import this module, which a customer's bundler would then cut
 * out of the page's file (docs/ARCHITECTURE.md, "Lazy parts").
 */
export interface StepMarkup {
  title(level: number, text: string): TemplateResult;
  cancel(text: string, onCancel: (() => void) | undefined): TemplateResult | typeof nothing;
}

export const stepMarkup: StepMarkup = { title: stepTitle, cancel: cancelButton };

export interface IntroStepView {
  readonly level: number;
  readonly title: string;
  readonly intro: string;
  readonly continueText: string;
  readonly cancelText: string;
  readonly onContinue: () => void;
  readonly onCancel: () => void;
}

/** A flow's first step: what it is about and what comes first, "Continue" and "Cancel". */
export function introStep(v: IntroStepView) {
  return html`
    <div class="tillit-step">
      ${stepTitle(v.level, v.title)}
      <p class="tillit-intro">${v.intro}</p>
      <div class="tillit-actions">
        <button class="tillit-button" type="button" @click=${v.onContinue}>${v.continueText}</button>
        ${cancelButton(v.cancelText, v.onCancel)}
      </div>
    </div>
  `;
}
