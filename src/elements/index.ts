/**
 * Every tillit element class, unregistered, and `defineElement` to register them under names of your choosing:
 *
 *   import { LoginForm, defineElement, defineElements } from 'tillit/elements';
 *   defineElement('acme-login-form', LoginForm);   // one element under a name of your choosing
 *   defineElements({ prefix: 'acme' });            // every element: <acme-login-form>, <acme-totp-setup>, ...
 *
 * Also the page-wide settings every element reads: the default client (`setDefaultClient`) and the messages a
 * host adds or changes (`registerMessages`).
 */
export { defineElement } from './define-element.js';
export { defineElements, type DefineElementsOptions, type ElementTag } from './define-elements.js';
// Every element class (generated from the element folders, so a new element is exported without an edit here).
export * from './element-classes.js';
export { getDefaultClient, setDefaultClient } from '../client/default-client.js';
export { registerMessages } from '../i18n/register.js';
export type { Locale, MessageOverrides, MessageSections } from '../i18n/types.js';
export * from '../events/index.js';
