import { html, nothing } from 'lit';
import type { CallingCode } from '../../shared/countries.js';
import { describedBy, fieldError } from '../../shared/field-error.js';
import { passwordField } from '../../shared/password-field.js';
import { phoneField } from '../../shared/phone-field.js';
import { textInput } from '../../shared/text-input.js';
import type { LoginFormMessages } from '../messages.js';
import type { SignInFlowController } from '../sign-in-flow-controller.js';
import type { CommonMessages } from '../../../i18n/en.js';

export type IdentifierKind = 'email' | 'phone';

export interface IdentifierStepOptions {
  ids: { form: string; email: string; phone: string; password: string };
  t: LoginFormMessages;
  common: CommonMessages;
  locale: string;
  kinds: readonly IdentifierKind[];
  kind: IdentifierKind;
  email: string;
  phone: string;
  country: CallingCode;
  password: string;
  revealed: boolean;
  capsLock: boolean;
  errors: { email?: string | undefined; phone?: string | undefined; password?: string | undefined };
  busy: boolean;
  blocked: boolean;
  forgotHref: string | undefined;
  on: {
    kind: (kind: IdentifierKind) => void;
    email: (value: string) => void;
    phone: (value: string) => void;
    country: (country: CallingCode) => void;
    password: (value: string) => void;
    reveal: () => void;
    forgot: () => void;
    submit: (event: SubmitEvent) => void;
  };
}

/** The e-mail / phone switch: radio buttons, so it is one tab stop and arrow keys move between the two. */
function kindSwitch(o: IdentifierStepOptions) {
  if (o.kinds.length < 2) return nothing;
  const label = (kind: IdentifierKind) => (kind === 'email' ? o.t.useEmail : o.t.usePhone);
  return html`
    <fieldset class="tillit-switch">
      <legend class="tillit-visually-hidden">${o.t.identifierChoice}</legend>
      ${o.kinds.map(
        (kind) => html`
          <label class="tillit-switch-option">
            <input
              type="radio"
              name="identifier-kind"
              value=${kind}
              .checked=${o.kind === kind}
              @change=${() => o.on.kind(kind)}
            />
            <span>${label(kind)}</span>
          </label>
        `,
      )}
    </fieldset>
  `;
}

function emailField(o: IdentifierStepOptions) {
  const errorId = `${o.ids.email}-error`;
  return html`
    <div class="tillit-field" ?data-invalid=${Boolean(o.errors.email)}>
      <label class="tillit-label" for=${o.ids.email}>${o.t.emailLabel}</label>
      ${fieldError(errorId, o.errors.email, o.common.errorPrefix)}
      ${textInput({
        id: o.ids.email,
        name: 'email',
        type: 'email',
        autocomplete: 'username webauthn',
        autocapitalize: 'off',
        value: o.email,
        invalid: Boolean(o.errors.email),
        describedBy: describedBy(o.errors.email && errorId),
        onInput: (event) => o.on.email((event.target as HTMLInputElement).value),
      })}
    </div>
  `;
}

function forgotLink(o: IdentifierStepOptions) {
  return o.forgotHref
    ? html`<a class="tillit-link" href=${o.forgotHref}>${o.t.forgotPassword}</a>`
    : html`<button class="tillit-link" type="button" @click=${o.on.forgot}>${o.t.forgotPassword}</button>`;
}

/**
 * The first step, in the light DOM: a real `<form>` with the identifier (`username webauthn`, so password
 * managers and passkey autofill find it) and the password (`current-password`).
 */
export function identifierStep(o: IdentifierStepOptions) {
  return html`
    <form id=${o.ids.form} class="tillit-login" novalidate @submit=${o.on.submit}>
      ${kindSwitch(o)}
      ${o.kind === 'email'
        ? emailField(o)
        : phoneField({
            id: o.ids.phone,
            locale: o.locale,
            countryLabel: o.t.countryLabel,
            numberLabel: o.t.phoneLabel,
            hint: o.t.phoneHint,
            country: o.country,
            value: o.phone,
            autocomplete: 'username webauthn',
            errorPrefix: o.common.errorPrefix,
            error: o.errors.phone,
            onCountry: o.on.country,
            onInput: o.on.phone,
          })}
      ${passwordField({
        id: o.ids.password,
        name: 'password',
        label: o.t.passwordLabel,
        value: o.password,
        autocomplete: 'current-password',
        revealed: o.revealed,
        showLabel: o.common.showPassword,
        hideLabel: o.common.hidePassword,
        errorPrefix: o.common.errorPrefix,
        error: o.errors.password,
        notice: o.capsLock ? o.t.capsLockOn : undefined,
        onInput: o.on.password,
        onToggle: o.on.reveal,
      })}
      ${forgotLink(o)}
      <button
        class="tillit-button"
        type="submit"
        aria-disabled=${o.busy || o.blocked ? 'true' : 'false'}
        ?disabled=${o.blocked}
      >
        ${o.busy ? o.t.signingIn : o.t.submit}
      </button>
    </form>
  `;
}

/** What the step reads of the sign-in flow, and what it asks of it. */
export type IdentifierFlow = Pick<
  SignInFlowController,
  'kinds' | 'kind' | 'email' | 'phone' | 'country' | 'password' | 'revealed' | 'action' | 'retry' | 'errorTexts' | 'set'
  | 'switchKind' | 'toggleReveal' | 'submitIdentifier'
>;

/** The step for where the flow stands, with what only the element knows (`view`). */
export function identifierStepFor(
  flow: IdentifierFlow,
  view: Pick<IdentifierStepOptions, 'ids' | 't' | 'common' | 'locale' | 'capsLock' | 'forgotHref'>,
  forgot: () => void,
) {
  const { kind, country } = flow;
  if (!kind || !country) return html``;
  return identifierStep({
    ...view,
    kinds: flow.kinds,
    kind,
    email: flow.email,
    phone: flow.phone,
    country,
    password: flow.password,
    revealed: flow.revealed,
    errors: flow.errorTexts(),
    busy: flow.action.pending === 'sign-in',
    blocked: flow.retry.running,
    on: {
      kind: (kind) => flow.switchKind(kind),
      email: (email) => flow.set({ email }),
      phone: (phone) => flow.set({ phone }),
      country: (country) => flow.set({ country }),
      password: (password) => flow.set({ password }),
      reveal: () => flow.toggleReveal(),
      forgot,
      submit: (event) => flow.submitIdentifier(event),
    },
  });
}
