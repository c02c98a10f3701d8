import { defineElement } from '../define-element.js';
import { TwoFactorReset } from './two-factor-reset.js';

defineElement('two-factor-reset', TwoFactorReset);

export { TwoFactorReset };
export type { AuthenticatorRestoredEvent } from '../../events/authenticator-restored.js';
export type { SignInRequestedEvent } from '../../events/sign-in-requested.js';
export type { StepChangeEvent } from '../../events/step-change.js';
export type { TwoFactorResetRequestedEvent, TwoFactorResetTicket } from '../../events/two-factor-reset-requested.js';
export type { LostTwoFactorChallenge } from '../../events/lost-two-factor.js';
export type { TwoFactorResetClient, TwoFactorResetStep } from './two-factor-context.js';

declare global {
  interface HTMLElementTagNameMap {
    'two-factor-reset': TwoFactorReset;
  }
}
