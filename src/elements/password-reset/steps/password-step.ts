import { html } from 'lit';
import { newPasswordFields, type NewPasswordFieldsView } from '../../shared/new-password-fields.js';
import type { PasswordResetMessages } from '../messages.js';

export interface PasswordStepView {
  readonly formId: string;
  readonly t: PasswordResetMessages;
  /** The shared new-password + repeat fields, with the policy shown as the user types. */
  readonly fields: NewPasswordFieldsView;
  /** What the reset will do (withdrawals locked for 24 hours), stated above the button that commits it. */
  readonly consequences: unknown;
  readonly busy: boolean;
  readonly onSubmit: (event: SubmitEvent) => void;
}

/**
 * The third step, in the light DOM: the new password and its repeat (`new-password`, so a password manager offers
 * to save it under the account), what the reset does, then "Save new password".
 */
export function passwordStep(o: PasswordStepView) {
  return html`
    <form id=${o.formId} class="tillit-form" novalidate @submit=${o.onSubmit}>
      ${newPasswordFields(o.fields)} ${o.consequences}
      <button class="tillit-button" type="submit" aria-disabled=${o.busy ? 'true' : 'false'}>${o.busy ? o.t.saving : o.t.save}</button>
    </form>
  `;
}
