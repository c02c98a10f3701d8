import { html, nothing } from 'lit';
import { describedBy, fieldError } from './field-error.js';
import { textInput } from './text-input.js';

export interface PasswordFieldOptions {
  id: string;
  name: string;
  label: string;
  value: string;
  autocomplete: 'current-password' | 'new-password';
  revealed: boolean;
  showLabel: string;
  hideLabel: string;
  errorPrefix: string;
  error?: string | undefined;
  /** Shown under the field while it matters, e.g. "Caps Lock is on". */
  notice?: string | undefined;
  /** Content under the input that describes it (a new password's rules), read with it through `aria-describedby`. */
  hint?: { readonly id: string; readonly content: unknown } | undefined;
  onInput: (value: string) => void;
  onToggle: () => void;
}

/**
 * A password input with a show/hide button, for light DOM forms. The button's state is `aria-pressed` on a fixed
 * label ("Show password"), so a screen reader says "pressed"; the host announces the change through its live
 * region and re-hides the password on submit and on back/forward-cache restore.
 */
export function passwordField(o: PasswordFieldOptions) {
  const errorId = `${o.id}-error`;
  const noticeId = `${o.id}-notice`;
  return html`
    <div class="tillit-field" ?data-invalid=${Boolean(o.error)}>
      <label class="tillit-label" for=${o.id}>${o.label}</label>
      ${fieldError(errorId, o.error, o.errorPrefix)}
      <div class="tillit-password">
        ${textInput({
          id: o.id,
          name: o.name,
          type: o.revealed ? 'text' : 'password',
          autocomplete: o.autocomplete,
          autocapitalize: 'off',
          value: o.value,
          invalid: Boolean(o.error),
          describedBy: describedBy(o.hint?.id, o.error && errorId, o.notice && noticeId),
          onInput: (event) => o.onInput((event.target as HTMLInputElement).value),
        })}
        <button
          class="tillit-reveal"
          type="button"
          aria-controls=${o.id}
          aria-pressed=${o.revealed ? 'true' : 'false'}
          @click=${o.onToggle}
        >
          ${o.revealed ? o.hideLabel : o.showLabel}
        </button>
      </div>
      ${o.notice ? html`<p id=${noticeId} class="tillit-hint tillit-notice">${o.notice}</p>` : nothing}
      ${o.hint ? html`<div id=${o.hint.id} class="tillit-hint">${o.hint.content}</div>` : nothing}
    </div>
  `;
}
