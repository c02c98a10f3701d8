import { html, type TemplateResult } from 'lit';
import { describedBy, fieldError } from './field-error.js';
import { textInput } from './text-input.js';

export interface OneTimeCodeFieldOptions {
  id: string;
  label: string;
  hint: string;
  value: string;
  errorPrefix: string;
  error?: string | undefined;
  onInput: (value: string) => void;
  /** Called once six digits are in, however they arrived (typing, paste, SMS autofill). */
  onComplete: () => void;
}

/** Keeps the digits of whatever arrived ("123 456", "123-456", "Code: 123456") and at most six of them. */
export function codeDigits(text: string): string {
  return text.replace(/\D/g, '').slice(0, 6);
}

/**
 * The one-time code: ONE input (not six), so screen readers, paste and the browser's `one-time-code` autofill all
 * work; it is drawn as six boxes by CSS. Non-digits are dropped as they arrive and the sixth digit submits.
 * No `maxlength`: the browser would cut a pasted "123 456" or "Code: 123456" to six characters before we could
 * pick the digits out of it; `codeDigits` keeps the length instead.
 */
export function oneTimeCodeField(o: OneTimeCodeFieldOptions): TemplateResult {
  const errorId = `${o.id}-error`;
  const hintId = `${o.id}-hint`;
  const onInput = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const digits = codeDigits(input.value);
    if (input.value !== digits) input.value = digits;
    o.onInput(digits);
    if (digits.length === 6 && (event as InputEvent).inputType !== 'deleteContentBackward') o.onComplete();
  };
  return html`
    <div class="tillit-field" ?data-invalid=${Boolean(o.error)}>
      <label class="tillit-label" for=${o.id}>${o.label}</label>
      <p class="tillit-hint" id=${hintId}>${o.hint}</p>
      ${fieldError(errorId, o.error, o.errorPrefix)}
      ${textInput({
        id: o.id,
        name: 'code',
        type: 'text',
        variant: 'tillit-code',
        inputmode: 'numeric',
        autocomplete: 'one-time-code',
        pattern: '\\d{6}',
        value: o.value,
        invalid: Boolean(o.error),
        describedBy: describedBy(hintId, o.error && errorId),
        onInput,
      })}
    </div>
  `;
}
