import type { codeMessages } from '../../i18n/code.js';
import type { recoveryPhraseMessages } from '../../i18n/recovery-phrase.js';
import type { stepUpMessages } from '../../i18n/step-up.js';
import { recoveryKeyBackupMessages } from './messages.js';

/** The section `<recovery-key-backup>` reads from its first render: its own. */
export const recoveryKeyBackupSections = { recoveryKeyBackup: recoveryKeyBackupMessages };

/** The sections its flow adds when it loads (phrase-part.ts): the step-up's (with the code field's for its codes), the word boxes'. */
export type RecoveryLaterSections = { code: typeof codeMessages; stepUp: typeof stepUpMessages; recoveryPhrase: typeof recoveryPhraseMessages };

export type RecoveryKeyBackupSections = typeof recoveryKeyBackupSections & RecoveryLaterSections;
