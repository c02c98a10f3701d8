import type { FieldErrorCode } from '../contract/errors.js';
import { digitRange } from './format/digit-range.js';
import { plural } from './format/plural.js';

/**
 * English: bundled in every element and the source of the message types. Messages follow GOV.UK's style: say
 * what happened and what to do, in plain words, and never whether an account exists.
 */
export const common = {
  continue: 'Continue',
  back: 'Back',
  cancel: 'Cancel',
  /** Visually hidden before each field error, so a screen reader says it is an error. */
  errorPrefix: 'Error:',
  errorSummaryTitle: 'There is a problem',
  loading: 'Loading',
  /** The backend wants a robot check and the host page gave the element no way to run one. */
  captchaUnavailable:
    'We need to check that you are not a robot, but the check could not start. Reload the page and try again.',
  /** Announced when a lock or rate limit ends. */
  retryNow: 'You can try again now',
  /** For a screen-reader announcement of a countdown, where "sec" would be read letter by letter. */
  secondsLeft: (p: { seconds: number }) =>
    `${p.seconds} ${plural('en', p.seconds, { one: 'second', other: 'seconds' })} left`,
  attemptsLeft: (p: { count: number }) =>
    `You have ${p.count} ${plural('en', p.count, { one: 'attempt', other: 'attempts' })} left`,
  factor_totp: 'authenticator app',
  factor_sms: 'SMS verification',
  factor_email: 'email verification',
  factor_passkey: 'passkey',
};


/**
 * Generic field messages, for when an element has nothing more specific. Elements should say what to enter for
 * their own fields ("Enter the 6-digit code from your authenticator app") in their own section.
 */
export const fields = {
  required: 'Fill in this field',
  invalid_format: 'Enter this in the right format',
  too_short: 'Enter more characters',
  too_long: 'Enter fewer characters',
  too_small: 'Enter a bigger number',
  too_large: 'Enter a smaller number',
  mismatch: 'The entries do not match. Enter the same in both fields',
  not_allowed: 'This is not allowed. Enter something different',
} satisfies Readonly<Record<FieldErrorCode, string>>;

/*
 * The shared field sections: one wording for the identifier, phone, password and one-time-code fields, so every
 * element that has such a field says the same thing (and translators translate it once). An element asks for the
 * sections it shows: `new LocalizeController(this, { identifier, password, ... })` with the bundles of
 * `sections.ts`. "6‑digit" is written with a non-breaking hyphen so "6-" and "digit" never part at a line end.
 */

export const identifier = {
  /** The e-mail / phone switch options: short, so they do not repeat the fields' own labels. */
  email: 'Email',
  phone: 'Phone',
  emailLabel: 'Email address',
  emailRequired: 'Enter your email address',
  emailInvalid: 'Enter an email address in the correct format, like name@example.com',
};

export const phone = {
  countryLabel: 'Country code',
  label: 'Phone number',
  hint: 'With or without the country code',
  required: 'Enter your phone number',
  invalid: (p: { country: string }) => `Enter a phone number in the correct format for ${p.country}`,
  length: (p: { country: string; min: number; max: number }) =>
    `Enter a phone number for ${p.country} with ${digitRange(p, 'to')} digits after the country code`,
};

export const password = {
  label: 'Password',
  required: 'Enter your password',
  show: 'Show password',
  hide: 'Hide password',
  /** Announced (aria-live) when the reveal button toggles. */
  shown: 'Your password is shown',
  hidden: 'Your password is hidden',
  capsLockOn: 'Caps Lock is on',
};


export type CommonMessages = typeof common;
export type { ErrorMessages } from './errors.en.js';
export type FieldMessages = typeof fields;
export type IdentifierMessages = typeof identifier;
export type PhoneMessages = typeof phone;
export type PasswordMessages = typeof password;
export type { CodeMessages } from './code.js';
