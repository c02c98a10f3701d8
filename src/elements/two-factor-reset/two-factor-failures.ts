import { isTillitError } from '../../client/errors.js';
import { showBackendFieldErrors } from '../../controllers/backend-field-errors.js';
import type { TwoFactorField } from './two-factor-context.js';
import type { TwoFactorFlow } from './two-factor-flow.js';

const FIELD_OF_PATH: Readonly<Record<string, TwoFactorField>> = {
  reason: 'reason',
  contactEmail: 'email',
  note: 'note',
};

/**
 * Shows a failed lost-2FA request where it belongs: a sign-in challenge that is gone sends the user back to the
 * options with "log in again"; a request already under review opens its status when the element knows its ticket;
 * an account without an authenticator is told how it logs in instead; what the user typed stays.
 */
export function showTwoFactorFailure(flow: TwoFactorFlow, error: unknown): void {
  const { feedback, i18n } = flow;
  const t = () => i18n.t.twoFactorReset;
  if (!isTillitError(error)) return feedback.showError('unknown');
  if (showBackendFieldErrors(feedback, i18n, error, (path) => FIELD_OF_PATH[path])) return;
  switch (error.code) {
    case 'challenge_expired':
      flow.challengeGone = true;
      flow.go('options');
      return feedback.showAlert(() => t().signInExpired);
    case 'invalid_code': {
      // A wrong phrase (the contract counts it as a wrong code of the challenge): on the first box, the words kept.
      const left = error.problem?.attemptsRemaining;
      return feedback.show({ word0: () => (left === undefined ? t().phraseWrong : `${t().phraseWrong} ${i18n.t.common.attemptsLeft({ count: left })}.`) });
    }
    case 'too_many_attempts':
      flow.challengeGone = true;
      flow.go('options');
      return feedback.showAlert(() => t().phraseBurned);
    case 'not_bound':
      return feedback.showAlert(() => t().notBound);
    case 'request_pending':
      // The request form then offers its status, when the element knows the request's ticket.
      return feedback.showAlert(() => (flow.ticket ? t().pendingExists : i18n.error(error)));
    case 'not_found':
      flow.status = undefined;
      return feedback.showAlert(() => t().notFound);
    default:
      return feedback.showAlert(() => i18n.error(error));
  }
}
