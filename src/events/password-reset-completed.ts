import type { Identifier, PasswordResetCompleted } from '../contract/index.js';

/**
 * `<password-reset>` set the new password: the user can log in with it now. Every session of the account was
 * ended, and withdrawals stay disabled until `withdrawalLock.until` (24 hours). The element goes on to show that;
 * a host may log it or refresh what it shows of the account.
 */
export class PasswordResetCompletedEvent extends Event {
  static readonly type = 'tillit-password-reset-completed';
  readonly identifier: Identifier;
  readonly withdrawalLock: PasswordResetCompleted['withdrawalLock'];
  constructor(identifier: Identifier, withdrawalLock: PasswordResetCompleted['withdrawalLock']) {
    super(PasswordResetCompletedEvent.type, { bubbles: true, composed: true });
    this.identifier = identifier;
    this.withdrawalLock = withdrawalLock;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tillit-password-reset-completed': PasswordResetCompletedEvent;
  }
}
