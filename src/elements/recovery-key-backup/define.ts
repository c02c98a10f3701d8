import { defineElement } from '../define-element.js';
import { RecoveryKeyBackup } from './recovery-key-backup.js';

defineElement('recovery-key-backup', RecoveryKeyBackup);

export { RecoveryKeyBackup };
export type { CancelledEvent } from '../../events/cancelled.js';
export type { RecoveryPhraseConfirmedEvent } from '../../events/recovery-phrase-confirmed.js';
export type { StepChangeEvent } from '../../events/step-change.js';
export type { VerifiedEvent } from '../../events/verified.js';
export type { RecoveryStep } from './phrase-flow.js';
export type { IssuedRecoveryPhrase, RecoveryKeyBackupClient } from './recovery-client.js';

declare global {
  interface HTMLElementTagNameMap {
    'recovery-key-backup': RecoveryKeyBackup;
  }
}
