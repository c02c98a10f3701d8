import { html, type TemplateResult } from 'lit';
import type { StepMarkup } from '../../shared/step-frame.js';
import type { RecoveryKeyBackupMessages } from '../messages.js';

export interface ProveView {
  readonly level: number;
  /** The element's step heading and Cancel link. */
  readonly markup: StepMarkup;
  readonly t: RecoveryKeyBackupMessages;
  readonly formId: string;
  /** The shared word boxes (`recoveryPhraseFields`) for the positions the backend chose. */
  readonly boxes: TemplateResult;
  readonly busy: boolean;
  readonly submitText: string;
  readonly cancelText: string;
  readonly onSubmit: (event: Event) => void;
  readonly onBack: () => void;
  readonly onCancel: () => void;
}

/**
 * The proof: the words at the positions the backend chose, in the shared word boxes inside a real form (not for
 * password managers: the boxes have autocomplete off). Validated on submit; what was typed is kept.
 */
export function proveStep(v: ProveView) {
  const { t } = v;
  return html`
    <div class="tillit-step">
      ${v.markup.title(v.level, t.proveTitle)}
      <p class="tillit-intro">${t.proveIntro}</p>
      <form id=${v.formId} class="tillit-form" novalidate @submit=${v.onSubmit}>
        ${v.boxes}
        <button class="tillit-button" type="submit" aria-disabled=${v.busy ? 'true' : 'false'}>${v.submitText}</button>
      </form>
      <div class="tillit-actions">
        <button class="tillit-link" type="button" @click=${v.onBack}>${t.backToPhrase}</button>
        ${v.markup.cancel(v.cancelText, v.onCancel)}
      </div>
    </div>
  `;
}
