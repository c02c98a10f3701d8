import { defineElement } from '../define-element.js';
import { LoginForm } from './login-form.js';

defineElement('login-form', LoginForm);

export { LoginForm };
export * from './events.js';
export type { SignInClient } from './sign-in-client.js';

declare global {
  interface HTMLElementTagNameMap {
    'login-form': LoginForm;
  }
}
