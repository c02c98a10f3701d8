import { defineElement } from '../define-element.js';
import { TotpSetup } from './totp-setup.js';

defineElement('totp-setup', TotpSetup);

export { TotpSetup };
export type { CancelledEvent } from '../../events/cancelled.js';
export type { RecoveryPhraseConfirmedEvent } from '../../events/recovery-phrase-confirmed.js';
export type { StepChangeEvent } from '../../events/step-change.js';
export type { TotpEnabledEvent } from '../../events/totp-enabled.js';
export type { VerifiedEvent } from '../../events/verified.js';
export type { TotpSetupStep } from './setup-flow.js';
export type { TotpSetupClient } from './totp-setup-client.js';

declare global {
  interface HTMLElementTagNameMap {
    'totp-setup': TotpSetup;
  }
}
