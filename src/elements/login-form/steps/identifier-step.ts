import { html, type TemplateResult } from 'lit';
import type { LocalizedMessages } from '../../../controllers/localize-controller.js';
import type { CallingCode } from '../../shared/countries.js';
import type { IdentifierKind } from '../../shared/identifier.js';
import { identifierInputs } from '../../shared/identifier-inputs.js';
import { passwordField } from '../../shared/password-field.js';
import type { loginFormSections, LoginFormMessages } from '../messages.js';

type Fields = 'email' | 'phone' | 'password';

/** The first step's view model: plain values and callbacks. */
export interface IdentifierStepView {
  readonly ids: Readonly<Record<Fields | 'form', string>>;
  readonly t: LocalizedMessages<typeof loginFormSections>;
  readonly locale: string;
  readonly kinds: readonly IdentifierKind[];
  readonly kind: IdentifierKind;
  /** The phone field's module, once loaded (it carries the country table). */
  readonly phone: typeof import('../../shared/phone-input.js') | undefined;
  readonly country: CallingCode | undefined;
  readonly values: Readonly<Record<Fields, string>>;
  readonly errors: Readonly<Record<Fields, string | undefined>>;
  readonly revealed: boolean;
  readonly capsLock: boolean;
  /** A sign-in request is running: the submit says so and ignores presses. */
  readonly busy: boolean;
  /** The backend said to wait (lock, rate limit): the submit is disabled until the countdown ends. */
  readonly blocked: boolean;
  readonly forgotHref: string | undefined;
  readonly onForgot: () => void;
  readonly on: {
    readonly kind: (kind: IdentifierKind) => void;
    /** The user reaches for the e-mail/phone switch (pointer or focus): load the phone field now. */
    readonly intent: () => void;
    readonly email: (value: string) => void;
    readonly phone: (value: string) => void;
    readonly country: (country: CallingCode) => void;
    readonly password: (value: string) => void;
    readonly reveal: () => void;
    readonly submit: (event: SubmitEvent) => void;
  };
}

function forgotLink(o: IdentifierStepView, t: LoginFormMessages) {
  return o.forgotHref
    ? html`<a class="tillit-link" href=${o.forgotHref}>${t.forgotPassword}</a>`
    : html`<button class="tillit-link" type="button" @click=${o.onForgot}>${t.forgotPassword}</button>`;
}

/**
 * The first step, in the light DOM: a real `<form>` with the identifier (`username webauthn`, so password
 * managers and passkey autofill find it) and the password (`current-password`).
 */
export function identifierStep(o: IdentifierStepView): TemplateResult {
  const { t } = o;
  const prefix = t.common.errorPrefix;
  return html`
    <form id=${o.ids.form} class="tillit-form" novalidate @submit=${o.on.submit}>
      ${identifierInputs({ ...o, legend: t.loginForm.identifierChoice, autocomplete: 'username webauthn' })}
      ${passwordField({
        id: o.ids.password,
        name: 'password',
        label: t.password.label,
        value: o.values.password,
        autocomplete: 'current-password',
        revealed: o.revealed,
        showLabel: t.password.show,
        hideLabel: t.password.hide,
        errorPrefix: prefix,
        error: o.errors.password,
        notice: o.capsLock ? t.password.capsLockOn : undefined,
        onInput: o.on.password,
        onToggle: o.on.reveal,
      })}
      ${forgotLink(o, t.loginForm)}
      <button class="tillit-button" type="submit" aria-disabled=${o.busy || o.blocked ? 'true' : 'false'} ?disabled=${o.blocked}>
        ${o.busy ? t.loginForm.signingIn : t.loginForm.submit}
      </button>
    </form>
  `;
}
