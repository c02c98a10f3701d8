import { showBackendFieldErrors } from '../../controllers/backend-field-errors.js';
import { isTillitError, type TillitError } from '../../client/errors.js';
import type { Wording } from '../../controllers/form-feedback-controller.js';
import { passkeyFailure } from '../../passkeys/failure.js';
import type { SettingsField } from './settings-context.js';
import type { SettingsFlow } from './settings-flow.js';

/** Backend paths of the task inputs, and the field each is shown on. */
function fieldFor(flow: SettingsFlow, path: string): SettingsField | undefined {
  const task = flow.task;
  if (path === 'value' && task?.kind === 'contact') return task.contact;
  if (path === 'name') return 'name';
  if (path === 'currentPassword' || path === 'newPassword') return path;
  return undefined;
}

/** Failures that belong to a field of the task's form. */
function onField(flow: SettingsFlow, error: TillitError): { field: SettingsField; text: Wording } | undefined {
  const task = flow.task;
  const message: Wording = () => flow.i18n.error(error);
  switch (error.code) {
    case 'invalid_credentials':
      return { field: 'currentPassword', text: () => flow.i18n.t.securitySettings.currentWrong };
    case 'password_too_weak':
      return { field: 'newPassword', text: message };
    case 'identifier_taken':
    case 'identifier_in_cooldown':
    case 'already_bound':
      return task?.kind === 'contact' ? { field: task.contact, text: message } : undefined;
    default:
      return undefined;
  }
}

/**
 * Shows why a task failed, on the field it concerns where there is one (the summary links to it), else as the
 * alert: the catalog's words for the contract's codes, the passkey prompt's own outcomes, and "change the e-mail
 * needs an authenticator and a phone" with its way out. Something that is gone (`not_found`, `not_bound`) reloads
 * the overview, which was out of date.
 */
export async function showTaskFailure(flow: SettingsFlow, error: unknown): Promise<void> {
  const { feedback, i18n } = flow;
  const s = () => i18n.t.securitySettings;
  if (!isTillitError(error)) {
    const failure = passkeyFailure(error);
    if (failure === 'aborted') return;
    if (failure === 'failed') console.error('tillit: creating a passkey failed', error);
    const key = ({ cancelled: 'passkeyCancelled', exists: 'passkeyExists', unsupported: 'passkeyUnsupported', failed: 'passkeyError' } as const)[failure];
    return feedback.showAlert(() => s()[key]);
  }
  if (showBackendFieldErrors(feedback, i18n, error, (path) => fieldFor(flow, path))) return;
  const field = onField(flow, error);
  if (field) {
    feedback.clear(...(field.field === 'currentPassword' ? (['currentPassword'] as const) : []));
    return feedback.showFieldErrors({ [field.field]: field.text });
  }
  if (error.code === 'prerequisite_missing' && flow.task?.kind === 'contact' && flow.task.contact === 'email') {
    return feedback.showAlert(() => s().emailChangeNeeds);
  }
  if (error.code === 'not_found' || error.code === 'not_bound') flow.load();
  feedback.showError(error);
}
