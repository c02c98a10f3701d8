import { defineElement } from '../define-element.js';
import { PasswordReset } from './password-reset.js';

defineElement('password-reset', PasswordReset);

export { PasswordReset };
export type { PasswordResetCompletedEvent } from '../../events/password-reset-completed.js';
export type { SignInRequestedEvent } from '../../events/sign-in-requested.js';
export type { StepChangeEvent } from '../../events/step-change.js';
export type { PasswordResetClient, PasswordResetStep } from './reset-context.js';

declare global {
  interface HTMLElementTagNameMap {
    'password-reset': PasswordReset;
  }
}
