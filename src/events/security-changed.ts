import type { WithdrawalLock } from '../contract/index.js';

/**
 * What `<security-settings>` changed, in the contract's step-up action names (`bind_email`, `change_phone`,
 * `unbind_email`, `setup_totp`, `disable_totp`, `issue_recovery_phrase`, `register_passkey`, `remove_passkey`, `change_password`,
 * `disable_phone_two_factor`, ...).
 */
export type SecurityChange =
  | 'bind_email'
  | 'change_email'
  | 'bind_phone'
  | 'change_phone'
  | 'unbind_email'
  | 'unbind_phone'
  | 'setup_totp'
  | 'disable_totp'
  | 'issue_recovery_phrase'
  | 'register_passkey'
  | 'remove_passkey'
  | 'change_password'
  | 'enable_email_two_factor'
  | 'disable_email_two_factor'
  | 'enable_phone_two_factor'
  | 'disable_phone_two_factor';

/**
 * A security setting of the signed-in account changed. `withdrawalLock` is the lock in force afterwards (a
 * contact, 2FA or password change pauses withdrawals for 24 hours), so a host can update its withdrawal page.
 */
export class SecurityChangedEvent extends Event {
  static readonly type = 'tillit-security-changed';
  readonly change: SecurityChange;
  readonly withdrawalLock: WithdrawalLock;
  constructor(change: SecurityChange, withdrawalLock: WithdrawalLock) {
    super(SecurityChangedEvent.type, { bubbles: true, composed: true });
    this.change = change;
    this.withdrawalLock = withdrawalLock;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tillit-security-changed': SecurityChangedEvent;
  }
}
