import { defineElement } from '../define-element.js';
import { LoginForm } from './login-form.js';

defineElement('login-form', LoginForm);

export { LoginForm };
export { ForgotPasswordEvent } from '../../events/forgot-password.js';
export { LostTwoFactorEvent } from '../../events/lost-two-factor.js';
export { SignedInEvent, type SignInMethod } from '../../events/signed-in.js';
export { StepChangeEvent } from '../../events/step-change.js';
export type { LoginStep } from './sign-in-context.js';
export type { SignInClient } from './sign-in-client.js';

declare global {
  interface HTMLElementTagNameMap {
    'login-form': LoginForm;
  }
}
