import { defineElement } from '../define-element.js';
import { LoginForm } from './login-form.js';

defineElement('login-form', LoginForm);

export { LoginForm };
export type { ForgotPasswordEvent } from '../../events/forgot-password.js';
export type { LostTwoFactorEvent } from '../../events/lost-two-factor.js';
export type { SignedInEvent, SignInMethod } from '../../events/signed-in.js';
export type { StepChangeEvent } from '../../events/step-change.js';
export type { LoginStep } from './sign-in-context.js';
export type { SignInClient } from './sign-in-client.js';

declare global {
  interface HTMLElementTagNameMap {
    'login-form': LoginForm;
  }
}
