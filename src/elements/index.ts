/**
 * Every tillit element class, unregistered, and `defineElement` to register them under names of your choosing:
 *
 *   import { LoginForm, defineElement } from 'tillit/elements';
 *   defineElement('acme-login-form', LoginForm);
 *
 * Also the page-wide settings every element reads: the default client (`setDefaultClient`) and the messages a
 * host adds or changes (`registerMessages`).
 */
export { defineElement } from './define-element.js';
export { LoginForm } from './login-form/login-form.js';
export { PasswordReset } from './password-reset/password-reset.js';
export { TwoFactorReset } from './two-factor-reset/two-factor-reset.js';
export { getDefaultClient, setDefaultClient } from '../client/default-client.js';
export { registerMessages } from '../i18n/register.js';
export type { Locale, MessageOverrides, MessageSections } from '../i18n/types.js';
export * from '../events/index.js';
