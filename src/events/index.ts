/**
 * `tillit/events`: the event classes every tillit element fires, one per kind, with their
 * `GlobalEventHandlersEventMap` entries. No client and no element: importing this registers nothing, so a host
 * can type its listeners (or test `instanceof`) without loading an element.
 *
 *   import type { StepChangeEvent } from 'tillit/events';
 */
export { StepChangeEvent } from './step-change.js';
export { SignedInEvent, type SignInMethod } from './signed-in.js';
export { ForgotPasswordEvent } from './forgot-password.js';
export { LostTwoFactorEvent } from './lost-two-factor.js';
export { VerifiedEvent } from './verified.js';
export { TotpEnabledEvent } from './totp-enabled.js';
export { RecoveryPhraseConfirmedEvent } from './recovery-phrase-confirmed.js';
export { CancelledEvent } from './cancelled.js';
export { SecurityChangedEvent, type SecurityChange } from './security-changed.js';
export { KycStatusChangeEvent } from './kyc-status-change.js';
export { SignInRequestedEvent } from './sign-in-requested.js';
export { PasswordResetCompletedEvent } from './password-reset-completed.js';
export { TwoFactorResetRequestedEvent, type TwoFactorResetTicket } from './two-factor-reset-requested.js';
export type { LostTwoFactorChallenge } from './lost-two-factor.js';
export { AuthenticatorRestoredEvent } from './authenticator-restored.js';
