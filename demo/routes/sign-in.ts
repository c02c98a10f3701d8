import type { Hono } from 'hono';
import { endpoints } from '../../src/contract/index.js';
import { verifyChallengeCode } from '../core/challenges.js';
import type { BackendContext } from '../core/context.js';
import { identifierValue } from '../core/model.js';
import { decoyHash, verifyPassword } from '../core/passwords.js';
import { ApiProblem } from '../core/problem.js';
import { route } from '../core/router.js';
import { passkeySignInOptions, verifyPasskeySignIn } from '../core/webauthn.js';
import { answerFirstFactor, codePurpose, endChallenge, liveChallenge } from './sign-in-challenges.js';
import { admitAttempt, assertNotLocked, failureCounter, recordFailure, recordSuccess } from './sign-in-failures.js';

/** Password sign-in, its second-factor challenge, and passkey sign-in. Google/Apple: social-sign-in.ts. */
export function registerSignIn(app: Hono, ctx: BackendContext): void {
  // One identifier's attempts run one after the other: admission, password check and count are one step.
  route(app, ctx, endpoints.signIn, ({ identifier, password, captchaToken }, call) =>
    ctx.serial.run(`sign-in:${identifierValue(identifier)}`, async () => {
      const user = ctx.users.findByIdentifier(identifier);
      const counter = failureCounter(ctx, identifier, user);
      admitAttempt(ctx, identifier, counter, call.client, captchaToken);
      // Unknown and passwordless accounts are checked against a decoy hash so every answer takes the same time.
      const hash = user?.passwordHash ?? null;
      const matches = (await verifyPassword(password, hash ?? (await decoyHash()))) && hash !== null;
      if (!user || !matches) recordFailure(ctx, counter);
      recordSuccess(ctx, user, call.client);
      return answerFirstFactor(ctx, call, user);
    }),
  );

  route(app, ctx, endpoints.sendSignInCode, ({ challengeId, channel }) => {
    const { challenge, user } = liveChallenge(ctx, challengeId);
    const to = channel === 'sms' ? user.phone : user.email;
    if (!challenge.methods.includes(channel) || !to) throw new ApiProblem('method_not_available');
    return ctx.codes.send(codePurpose(challengeId, channel), channel, to, (code) =>
      `${code} is your tillit demo sign-in code. It works for 10 minutes. Never share it with anyone.`,
    );
  });

  route(app, ctx, endpoints.verifySignInCode, ({ challengeId, method, code }, call) => {
    const { challenge, user } = liveChallenge(ctx, challengeId);
    if (!challenge.methods.includes(method)) throw new ApiProblem('method_not_available');
    verifyChallengeCode(ctx, {
      user,
      method,
      code,
      purpose: (channel) => codePurpose(challengeId, channel),
      challenge,
      burn: () => endChallenge(ctx, challengeId),
    });
    endChallenge(ctx, challengeId);
    user.preferredMethod = method;
    return { status: 'signed_in' as const, session: call.signIn(user) };
  });

  route(app, ctx, endpoints.passkeySignInOptions, () => passkeySignInOptions(ctx));

  route(app, ctx, endpoints.passkeySignIn, async ({ challengeId, response }, call) => {
    const user = await verifyPasskeySignIn(ctx, challengeId, response);
    assertNotLocked(ctx, user);
    recordSuccess(ctx, user);
    return { status: 'signed_in' as const, session: call.signIn(user) };
  });
}
