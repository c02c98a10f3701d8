import { html, nothing, type TemplateResult } from 'lit';
import { describedBy, fieldError } from './field-error.js';
import type { IdentifierKind } from './identifier.js';
import { textInput } from './text-input.js';

export interface IdentifierSwitchView {
  /** The group's name for assistive technology ("Log in with"). */
  readonly legend: string;
  readonly kinds: readonly IdentifierKind[];
  readonly kind: IdentifierKind;
  /** Short option names ("Email", "Phone"), distinct from the fields' labels so voice control can tell them apart. */
  readonly labels: Readonly<Record<IdentifierKind, string>>;
  readonly onChange: (kind: IdentifierKind) => void;
  /** The pointer or focus reached the switch (a chance to load what the other kind needs). */
  readonly onIntent?: () => void;
}

/**
 * The e-mail / phone switch: radio buttons, so it is one tab stop and arrow keys move between the two; the chosen
 * option shows a check mark, not only another colour. Nothing when only one kind is offered.
 */
export function identifierSwitch(o: IdentifierSwitchView): TemplateResult | typeof nothing {
  if (o.kinds.length < 2) return nothing;
  return html`
    <fieldset class="tillit-switch" @pointerenter=${o.onIntent} @focusin=${o.onIntent}>
      <legend class="tillit-visually-hidden">${o.legend}</legend>
      ${o.kinds.map(
        (kind) => html`
          <label class="tillit-switch-option">
            <input type="radio" name="identifier-kind" value=${kind} .checked=${o.kind === kind} @change=${() => o.onChange(kind)} />
            <span>${o.labels[kind]}</span>
          </label>
        `,
      )}
    </fieldset>
  `;
}

export interface EmailFieldView {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  /** `username webauthn` where passkeys may be offered in its autofill, `email` or `username` elsewhere. */
  readonly autocomplete: string;
  readonly error: string | undefined;
  readonly errorPrefix: string;
  readonly onInput: (value: string) => void;
}

/** An e-mail address field, for the light DOM: `type=email`, no capitalisation, its error tied by aria-describedby. */
export function emailField(o: EmailFieldView): TemplateResult {
  const errorId = `${o.id}-error`;
  return html`
    <div class="tillit-field" ?data-invalid=${Boolean(o.error)}>
      <label class="tillit-label" for=${o.id}>${o.label}</label>
      ${fieldError(errorId, o.error, o.errorPrefix)}
      ${textInput({
        id: o.id,
        name: 'email',
        type: 'email',
        autocomplete: o.autocomplete,
        autocapitalize: 'off',
        value: o.value,
        invalid: Boolean(o.error),
        describedBy: describedBy(o.error && errorId),
        onInput: (event) => o.onInput((event.target as HTMLInputElement).value),
      })}
    </div>
  `;
}
