import type { Hono } from 'hono';
import { securityEndpoints as rows, type TotpSetup } from '../../../src/contract/index.js';
import { livePending } from '../../core/challenges.js';
import { MINUTE, isoInstant } from '../../core/clock.js';
import { wrongAnswer } from '../../core/codes.js';
import type { BackendContext } from '../../core/context.js';
import { randomId } from '../../core/ids.js';
import type { UserRecord } from '../../core/model.js';
import { ApiProblem } from '../../core/problem.js';
import { route } from '../../core/router.js';
import { newTotp, newTotpSecret, verifyTotp } from '../../core/totp.js';
import { issuePhrase } from './recovery-phrase.js';
import { fixPreferredMethod, isLastSecondFactor, lockWithdrawals } from './shared.js';

export const TOTP_SETUP_SECONDS = 10 * MINUTE;

/** An authenticator being set up: the secret is bound to the account only once a code from it is confirmed. */
interface Setup {
  id: string;
  userId: string;
  secret: string;
  expiresAtMs: number;
  wrongCodes: number;
}

const setupsOf = (ctx: BackendContext) => ctx.state('security-totp-setups', () => new Map<string, Setup>());

/**
 * A new authenticator setup for `user` (after a step-up, or a restore with the recovery phrase): a fresh secret that
 * binds only once a code from it is confirmed. One setup at a time: a new QR code makes the one shown before useless.
 */
export function createTotpSetup(ctx: BackendContext, user: UserRecord): TotpSetup {
  const setups = setupsOf(ctx);
  for (const s of setups.values()) if (s.userId === user.id) setups.delete(s.id);
  const setup: Setup = {
    id: randomId('tsu'),
    userId: user.id,
    secret: newTotpSecret(),
    expiresAtMs: ctx.clock.nowMs() + TOTP_SETUP_SECONDS * 1000,
    wrongCodes: 0,
  };
  setups.set(setup.id, setup);
  const label = user.email ?? user.phone ?? user.displayName;
  return {
    setupId: setup.id,
    otpauthUri: newTotp(setup.secret, label).toString(),
    secret: setup.secret,
    expiresAt: isoInstant(setup.expiresAtMs),
  };
}

export function registerTotpRoutes(app: Hono, ctx: BackendContext): void {
  const setups = setupsOf(ctx);

  route(app, ctx, rows.startTotpSetup, ({ verificationToken }, call) => {
    const user = call.user!;
    if (user.totp) throw new ApiProblem('already_bound');
    ctx.verifications.consume(verificationToken, call.session!, 'setup_totp');
    return createTotpSetup(ctx, user);
  });

  route(app, ctx, rows.confirmTotpSetup, ({ setupId, code }, call) => {
    const user = call.user!;
    const setup = livePending(ctx, setups, setupId, user);
    let step: number;
    try {
      step = verifyTotp(setup.secret, code, 0, ctx.clock.nowMs());
    } catch {
      throw wrongAnswer(++setup.wrongCodes, () => setups.delete(setupId));
    }
    setups.delete(setupId);
    const enabledAt = isoInstant(ctx.clock.nowMs());
    // The confirming code's step counts as used: it cannot also pass a sign-in or step-up (replay).
    user.totp = { secret: setup.secret, lastStep: step, enabledAt };
    user.preferredMethod ??= 'totp';
    return {
      enabledAt,
      withdrawalLock: lockWithdrawals(ctx, user, 'two_factor_change'),
      // Issued with the binding: saving it then needs no step-up of its own (the setup's step-up covered both).
      recoveryPhrase: user.recoveryPhrase?.confirmedAt ? null : issuePhrase(ctx, user),
    };
  });

  route(app, ctx, rows.disableTotp, ({ verificationToken }, call) => {
    const user = call.user!;
    if (!user.totp) throw new ApiProblem('not_bound');
    if (isLastSecondFactor(user, 'totp')) throw new ApiProblem('last_factor');
    ctx.verifications.consume(verificationToken, call.session!, 'disable_totp');
    user.totp = null;
    fixPreferredMethod(user);
    return { withdrawalLock: lockWithdrawals(ctx, user, 'two_factor_change') };
  });
}
