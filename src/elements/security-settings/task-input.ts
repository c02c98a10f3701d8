import type { Wording } from '../../controllers/form-feedback-controller.js';
import type { FormFeedbackController } from '../../controllers/form-feedback-controller.js';
import type { CallingCode } from '../shared/countries.js';
import type { NewPasswordController } from '../shared/new-password-controller.js';
import { readIdentifier } from '../shared/identifier.js';
import { identifierProblemText } from '../shared/identifier-problem.js';
import type { SettingsMessages } from './task-sections.js';
import type { SettingsField, Task } from './settings-context.js';

/** What a task's form holds, read and checked on submit: the value to send, or the errors to show. */
export type TaskInput =
  | { readonly ok: true; readonly value?: string; readonly name?: string; readonly currentPassword?: string; readonly newPassword?: string }
  | { readonly ok: false; readonly errors: Partial<Record<SettingsField, Wording>> };

export interface InputWords {
  readonly t: SettingsMessages;
  readonly locale: string;
}

type PhoneInput = typeof import('../shared/phone-input.js');

/**
 * Reads the fields of `task`'s form (checked on submit only, never on blur; the backend has the last word). The
 * phone number is read for the chosen country, so the phone field's module must be loaded for a phone task.
 */
export function readTaskInput(
  task: Task,
  feedback: FormFeedbackController<SettingsField>,
  words: InputWords,
  phone: { module: PhoneInput; country: CallingCode } | undefined,
  newPassword: Pick<NewPasswordController<SettingsField>, 'validate' | 'password'>,
): TaskInput {
  const s = () => words.t.securitySettings;
  switch (task.kind) {
    case 'contact': {
      feedback.readFields(task.contact);
      const read = readIdentifier(task.contact, {
        email: feedback.value('email'),
        phone: phone && phone.module.toE164(feedback.value('phone'), phone.country),
      });
      if ('identifier' in read) {
        const { identifier } = read;
        return { ok: true, value: identifier.type === 'email' ? identifier.email : identifier.phone };
      }
      const { problem } = read;
      if (problem.field === 'email' || !phone) {
        const id = () => words.t.identifier;
        return { ok: false, errors: { email: () => (problem.problem === 'required' ? id().emailRequired : id().emailInvalid) } };
      }
      return { ok: false, errors: { phone: identifierProblemText(problem, words, phone.country) } };
    }
    case 'add-passkey':
    case 'rename-passkey': {
      feedback.readFields('name');
      const name = feedback.value('name').trim();
      if (name === '') return { ok: false, errors: { name: () => s().passkeyNameRequired } };
      if ([...name].length > 64) return { ok: false, errors: { name: () => s().passkeyNameTooLong } };
      return { ok: true, name };
    }
    case 'password': {
      feedback.readFields('currentPassword');
      const currentPassword = feedback.value('currentPassword');
      // The new password's policy and its repeat: the shared new-password fields' own checks.
      const errors: Partial<Record<SettingsField, Wording>> = newPassword.validate();
      if (currentPassword === '') errors.currentPassword = () => s().currentRequired;
      return Object.keys(errors).length ? { ok: false, errors } : { ok: true, currentPassword, newPassword: newPassword.password };
    }
    default:
      return { ok: true };
  }
}
