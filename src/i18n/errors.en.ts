import { errorFallback } from './error-fallback.js';
import type { ErrorParams, ErrorSectionShape } from './error-params.js';
import { common } from './en.js';
import { formatDuration } from './format/duration.js';
import { lockWait } from './format/lock-wait.js';
import { formatDay } from './format/time.js';

/**
 * The English `errors` section: one message per error code of the contract and of the client, GOV.UK style (say
 * what happened and what to do, never whether an account exists). Its own chunk, loaded the first time an element
 * has an error to show (see `LocalizeController.error`): a sign-in that goes well never downloads it. The three
 * messages a page needs when even that chunk cannot load are in error-fallback.ts, which every element ships.
 */
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
  network: errorFallback.network,
  timeout: errorFallback.timeout,
  aborted: 'The request stopped before it finished. Try again.',
  invalid_response: 'We got an answer we did not expect. Try again later.',
  unknown: errorFallback.unknown,
} satisfies ErrorSectionShape;

export type ErrorMessages = typeof errors;
