import { html, type TemplateResult } from 'lit';
import type { LocalizedMessages } from '../../../controllers/localize-controller.js';
import { identifierInputs, type IdentifierInputsView } from '../../shared/identifier-inputs.js';
import { passwordField } from '../../shared/password-field.js';
import type { loginFormSections, LoginFormMessages } from '../messages.js';

type Fields = 'email' | 'phone' | 'password';

/** The first step's view model: the shared identifier inputs' (their legend and autocomplete set here), and its own. */
export interface IdentifierStepView extends Omit<IdentifierInputsView, 'ids' | 't' | 'legend' | 'autocomplete' | 'values' | 'errors' | 'on'> {
  readonly ids: Readonly<Record<Fields | 'form', string>>;
  readonly t: LocalizedMessages<typeof loginFormSections>;
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
  readonly on: IdentifierInputsView['on'] & {
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
