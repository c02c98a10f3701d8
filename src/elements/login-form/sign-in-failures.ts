import { CaptchaUnavailable } from '../../captcha/with-captcha.js';
import { isTillitError, type TillitError } from '../../client/errors.js';
import type { FieldErrorCode } from '../../contract/errors.js';
import { showBackendFieldErrors } from '../../controllers/backend-field-errors.js';
import type { Wording } from '../../controllers/form-feedback-controller.js';
import { passkeyFailure } from '../../passkeys/failure.js';
import type { LoginField, SignInContext } from './sign-in-context.js';

/** What the failure handling needs beyond the shared context: going back to the start. */
export interface FailureContext extends Pick<SignInContext, 'host' | 'feedback' | 'i18n' | 'steps' | 'lockCountdown'> {
  /** Back to the identifier step with what was typed (the challenge is gone). */
  restart(): void;
  /** The phone country's name, for the phone field's messages. */
  countryName(): string;
}

/** Which field a backend's `validation_failed` path belongs to. */
const FIELD_OF_PATH: Readonly<Record<string, LoginField>> = {
  'identifier.email': 'email',
  'identifier.phone': 'phone',
  password: 'password',
  code: 'code',
};

/**
 * Shows a failed sign-in request in the words that fit where the user is, and does what the failure calls for:
 * a lock or rate limit counts down with the submit blocked, a challenge that is gone goes back to the start with
 * the identifier kept, a backend's field errors land on the fields. Whatever is not handled here gets the
 * catalog's message for its code.
 */
export function showSignInFailure(ctx: FailureContext, error: unknown): void {
  const { feedback, i18n } = ctx;
  if (error instanceof CaptchaUnavailable) return feedback.showAlert(() => i18n.t.common.captchaUnavailable);
  if (!isTillitError(error)) return showPasskeyFailure(ctx, error);
  if (showBackendFieldErrors(feedback, i18n, error, (path) => FIELD_OF_PATH[path], (field, code) => fieldMessage(ctx, field, code))) return;
  const text = () => i18n.error(error);
  switch (error.code) {
    case 'rate_limited': {
      const lock = ctx.lockCountdown();
      lock.start(error.retryAfter ?? 60);
      return feedback.showAlert(() => i18n.error({ code: 'rate_limited', retryAfter: lock.remaining }));
    }
    case 'account_locked':
      return showLock(ctx, error);
    case 'challenge_expired':
    case 'too_many_attempts':
      // The challenge is gone: back to the start with the identifier kept, and say why in words that fit there.
      if (ctx.steps.current !== 'second-factor') return feedback.showAlert(text);
      ctx.restart();
      return feedback.showAlert(error.code === 'too_many_attempts' ? text : () => i18n.t.loginForm.challengeExpired, 'password');
    case 'invalid_credentials':
      return feedback.showAlert(text, 'password');
    default:
      return feedback.showAlert(text);
  }
}

/** A locked account: the lock's end with its seconds, counting down, with the submit blocked until then. */
function showLock(ctx: FailureContext, error: TillitError): void {
  const lockedUntil = error.problem?.lockedUntil;
  const seconds = lockedUntil ? (Date.parse(lockedUntil) - Date.now()) / 1000 : 0;
  const lock = ctx.lockCountdown();
  if (seconds > 0) lock.start(Math.ceil(seconds));
  ctx.feedback.showAlert(() => ctx.i18n.error({ code: 'account_locked', retryAfter: lock.remaining || undefined, problem: { lockedUntil } }));
}

/** The specific message for a field the backend refused, where the form has one; else the catalog's generic one. */
function fieldMessage(ctx: FailureContext, field: LoginField, code: FieldErrorCode): Wording | undefined {
  const t = () => ctx.i18n.t;
  const required = code === 'required';
  if (field === 'email') return () => (required ? t().identifier.emailRequired : t().identifier.emailInvalid);
  if (field === 'phone') return () => (required ? t().phone.required : t().phone.invalid({ country: ctx.countryName() }));
  if (field === 'password' && required) return () => t().password.required;
  // The code section is there whenever a code was sent: it comes with the second factor.
  if (field === 'code' && t().code) return () => (required ? t().code!.required : t().code!.format);
  return undefined;
}

/** A browser-side passkey failure, by the library's error code (never its message). */
function showPasskeyFailure(ctx: FailureContext, error: unknown): void {
  const failure = passkeyFailure(error);
  if (failure === 'aborted') return;
  if (failure === 'failed') console.error('tillit: <login-form> failed', error);
  const key = failure === 'cancelled' ? 'passkeyCancelled' : failure === 'unsupported' ? 'passkeyUnsupported' : 'passkeyError';
  ctx.feedback.showAlert(() => ctx.i18n.t.loginForm[key]);
}
