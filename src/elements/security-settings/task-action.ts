import type { SensitiveAction } from '../../contract/index.js';
import type { Task } from './settings-context.js';

/**
 * The step-up action a task needs, or undefined for one that needs none (renaming a passkey). Only a task's steps
 * ask (the form's consequences, the step-up), so it lives in the task part, not with the overview.
 */
export function actionOf(task: Task): SensitiveAction | undefined {
  switch (task.kind) {
    case 'contact':
      return `${task.change ? 'change' : 'bind'}_${task.contact}`;
    case 'unbind':
      return `unbind_${task.contact}`;
    case 'contact-two-factor':
      return `${task.enabled ? 'enable' : 'disable'}_${task.contact}_two_factor`;
    case 'disable-totp':
      return 'disable_totp';
    case 'add-passkey':
      return 'register_passkey';
    case 'remove-passkey':
      return 'remove_passkey';
    case 'password':
      return 'change_password';
    case 'rename-passkey':
    case 'totp-setup':
    case 'recovery-phrase':
      // Renaming needs no step-up; the embedded elements run their own.
      return undefined;
  }
}
