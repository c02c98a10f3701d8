import type { AuthenticatorRestored, Session, TotpSetup } from '../contract/index.js';

/**
 * `<two-factor-reset>` restored the account with the recovery phrase: the user is logged in (`session`), the lost
 * authenticator is gone, withdrawals are locked (`withdrawalLock`), and `totpSetup` is the new authenticator to
 * bind now: hand it to `<totp-setup>` (`.setup`), which confirms it without a step-up. `totpSetup` holds the new
 * secret: keep it in memory only, never in storage, a URL or a log.
 */
export class AuthenticatorRestoredEvent extends Event {
  static readonly type = 'tillit-authenticator-restored';
  readonly session: Session;
  readonly withdrawalLock: AuthenticatorRestored['withdrawalLock'];
  readonly totpSetup: TotpSetup;
  constructor(restored: AuthenticatorRestored) {
    super(AuthenticatorRestoredEvent.type, { bubbles: true, composed: true });
    this.session = restored.session;
    this.withdrawalLock = restored.withdrawalLock;
    this.totpSetup = restored.totpSetup;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tillit-authenticator-restored': AuthenticatorRestoredEvent;
  }
}
