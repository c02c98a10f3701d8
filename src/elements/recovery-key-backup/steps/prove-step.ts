import { html } from 'lit';
import { describedBy, fieldError } from '../../shared/field-error.js';
import { cancelButton, stepTitle } from '../../shared/step-frame.js';
import { textInput } from '../../shared/text-input.js';
import type { RecoveryKeyBackupMessages } from '../messages.js';

export interface ProveField {
  /** 0-based position in the phrase; the label says it 1-based. */
  readonly index: number;
  readonly id: string;
  readonly value: string;
  readonly error: string | undefined;
  readonly onInput: (value: string) => void;
}

export interface ProveView {
  readonly level: number;
  readonly t: RecoveryKeyBackupMessages;
  readonly formId: string;
  readonly fields: readonly ProveField[];
  readonly errorPrefix: string;
  readonly busy: boolean;
  readonly submitText: string;
  readonly cancelText: string;
  readonly onSubmit: (event: Event) => void;
  readonly onBack: () => void;
  readonly onCancel: () => void;
}

/**
 * The proof: the words at the positions the backend chose, one field each, in a real form (no autofill: these are
 * not credentials a password manager should keep). Validated on submit, what was typed is kept.
 */
export function proveStep(v: ProveView) {
  const { t } = v;
  return html`
    <div class="tillit-step">
      ${stepTitle(v.level, t.proveTitle)}
      <p class="tillit-intro">${t.proveIntro}</p>
      <form id=${v.formId} class="tillit-form" novalidate @submit=${v.onSubmit}>
        ${v.fields.map((f) => {
          const errorId = `${f.id}-error`;
          return html`<div class="tillit-field" ?data-invalid=${Boolean(f.error)}>
            <label class="tillit-label" for=${f.id}>${t.wordLabel({ n: f.index + 1 })}</label>
            ${fieldError(errorId, f.error, v.errorPrefix)}
            ${textInput({
              id: f.id,
              name: `word-${f.index + 1}`,
              type: 'text',
              variant: 'tillit-secret',
              autocomplete: 'off',
              autocapitalize: 'off',
              value: f.value,
              invalid: Boolean(f.error),
              describedBy: describedBy(f.error && errorId),
              onInput: (event) => f.onInput((event.target as HTMLInputElement).value),
            })}
          </div>`;
        })}
        <button class="tillit-button" type="submit" aria-disabled=${v.busy ? 'true' : 'false'}>${v.submitText}</button>
      </form>
      <div class="tillit-actions">
        <button class="tillit-link" type="button" @click=${v.onBack}>${t.backToPhrase}</button>
        ${cancelButton(v.cancelText, v.onCancel)}
      </div>
    </div>
  `;
}
