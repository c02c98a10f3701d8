export type {
  BundleMap,
  ClientErrorCode,
  Locale,
  Message,
  MessageBundle,
  MessageOverrides,
  MessageSections,
  MessagesOf,
  Section,
  ShippedLocale,
} from './types.js';
export type {
  CodeMessages,
  CommonMessages,
  ErrorMessages,
  FieldMessages,
  IdentifierMessages,
  PasswordMessages,
  PhoneMessages,
} from './en.js';
export type { ErrorMessageKey, ErrorParams } from './error-params.js';
export type { ErrorLike } from './error-message.js';
export { coreMessages } from './core.js';
export type { CoreBundles } from './core.js';
export { cachedMessages, defineMessages, loadMessages } from './define.js';
export { codeMessages } from './code.js';
export { identifierMessages, passwordMessages, phoneMessages } from './sections.js';
export { registerMessages } from './register.js';
export { errorMessage } from './error-message.js';
export { digitRange, formatDay, formatDuration, formatTime, keepTogether, lockWait, plural } from './format.js';
export { langOf, matchLocale, shippedLocale } from './locale.js';
