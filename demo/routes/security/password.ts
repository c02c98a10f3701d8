import type { Hono } from 'hono';
import { securityEndpoints as rows } from '../../../src/contract/index.js';
import { isoInstant } from '../../core/clock.js';
import type { BackendContext } from '../../core/context.js';
import { decoyHash, hashPassword, verifyPassword, weakPasswordReason } from '../../core/passwords.js';
import { ApiProblem } from '../../core/problem.js';
import { route } from '../../core/router.js';
import { lockWithdrawals } from './shared.js';

/** Wrong current passwords per account and window: a stolen session is no way to guess the password. */
export const CURRENT_PASSWORD_GUESSES = 5;
export const CURRENT_PASSWORD_WINDOW_SECONDS = 15 * 60;

/** "Change password" while signed in: the current password and a step-up, then every other device is signed out. */
export function registerPasswordRoutes(app: Hono, ctx: BackendContext): void {
  route(app, ctx, rows.changePassword, ({ currentPassword, newPassword, verificationToken }, call) => {
    const user = call.user!;
    const key = `change-password:${user.id}`;
    // Checked and counted in one lane per account, so parallel guesses cannot all slip under the limit.
    return ctx.serial.run(key, async () => {
      const wait = ctx.limiter.peek(key, CURRENT_PASSWORD_GUESSES, CURRENT_PASSWORD_WINDOW_SECONDS);
      if (wait > 0) throw new ApiProblem('rate_limited', { retryAfter: wait });
      const hash = user.passwordHash;
      const matches = (await verifyPassword(currentPassword, hash ?? (await decoyHash()))) && hash !== null;
      if (!matches) {
        ctx.limiter.hit(key, Number.MAX_SAFE_INTEGER, CURRENT_PASSWORD_WINDOW_SECONDS);
        throw new ApiProblem('invalid_credentials');
      }
      const identifiers = [user.email, user.phone].filter((v): v is string => v !== null);
      if (weakPasswordReason(newPassword, identifiers) || newPassword === currentPassword) {
        throw new ApiProblem('password_too_weak', { fields: [{ path: 'newPassword', code: 'not_allowed' }] });
      }
      // Own checks passed: only now is the step-up spent (`token-order`).
      ctx.verifications.consume(verificationToken, call.session!, 'change_password');
      user.passwordHash = await hashPassword(newPassword);
      user.passwordChangedAt = isoInstant(ctx.clock.nowMs());
      ctx.sessions.endAllFor(user.id, call.session!.token);
      return { withdrawalLock: lockWithdrawals(ctx, user, 'password_change'), signedOutOtherSessions: true as const };
    });
  });
}
