import { html } from 'lit';
import type { LocalizedMessages } from '../../../controllers/localize-controller.js';
import { passwordField } from '../../shared/password-field.js';
import type { passwordResetSections } from '../messages.js';

export interface PasswordStepView {
  readonly ids: Readonly<Record<'form' | 'password' | 'repeat', string>>;
  readonly t: LocalizedMessages<typeof passwordResetSections>;
  readonly values: Readonly<Record<'password' | 'repeat', string>>;
  readonly errors: Readonly<Record<'password' | 'repeat', string | undefined>>;
  readonly revealed: boolean;
  readonly busy: boolean;
  /** What the reset will do (withdrawals locked for 24 hours), stated above the button that commits it. */
  readonly consequences: unknown;
  readonly on: {
    readonly password: (value: string) => void;
    readonly repeat: (value: string) => void;
    readonly reveal: () => void;
    readonly submit: (event: SubmitEvent) => void;
  };
}

/**
 * The third step, in the light DOM: the new password and its repeat (`new-password`, so a password manager offers
 * to save it), then "Save new password".
 */
export function passwordStep(o: PasswordStepView) {
  const { t } = o;
  const field = (name: 'password' | 'repeat', label: string, onInput: (value: string) => void) =>
    passwordField({
      id: o.ids[name],
      name: name === 'password' ? 'new-password' : 'repeat-password',
      label,
      value: o.values[name],
      autocomplete: 'new-password',
      revealed: o.revealed,
      showLabel: t.password.show,
      hideLabel: t.password.hide,
      errorPrefix: t.common.errorPrefix,
      error: o.errors[name],
      onInput,
      onToggle: o.on.reveal,
    });
  return html`
    <form id=${o.ids.form} class="tillit-form" novalidate @submit=${o.on.submit}>
      ${field('password', t.passwordReset.newPasswordLabel, o.on.password)} ${field('repeat', t.passwordReset.repeatLabel, o.on.repeat)} ${o.consequences}
      <button class="tillit-button" type="submit" aria-disabled=${o.busy ? 'true' : 'false'}>
        ${o.busy ? t.passwordReset.saving : t.passwordReset.save}
      </button>
    </form>
  `;
}
