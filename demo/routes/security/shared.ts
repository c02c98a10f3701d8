import type { SecondFactorMethod, SecurityOverview, WithdrawalLock } from '../../../src/contract/index.js';
import { HOUR, isoInstant } from '../../core/clock.js';
import type { BackendContext } from '../../core/context.js';
import { maskEmail, maskPhone, secondFactorsOf, type PasskeyRecord, type UserRecord } from '../../core/model.js';

/** Any change to 2FA or to the bound e-mail/phone suspends withdrawals this long. */
export const WITHDRAWAL_LOCK_SECONDS = 24 * HOUR;

type LockReason = NonNullable<WithdrawalLock>['reason'];

/** Starts (or restarts) the 24 h withdrawal lock; a later change always pushes `until` further out. */
export function lockWithdrawals<R extends LockReason>(ctx: BackendContext, user: UserRecord, reason: R): { until: string; reason: R } {
  const lock = { until: isoInstant(ctx.clock.nowMs() + WITHDRAWAL_LOCK_SECONDS * 1000), reason };
  user.withdrawalLock = lock;
  return lock;
}

/** The lock as the user sees it now: an expired lock is cleared so it stops showing anywhere. */
export function currentLock(ctx: BackendContext, user: UserRecord): WithdrawalLock {
  const lock = user.withdrawalLock;
  if (lock && Date.parse(lock.until) <= ctx.clock.nowMs()) user.withdrawalLock = null;
  return user.withdrawalLock;
}

/**
 * Whether turning `factor` off would leave an account that has 2FA without any: the policy is that an account
 * with a second factor keeps at least one (FLOWS.md, "refuses to leave the account without a second factor").
 */
export function isLastSecondFactor(user: UserRecord, factor: SecondFactorMethod): boolean {
  const on = secondFactorsOf(user);
  return on.length === 1 && on[0] === factor;
}

/** After a factor goes away, the method offered first at sign-in must be one the account still has. */
export function fixPreferredMethod(user: UserRecord): void {
  const on = secondFactorsOf(user);
  if (user.preferredMethod === null || !on.includes(user.preferredMethod)) user.preferredMethod = on[0] ?? null;
}

export function passkeyView(p: PasskeyRecord): SecurityOverview['passkeys'][number] {
  return { id: p.id, name: p.name, createdAt: p.createdAt, lastUsedAt: p.lastUsedAt };
}

export function overview(ctx: BackendContext, user: UserRecord): SecurityOverview {
  const phrase = user.recoveryPhrase;
  return {
    email: user.email ? { address: maskEmail(user.email), twoFactor: user.emailTwoFactor } : null,
    phone: user.phone ? { number: maskPhone(user.phone), twoFactor: user.smsTwoFactor } : null,
    totp: user.totp ? { enabledAt: user.totp.enabledAt } : null,
    passkeys: user.passkeys.map(passkeyView),
    // Only an active (confirmed) phrase is described; the words are never kept, so never returned.
    recoveryPhrase: phrase?.confirmedAt ? { issuedAt: phrase.issuedAt, confirmedAt: phrase.confirmedAt } : null,
    password: user.passwordChangedAt ? { changedAt: user.passwordChangedAt } : null,
    withdrawalLock: currentLock(ctx, user),
  };
}
