import type { LocalizedMessages } from '../../controllers/localize-controller.js';
import { codeMessages } from '../../i18n/code.js';
import { newPasswordMessages } from '../../i18n/new-password.js';
import { stepUpMessages } from '../../i18n/step-up.js';
import { withdrawalLockMessages } from '../../i18n/withdrawal-lock.js';
import type { securitySettingsSections } from './messages.js';

/**
 * The sections a task adds when the task part loads (SettingsFlow adds them before the part goes on): the step-up's,
 * the code form's, the new-password fields'. Their English travels in the task part's chunk, so a
 * page that only shows the overview does not download it.
 */
export const taskSections = {
  code: codeMessages,
  stepUp: stepUpMessages,
  newPassword: newPasswordMessages,
  // Also the overview part's (the lock notice): a task states the lock before it is committed, and after.
  withdrawalLock: withdrawalLockMessages,
};

export type TaskSections = typeof taskSections;

/** Every section a task's views read: the element's and the task part's. */
export type SettingsMessages = LocalizedMessages<typeof securitySettingsSections & TaskSections>;
