import { defineMessages } from './define.js';

/**
 * The `newPassword` section: choosing a new password and typing it again, with the policy shown as a checklist
 * while the user types (password-reset, security-settings). The show/hide and Caps Lock words are the shared
 * `password` section's. Its own chunks per language, since a page that only signs in never shows it.
 */
const en = {
  label: 'New password',
  repeatLabel: 'Confirm new password',
  rulesTitle: 'Rules for your new password',
  rule_length: (p: { min: number; max: number }) => `Has ${p.min} to ${p.max} characters`,
  rule_notRepeated: 'Is not one character repeated',
  rule_notIdentifier: 'Does not contain the name in your email address or your phone number',
  /** Visually hidden after each rule, so a screen reader says where it stands. */
  ruleMet: 'done',
  ruleNotMet: 'not yet',
  /** Announced (politely) when a rule becomes kept, or stops being kept, as the user types. */
  ruleNowMet: (p: { rule: string }) => `Done: ${p.rule}`,
  ruleNoLongerMet: (p: { rule: string }) => `Not done any more: ${p.rule}`,
  commonHint: 'Avoid common passwords and passwords you use on other sites.',
  required: 'Enter a new password',
  tooShort: (p: { min: number }) => `Enter a password with at least ${p.min} characters`,
  tooLong: (p: { max: number }) => `Enter a password with ${p.max} characters or fewer`,
  repeated: 'Choose a password that is not one character repeated',
  containsIdentifier: 'Choose a password that does not contain the name in your email address or your phone number',
  repeatRequired: 'Enter the new password again',
  mismatch: 'The passwords do not match. Enter the same new password in both fields',
};

export type NewPasswordMessages = typeof en;

export const newPasswordMessages = defineMessages({
  en,
  sv: () => import('./new-password.sv.js').then((m) => m.newPassword),
  nb: () => import('./new-password.nb.js').then((m) => m.newPassword),
});

declare module './types.js' {
  interface MessageSections {
    newPassword: NewPasswordMessages;
  }
}
