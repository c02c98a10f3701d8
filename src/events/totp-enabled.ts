import type { WithdrawalLock } from '../contract/index.js';

/**
 * An authenticator app is bound to the account (`<totp-setup>` confirmed its first code). Fired at once, before
 * the recovery phrase step, so a host can refresh what it shows of the account's security; the key itself never
 * leaves the element. `withdrawalLock` is the lock the change started (withdrawals paused for 24 hours), if any.
 */
export class TotpEnabledEvent extends Event {
  static readonly type = 'tillit-totp-enabled';
  readonly enabledAt: string;
  readonly withdrawalLock: WithdrawalLock;
  constructor(enabledAt: string, withdrawalLock: WithdrawalLock) {
    super(TotpEnabledEvent.type, { bubbles: true, composed: true });
    this.enabledAt = enabledAt;
    this.withdrawalLock = withdrawalLock;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tillit-totp-enabled': TotpEnabledEvent;
  }
}
