import { html, type TemplateResult } from 'lit';
import type { CommonMessages, IdentifierMessages, PhoneMessages } from '../../i18n/en.js';
import type { CallingCode } from './countries.js';
import type { IdentifierKind } from './identifier.js';
import { emailField, identifierSwitch } from './identifier-fields.js';

/** The identifier part of a step's view model: plain values and callbacks. */
export interface IdentifierInputsView {
  readonly ids: Readonly<Record<'email' | 'phone', string>>;
  readonly t: { readonly common: CommonMessages; readonly identifier: IdentifierMessages; readonly phone: PhoneMessages };
  /** The switch's name for assistive technology ("Log in with", "Reset with"). */
  readonly legend: string;
  /** `username webauthn` where passkeys may be offered in the field's autofill, `username` elsewhere. */
  readonly autocomplete: string;
  readonly locale: string;
  readonly kinds: readonly IdentifierKind[];
  readonly kind: IdentifierKind;
  /** The phone field's module, once loaded (it carries the country table). */
  readonly phone: typeof import('./phone-input.js') | undefined;
  readonly country: CallingCode | undefined;
  readonly values: Readonly<Record<'email' | 'phone', string>>;
  readonly errors: Readonly<Record<'email' | 'phone', string | undefined>>;
  readonly on: {
    readonly kind: (kind: IdentifierKind) => void;
    /** The user reaches for the e-mail/phone switch (pointer or focus): load the phone field now. */
    readonly intent: () => void;
    readonly email: (value: string) => void;
    readonly phone: (value: string) => void;
    readonly country: (country: CallingCode) => void;
  };
}

/**
 * The e-mail/phone switch and the field of the chosen kind (`<login-form>`, `<password-reset>`), for the light DOM:
 * the phone field once its module has loaded, "Loading" until then.
 */
export function identifierInputs(o: IdentifierInputsView): TemplateResult {
  const { t } = o;
  const prefix = t.common.errorPrefix;
  const field =
    o.kind === 'email'
      ? emailField({ id: o.ids.email, label: t.identifier.emailLabel, value: o.values.email, autocomplete: o.autocomplete, error: o.errors.email, errorPrefix: prefix, onInput: o.on.email })
      : o.phone && o.country
        ? o.phone.phoneField({
            id: o.ids.phone,
            locale: o.locale,
            countryLabel: t.phone.countryLabel,
            numberLabel: t.phone.label,
            hint: t.phone.hint,
            country: o.country,
            value: o.values.phone,
            autocomplete: o.autocomplete,
            errorPrefix: prefix,
            error: o.errors.phone,
            onCountry: o.on.country,
            onInput: o.on.phone,
          })
        : html`<p class="tillit-hint" role="status">${t.common.loading}</p>`;
  const labels = { email: t.identifier.email, phone: t.identifier.phone };
  return html`${identifierSwitch({ legend: o.legend, kinds: o.kinds, kind: o.kind, labels, onChange: o.on.kind, onIntent: o.on.intent })} ${field}`;
}
