import type { Hono } from 'hono';
import { twoFactorResetEndpoints as rows } from '../../src/contract/index.js';
import { assertSecondFactorGuessesLeft, countWrongSecondFactor, uncountWrongSecondFactor } from '../core/challenges.js';
import { wrongAnswer } from '../core/codes.js';
import type { BackendContext } from '../core/context.js';
import { decoyHash, verifyPassword } from '../core/passwords.js';
import { ApiProblem } from '../core/problem.js';
import { route } from '../core/router.js';
import { phraseText } from './security/recovery-phrase.js';
import { fixPreferredMethod, lockWithdrawals } from './security/shared.js';
import { createTotpSetup } from './security/totp.js';
import { endChallenge, liveChallenge } from './sign-in-challenges.js';
import { recordSuccess } from './sign-in-failures.js';
import { cancelPendingRequests } from './two-factor-reset.js';

/*
 * "Lost authenticator", the self-service way: the recovery phrase saved at binding stands in for the authenticator.
 * The sign-in challenge proves the first factor (the password was checked by signIn, under its limits); the phrase is
 * the second. What it proves is what a full sign-in proves, so it signs in, and hands over a new authenticator's setup
 * at once, as FLOWS.md asks ("bind a new authenticator at once").
 */
export function registerRestoreAuthenticator(app: Hono, ctx: BackendContext): void {
  route(app, ctx, rows.restoreAuthenticator, ({ challengeId, words }, call) => {
    const { user } = liveChallenge(ctx, challengeId);
    // One restore of an account at a time; the guesses are counted before the slow hash, so codes sent to the same
    // account meanwhile see them (`atomic-limits`).
    return ctx.serial.run(`restore:${user.id}`, async () => {
      const { challenge } = liveChallenge(ctx, challengeId);
      if (!user.totp) throw new ApiProblem('not_bound');
      assertSecondFactorGuessesLeft(ctx, user);
      countWrongSecondFactor(ctx, user);
      challenge.wrongCodes += 1;

      const phrase = user.recoveryPhrase?.confirmedAt ? user.recoveryPhrase : null;
      // Without an active phrase the answer (and its time) is that of a wrong one: no oracle for whether one exists.
      const matches = (await verifyPassword(phraseText(words), phrase?.hash ?? (await decoyHash()))) && phrase !== null;
      if (!matches) throw wrongAnswer(challenge.wrongCodes, () => endChallenge(ctx, challengeId));
      uncountWrongSecondFactor(ctx, user);

      endChallenge(ctx, challengeId);
      user.totp = null;
      user.recoveryPhrase = null;
      fixPreferredMethod(user);
      cancelPendingRequests(ctx, user.id);
      recordSuccess(ctx, user);
      return {
        status: 'signed_in' as const,
        session: call.signIn(user),
        withdrawalLock: lockWithdrawals(ctx, user, 'two_factor_change'),
        totpSetup: createTotpSetup(ctx, user),
      };
    });
  });
}
