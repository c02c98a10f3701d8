import type { LocalizedMessages } from '../../controllers/localize-controller.js';
import { codeMessages } from '../../i18n/code.js';
import { newPasswordMessages } from '../../i18n/new-password.js';
import { withdrawalLockMessages } from '../../i18n/withdrawal-lock.js';
import type { passwordResetSections } from './messages.js';

/**
 * The sections the later steps add when they load (ResetFlow adds them before the part goes on): the code form's,
 * the new password's, the withdrawal lock's. Their English travels in the later steps' chunk, so a page where no
 * reset gets past the identifier does not download it.
 */
export const laterSections = {
  code: codeMessages,
  newPassword: newPasswordMessages,
  withdrawalLock: withdrawalLockMessages,
};

export type LaterSections = typeof laterSections;

/** Every section the later steps read: the element's and their own. */
export type ResetMessages = LocalizedMessages<typeof passwordResetSections & LaterSections>;
