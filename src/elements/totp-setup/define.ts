import { defineElement } from '../define-element.js';
import { TotpSetup } from './totp-setup.js';

defineElement('totp-setup', TotpSetup);

export { TotpSetup };
export { CancelledEvent } from '../../events/cancelled.js';
export { RecoveryPhraseConfirmedEvent } from '../../events/recovery-phrase-confirmed.js';
export { StepChangeEvent } from '../../events/step-change.js';
export { TotpEnabledEvent } from '../../events/totp-enabled.js';
export { VerifiedEvent } from '../../events/verified.js';
export type { TotpSetupStep } from './setup-flow.js';
export type { TotpSetupClient } from './totp-setup-client.js';
export { parseOtpauth, type OtpauthDetails } from './otpauth.js';

declare global {
  interface HTMLElementTagNameMap {
    'totp-setup': TotpSetup;
  }
}
