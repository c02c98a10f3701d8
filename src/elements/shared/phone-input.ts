/**
 * The phone field and what only it needs: the country table, the picker sorted in the user's language, and
 * finding a pasted number's country. Loaded when a form shows its phone field (or the user reaches for the
 * e-mail/phone switch), so a page that logs in by e-mail never downloads the table.
 *
 *   const phone = await import('../shared/phone-input.js');
 */
export { callingCodeOf, callingCodes, regionOfInternational, sortedCallingCodes } from './countries.js';
export { phoneField } from './phone-field.js';
export { phoneStyles } from './phone-styles.js';
export { toE164 } from './phone-number.js';
export type { CallingCode } from './countries.js';
