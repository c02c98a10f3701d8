import type { FieldErrorCode } from '../contract/errors.js';
import type { ErrorParams, ErrorSectionShape } from './error-params.js';
import { digitRange, formatDay, formatDuration, lockWait, plural } from './format.js';

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

export const errors = {
  validation_failed: 'Some of the information you entered is not right. Check it and try again.',
  malformed_request: 'Something went wrong sending your request. Reload the page and try again.',
  unauthenticated: 'You have been logged out. Log in again to continue.',
  csrf_failed: 'We could not check your session. Reload the page and try again.',
  forbidden: 'You cannot do this with your account. Contact support if you think this is wrong.',
  not_found: 'We could not find what you asked for. Reload the page and try again.',
  method_not_allowed: 'This action is not available. Reload the page and try again.',
  payload_too_large: 'The file is too large. Choose a smaller file and try again.',
  unsupported_media_type: 'This type of file is not accepted. Choose a different file.',
  rate_limited: (p: Pick<ErrorParams, 'seconds'>) =>
    `Too many attempts. Wait ${p.seconds ? formatDuration('en', p.seconds) : 'a few minutes'} and try again.`,
  internal_error: 'Something went wrong on our side and nothing was changed. Try again later.',
  service_unavailable: 'The service is not available right now. Try again in a few minutes.',
  invalid_credentials:
    'The details you entered are not right. Check your email address or phone number and password, then try again.',
  account_locked: (p: Pick<ErrorParams, 'until' | 'seconds'>) =>
    `Too many failed attempts. Try again ${lockWait('en', p, 'in', 'at', 'after', 'later')}, or reset your password.`,
  captcha_required: 'Complete the security check to continue.',
  captcha_invalid: 'The security check did not work. Do it again.',
  challenge_expired: 'This verification has expired. Go back and start again.',
  method_not_available: 'This verification method is not available. Choose another one.',
  invalid_code: (p: Pick<ErrorParams, 'attemptsRemaining'>) =>
    'The code is not right. Check it and try again.' +
    (p.attemptsRemaining === undefined ? '' : ` ${common.attemptsLeft({ count: p.attemptsRemaining })}.`),
  code_expired: 'The code has expired. Ask for a new code.',
  code_already_used: 'This code has already been used. Wait for your authenticator app to show a new code, then enter it.',
  too_many_attempts: 'Too many wrong codes. Start again to get a new code.',
  resend_too_soon: (p: Pick<ErrorParams, 'seconds'>) =>
    p.seconds
      ? `A code was sent a moment ago. You can ask for a new one in ${formatDuration('en', p.seconds)}.`
      : 'A code was sent a moment ago. Wait a little before you ask for a new one.',
  passkey_failed: 'Your passkey could not be checked. Try again, or continue another way.',
  social_failed: 'Logging in with Google or Apple did not work. Try again, or log in with your email address or phone number.',
  social_not_linked:
    'This Google or Apple account is not linked to an account here. Log in with your email address or phone number and password.',
  password_too_weak:
    'Choose a stronger password: at least 10 characters, not a common password, and not your email address or phone number.',
  reset_not_verified: 'Confirm the code we sent you before you choose a new password.',
  step_up_required: 'Confirm it is you to continue.',
  verification_invalid: 'Your confirmation has expired. Confirm it is you again.',
  already_bound: 'This is already turned on for your account. Change it instead.',
  not_bound: 'This is not turned on for your account. Set it up first.',
  identifier_in_cooldown: (p: Pick<ErrorParams, 'availableAt'>) =>
    p.availableAt
      ? `This email address or phone number was removed recently and can be used again from ${formatDay('en', p.availableAt)}. Use a different one.`
      : 'This email address or phone number was removed recently and cannot be used for 30 days. Use a different one.',
  identifier_taken: 'You cannot use this email address or phone number. Enter a different one.',
  last_factor:
    'You cannot turn this off because it is your last way to log in or recover your account. Set up another method first.',
  prerequisite_missing: (p: Pick<ErrorParams, 'required'>) =>
    `Turn on ${p.required ?? 'the security methods this needs'} first, then try again.`,
  request_pending: 'We are already reviewing an earlier request. We will email you when it is done.',
  kyc_level_unavailable:
    'You cannot start this verification level yet. Finish the level before it, or wait for the review in progress.',
  documents_missing: 'Upload all the photos asked for before you submit.',
  idempotency_conflict: 'This request was already sent with different details. Reload the page and try again.',
  network: 'We could not connect. Check your internet connection and try again.',
  timeout: 'This is taking too long. Check your connection and try again.',
  aborted: 'The request stopped before it finished. Try again.',
  invalid_response: 'We got an answer we did not expect. Try again later.',
  unknown: 'Something went wrong. Try again later.',
} satisfies ErrorSectionShape;

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

export const code = {
  label: 'Verification code',
  hint: 'The 6\u2011digit code',
  required: 'Enter the 6\u2011digit code',
  format: 'Enter the code as 6 digits, like 123456',
  totpTitle: 'Enter the code from your authenticator app',
  smsTitle: 'Check your phone',
  emailTitle: 'Check your email',
  totpIntro: 'Open your authenticator app and enter the 6\u2011digit code it shows.',
  sent: (p: { to: string }) => `We sent a 6\u2011digit code to ${p.to}.`,
  resent: (p: { to: string }) => `We sent a new code to ${p.to}`,
  sending: 'Sending a code…',
  resend: 'Send a new code',
  resendIn: (p: { seconds: number }) => `You can send a new code in ${formatDuration('en', p.seconds)}`,
  verify: 'Continue',
  verifying: 'Checking…',
  otherMethods: 'Other ways to confirm it is you',
  useTotp: 'Use your authenticator app',
  useSms: (p: { to: string }) => `Get a code by text message to ${p.to}`,
  useEmail: (p: { to: string }) => `Get a code by email to ${p.to}`,
};

export type CommonMessages = typeof common;
export type ErrorMessages = typeof errors;
export type FieldMessages = typeof fields;
export type IdentifierMessages = typeof identifier;
export type PhoneMessages = typeof phone;
export type PasswordMessages = typeof password;
export type CodeMessages = typeof code;
