import type { Hono } from 'hono';
import { testingEndpoints } from '../../src/contract/index.js';
import { isoInstant } from '../core/clock.js';
import type { BackendContext } from '../core/context.js';
import { randomToken } from '../core/ids.js';
import { ApiProblem } from '../core/problem.js';
import { route } from '../core/router.js';
import { authorizeSocialCode } from './social-sign-in.js';

/**
 * The core testing-mode rows (the router answers 404 for them unless `options.testing`): accounts made to order,
 * the dev outbox, the movable clock, captcha tokens and the identity provider's half of social sign-in.
 */
export function registerTesting(app: Hono, ctx: BackendContext): void {
  route(app, ctx, testingEndpoints.createTestAccount, async (input) => {
    for (const value of [input.email, input.phone]) {
      if (value && ctx.users.availability(value).taken) throw new ApiProblem('identifier_taken');
    }
    // An account must be reachable somehow: without e-mail or phone it gets a fresh address.
    const email = input.email ?? (input.phone ? null : `test-${randomToken(9).toLowerCase()}@example.test`);
    const password = input.passwordless ? null : (input.password ?? `pw-${randomToken(12)}`);
    const user = await ctx.users.create({
      email,
      phone: input.phone ?? null,
      password,
      totpSecret: input.totpSecret ?? null,
      smsTwoFactor: input.smsTwoFactor ?? false,
      emailTwoFactor: input.emailTwoFactor ?? false,
      ...(input.displayName ? { displayName: input.displayName } : {}),
    });
    const kycLevel = input.kycLevel ?? 0;
    if (kycLevel > 0) {
      const [firstName = 'Test', lastName = 'User'] = user.displayName.split(' ');
      user.kyc = { level: kycLevel, profile: { country: 'SE', firstName, lastName }, submission: null };
    }
    return {
      userId: user.id,
      displayName: user.displayName,
      email: user.email,
      phone: user.phone,
      password,
      totpSecret: user.totp?.secret ?? null,
      smsTwoFactor: user.smsTwoFactor,
      emailTwoFactor: user.emailTwoFactor,
      kycLevel: user.kyc.level,
    };
  });

  route(app, ctx, testingEndpoints.createTestSession, ({ userId }) => {
    if (!ctx.users.get(userId)) throw new ApiProblem('not_found');
    const session = ctx.sessions.create(userId, 'bearer');
    return { token: session.token, expiresAt: isoInstant(session.expiresAtMs) };
  });

  route(app, ctx, testingEndpoints.readOutbox, ({ to }) => {
    const wanted = to?.toLowerCase();
    return { messages: ctx.outbox.filter((m) => wanted === undefined || m.to.toLowerCase() === wanted) };
  });

  route(app, ctx, testingEndpoints.advanceClock, ({ seconds }) => {
    ctx.clock.advance(seconds);
    return { now: isoInstant(ctx.clock.nowMs()) };
  });

  route(app, ctx, testingEndpoints.readClock, () => ({ now: isoInstant(ctx.clock.nowMs()) }));

  route(app, ctx, testingEndpoints.issueCaptchaToken, () => ({ token: ctx.captcha.issue() }));

  route(app, ctx, testingEndpoints.authorizeSocial, ({ provider, state, subject, email }) => ({
    code: authorizeSocialCode(ctx, provider, state, subject, email),
  }));

  route(app, ctx, testingEndpoints.linkSocialIdentity, ({ userId, provider, subject }) => {
    const user = ctx.users.get(userId);
    if (!user) throw new ApiProblem('not_found');
    if (!user.socialLinks.some((l) => l.provider === provider && l.subject === subject)) {
      user.socialLinks.push({ provider, subject });
    }
  });
}
