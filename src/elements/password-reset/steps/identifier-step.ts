import { html } from 'lit';
import type { LocalizedMessages } from '../../../controllers/localize-controller.js';
import type { CallingCode } from '../../shared/countries.js';
import type { IdentifierKind } from '../../shared/identifier.js';
import { emailField, identifierSwitch } from '../../shared/identifier-fields.js';
import type { passwordResetSections } from '../messages.js';
import { signInLink, type SignInLink } from './sign-in-link.js';

/** The first step's view model: plain values and callbacks. */
export interface IdentifierStepView {
  readonly ids: Readonly<Record<'form' | 'email' | 'phone', string>>;
  readonly t: LocalizedMessages<typeof passwordResetSections>;
  readonly locale: string;
  readonly kinds: readonly IdentifierKind[];
  readonly kind: IdentifierKind;
  readonly phone: typeof import('../../shared/phone-input.js') | undefined;
  readonly country: CallingCode | undefined;
  readonly values: Readonly<Record<'email' | 'phone', string>>;
  readonly errors: Readonly<Record<'email' | 'phone', string | undefined>>;
  readonly busy: boolean;
  /** A rate limit runs: the submit is disabled until it ends. */
  readonly blocked: boolean;
  readonly back: SignInLink;
  readonly on: {
    readonly kind: (kind: IdentifierKind) => void;
    readonly intent: () => void;
    readonly email: (value: string) => void;
    readonly phone: (value: string) => void;
    readonly country: (country: CallingCode) => void;
    readonly submit: (event: SubmitEvent) => void;
  };
}

/**
 * The first step, in the light DOM: the account's e-mail or phone (`username`, so a password manager fills the
 * account it is about to update), a line saying a robot check comes next, "Continue", and the way back to log in.
 */
export function identifierStep(o: IdentifierStepView) {
  const { t } = o;
  const prefix = t.common.errorPrefix;
  const field =
    o.kind === 'email'
      ? emailField({
          id: o.ids.email,
          label: t.identifier.emailLabel,
          value: o.values.email,
          autocomplete: 'username',
          error: o.errors.email,
          errorPrefix: prefix,
          onInput: o.on.email,
        })
      : o.phone && o.country
        ? o.phone.phoneField({
            id: o.ids.phone,
            locale: o.locale,
            countryLabel: t.phone.countryLabel,
            numberLabel: t.phone.label,
            hint: t.phone.hint,
            country: o.country,
            value: o.values.phone,
            autocomplete: 'username',
            errorPrefix: prefix,
            error: o.errors.phone,
            onCountry: o.on.country,
            onInput: o.on.phone,
          })
        : html`<p class="tillit-hint" role="status">${t.common.loading}</p>`;
  return html`
    <form id=${o.ids.form} class="tillit-form" novalidate @submit=${o.on.submit}>
      ${identifierSwitch({
        legend: t.passwordReset.identifierChoice,
        kinds: o.kinds,
        kind: o.kind,
        labels: { email: t.identifier.email, phone: t.identifier.phone },
        onChange: o.on.kind,
        onIntent: o.on.intent,
      })}
      ${field}
      <p class="tillit-hint">${t.passwordReset.robotCheck}</p>
      <button class="tillit-button" type="submit" aria-disabled=${o.busy || o.blocked ? 'true' : 'false'} ?disabled=${o.blocked}>
        ${o.busy ? t.passwordReset.starting : t.common.continue}
      </button>
      ${signInLink(o.back)}
    </form>
  `;
}
