/**
 * Every tillit element class, unregistered, and `defineElement` to register them under names of your choosing:
 *
 *   import { LoginForm, defineElement } from 'tillit/elements';
 *   defineElement('acme-login-form', LoginForm);
 */
export { defineElement } from './define-element.js';
export { LoginForm } from './login-form/login-form.js';
