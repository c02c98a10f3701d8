import type { Hono } from 'hono';
import { securityEndpoints as rows } from '../../../src/contract/index.js';
import type { BackendContext } from '../../core/context.js';
import { ApiProblem } from '../../core/problem.js';
import { route } from '../../core/router.js';
import { currentLock, fixPreferredMethod, isLastSecondFactor, lockWithdrawals } from './shared.js';

/**
 * The switch beside a bound e-mail or phone: whether its codes are a sign-in second factor. The rules come before
 * the token (nothing bound, the last second factor), so a refused change costs no step-up; a request for the
 * setting already in place changes nothing and needs none. Turning codes off locks withdrawals for 24 hours.
 */
export function registerContactTwoFactorRoutes(app: Hono, ctx: BackendContext): void {
  route(app, ctx, rows.setContactTwoFactor, ({ kind, enabled, verificationToken }, call) => {
    const user = call.user!;
    const isBound = kind === 'email' ? user.email !== null : user.phone !== null;
    if (!isBound) throw new ApiProblem('not_bound');
    const now = kind === 'email' ? user.emailTwoFactor : user.smsTwoFactor;
    if (now === enabled) return { twoFactor: now, withdrawalLock: currentLock(ctx, user) };
    if (!enabled && isLastSecondFactor(user, kind === 'email' ? 'email' : 'sms')) throw new ApiProblem('last_factor');
    ctx.verifications.consume(verificationToken, call.session!, `${enabled ? 'enable' : 'disable'}_${kind}_two_factor`);

    if (kind === 'email') user.emailTwoFactor = enabled;
    else user.smsTwoFactor = enabled;
    // Also makes a first second factor the one offered first at sign-in.
    fixPreferredMethod(user);
    const withdrawalLock = enabled ? currentLock(ctx, user) : lockWithdrawals(ctx, user, 'two_factor_change');
    return { twoFactor: enabled, withdrawalLock };
  });
}
