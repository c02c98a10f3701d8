import { CaptchaUnavailable } from '../../captcha/with-captcha.js';
import { isTillitError } from '../../client/errors.js';
import { showBackendFieldErrors } from '../../controllers/backend-field-errors.js';
import { CountdownController } from '../../controllers/countdown-controller.js';
import type { ResetField } from './reset-context.js';
import type { ResetFlow } from './reset-flow.js';

/** Which field a backend's `validation_failed` path belongs to. */
const FIELD_OF_PATH: Readonly<Record<string, ResetField>> = {
  'identifier.email': 'email',
  'identifier.phone': 'phone',
  code: 'code',
  newPassword: 'password',
};

/**
 * Shows a failed reset request in words that fit the step, and does what it calls for: a rate limit counts down
 * with the submit blocked; a reset that is gone (expired, burned by wrong codes, never verified) goes back to the
 * first step with the identifier kept; a refused password lands on the password field, still typed. The code's
 * own errors (wrong, expired, too soon) never reach here: the code flow shows them on its field.
 */
export function showResetFailure(flow: ResetFlow, error: unknown): void {
  const { feedback, i18n } = flow;
  if (error instanceof CaptchaUnavailable) return feedback.showAlert(() => i18n.t.common.captchaUnavailable);
  if (!isTillitError(error)) return feedback.showError('unknown');
  if (flow.steps.current === 'password' && flow.later.value?.newPassword.showBackendError(error)) return;
  if (showBackendFieldErrors(feedback, i18n, error, (path) => FIELD_OF_PATH[path])) return;
  const text = () => i18n.error(error);
  switch (error.code) {
    case 'rate_limited': {
      const lock = (flow.lock ??= new CountdownController(flow.host, () => flow.lockEnded()));
      lock.start(error.retryAfter ?? 60);
      return feedback.showAlert(() => i18n.error({ code: 'rate_limited', retryAfter: lock.remaining }));
    }
    case 'challenge_expired':
    case 'too_many_attempts':
    case 'reset_not_verified':
      flow.restart();
      return feedback.showAlert(error.code === 'challenge_expired' ? () => i18n.t.passwordReset.expired : text);
    default:
      return feedback.showAlert(text, flow.steps.current === 'identifier' ? flow.entry.kind : undefined);
  }
}
