import { codeMessages } from '../../i18n/code.js';
import { stepUpMessages } from '../../i18n/step-up.js';
import { recoveryKeyBackupMessages } from './messages.js';

/** Every section `<recovery-key-backup>` reads: its own, and the step-up's (with the code field's for its codes). */
export const recoveryKeyBackupSections = { recoveryKeyBackup: recoveryKeyBackupMessages, code: codeMessages, stepUp: stepUpMessages };

export type RecoveryKeyBackupSections = typeof recoveryKeyBackupSections;
