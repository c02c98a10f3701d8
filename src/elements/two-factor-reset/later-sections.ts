import type { LocalizedMessages } from '../../controllers/localize-controller.js';
import { recoveryPhraseMessages } from '../../i18n/recovery-phrase.js';
import { withdrawalLockMessages } from '../../i18n/withdrawal-lock.js';
import type { twoFactorResetSections } from './messages.js';

/**
 * The sections the later steps add when they load (TwoFactorFlow adds them before the part goes on): the recovery
 * phrase's word boxes, the withdrawal lock's. Their English travels in the later steps' chunk.
 */
export const laterSections = {
  withdrawalLock: withdrawalLockMessages,
  recoveryPhrase: recoveryPhraseMessages,
};

export type LaterSections = typeof laterSections;

/** Every section the later steps read: the element's and their own. */
export type TwoFactorMessages = LocalizedMessages<typeof twoFactorResetSections & LaterSections>;
