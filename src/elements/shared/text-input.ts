import { html, type nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export interface TextInputOptions {
  id: string;
  name: string;
  type: 'text' | 'email' | 'tel' | 'password';
  value: string;
  autocomplete: string;
  /** Extra classes after `tillit-input`, e.g. `tillit-code`. */
  variant?: string;
  inputmode?: 'numeric' | 'tel';
  autocapitalize?: 'off';
  pattern?: string;
  /** The field has an error: `aria-invalid`, and its error line's id is in `describedBy`. */
  invalid: boolean;
  /** The ids of the hint, error line, notice... in the order a screen reader should read them (see `describedBy`). */
  describedBy: string | typeof nothing;
  onInput: (event: InputEvent) => void;
}

/**
 * The `<input>` of every light-DOM text field (e-mail, phone number, password, one-time code): never checked
 * by the browser (the form is `novalidate`), spellcheck off, the value kept as typed, and tied to the field's
 * hint and error line by `aria-describedby`. The field around it places the label, hint and error line.
 */
export function textInput(o: TextInputOptions): TemplateResult {
  return html`
    <input
      class=${o.variant ? `tillit-input ${o.variant}` : 'tillit-input'}
      id=${o.id}
      name=${o.name}
      type=${o.type}
      inputmode=${ifDefined(o.inputmode)}
      autocomplete=${o.autocomplete}
      pattern=${ifDefined(o.pattern)}
      spellcheck="false"
      autocapitalize=${ifDefined(o.autocapitalize)}
      .value=${o.value}
      aria-invalid=${ifDefined(o.invalid ? 'true' : undefined)}
      aria-describedby=${o.describedBy}
      @input=${o.onInput}
    />
  `;
}
