import type { AuthenticationResponseJSON } from '@simplewebauthn/server';
import type { Hono } from 'hono';
import {
  stepUpEndpoints as rows,
  stepUpTestingEndpoints as testingRows,
  type Factor,
  type SensitiveAction,
  type StepUpFactor,
} from '../../src/contract/index.js';
import { livePending, verifyChallengeCode } from '../core/challenges.js';
import { MINUTE, isoInstant } from '../core/clock.js';
import type { BackendContext } from '../core/context.js';
import { randomId } from '../core/ids.js';
import { maskEmail, maskPhone, type UserRecord } from '../core/model.js';
import { ApiProblem } from '../core/problem.js';
import { route } from '../core/router.js';
import { forgetCeremony, passkeyRequestOptions, verifyPasskeyAssertion, type AssertionScope } from '../core/webauthn.js';

export const STEP_UP_TTL_SECONDS = 10 * MINUTE;

interface StepUp {
  id: string;
  userId: string;
  action: SensitiveAction;
  /** Factor -> verified yet. */
  factors: Map<Factor, boolean>;
  expiresAtMs: number;
  wrongCodes: number;
  /** The pending WebAuthn ceremony of the passkey factor (core/webauthn.ts), if options were asked for. */
  passkeyChallengeId: string | null;
}

/**
 * The rule table of the contract (src/contract/step-up.ts): every factor the account has, a passkey standing in
 * for a missing authenticator, and the prerequisites of `change_email`. Pure, so it is unit-tested directly.
 */
export function stepUpFactors(user: UserRecord, action: SensitiveAction): Factor[] {
  if (action === 'change_email') requireChangeEmailPrerequisites(user);
  const factors: Factor[] = [];
  if (user.totp) factors.push('totp');
  else if (user.passkeys.length > 0) factors.push('passkey');
  if (user.email) factors.push('email');
  if (user.phone) factors.push('sms');
  // An account always keeps a way to sign in (unbinding refuses `last_factor`), so this is a broken record.
  if (factors.length === 0) throw new ApiProblem('prerequisite_missing', { required: ['email', 'sms'] });
  return factors;
}

/** Changing the e-mail needs an authenticator and SMS codes on first: `prerequisite_missing` names what is missing. */
export function requireChangeEmailPrerequisites(user: UserRecord): void {
  const missing: Factor[] = [];
  if (!user.totp) missing.push('totp');
  // SMS codes on, not only a phone bound: the switch beside the phone can turn them off.
  if (!user.phone || !user.smsTwoFactor) missing.push('sms');
  if (missing.length > 0) throw new ApiProblem('prerequisite_missing', { required: missing });
}

function destination(user: UserRecord, factor: Factor): string | undefined {
  if (factor === 'email' && user.email) return maskEmail(user.email);
  if (factor === 'sms' && user.phone) return maskPhone(user.phone);
  return undefined;
}

export function registerStepUp(app: Hono, ctx: BackendContext): void {
  const stepUps = ctx.state('step-up', () => new Map<string, StepUp>());
  const purpose = (s: StepUp, factor: Factor): string => `step-up:${s.id}:${factor}`;

  /** Another user's step-up answers like an expired one, so ids leak nothing. */
  const live = (id: string, user: UserRecord): StepUp => livePending(ctx, stepUps, id, user);
  const end = (s: StepUp): void => {
    stepUps.delete(s.id);
    ctx.codes.forget(`step-up:${s.id}:`);
    if (s.passkeyChallengeId) forgetCeremony(ctx, s.passkeyChallengeId);
  };
  /** The passkey factor: only the user's own passkeys, with user verification. */
  const passkeyScope = (s: StepUp, user: UserRecord): AssertionScope => ({
    purpose: purpose(s, 'passkey'),
    user,
    userVerification: 'required',
  });
  const view = (s: StepUp, user: UserRecord): StepUpFactor[] =>
    [...s.factors].map(([factor, verified]) => {
      const to = destination(user, factor);
      return to === undefined ? { factor, verified } : { factor, destination: to, verified };
    });

  route(app, ctx, rows.startStepUp, ({ action }, call) => {
    const user = call.user!;
    const factors = stepUpFactors(user, action);
    const s: StepUp = {
      id: randomId('stp'),
      userId: user.id,
      action,
      factors: new Map(factors.map((f) => [f, false])),
      expiresAtMs: ctx.clock.nowMs() + STEP_UP_TTL_SECONDS * 1000,
      wrongCodes: 0,
      passkeyChallengeId: null,
    };
    stepUps.set(s.id, s);
    return { stepUpId: s.id, action, factors: view(s, user), expiresAt: isoInstant(s.expiresAtMs) };
  });

  route(app, ctx, rows.sendStepUpCode, ({ stepUpId, channel }, call) => {
    const user = call.user!;
    const s = live(stepUpId, user);
    const to = channel === 'email' ? user.email : user.phone;
    if (!s.factors.has(channel) || !to) throw new ApiProblem('method_not_available');
    return ctx.codes.send(purpose(s, channel), channel, to, (code) => `Your security verification code is ${code}.`);
  });

  route(app, ctx, rows.stepUpPasskeyOptions, async ({ stepUpId }, call) => {
    const user = call.user!;
    const s = live(stepUpId, user);
    if (!s.factors.has('passkey')) throw new ApiProblem('method_not_available');
    // A new call replaces the previous challenge.
    if (s.passkeyChallengeId) forgetCeremony(ctx, s.passkeyChallengeId);
    const { challengeId, options } = await passkeyRequestOptions(ctx, passkeyScope(s, user));
    s.passkeyChallengeId = challengeId;
    return { options };
  });

  route(app, ctx, rows.verifyStepUp, async ({ stepUpId, factor, code, response }, call) => {
    const user = call.user!;
    const s = live(stepUpId, user);
    if (!s.factors.has(factor)) throw new ApiProblem('method_not_available');
    if (factor === 'passkey') {
      if (!response) throw new ApiProblem('validation_failed', { fields: [{ path: 'response', code: 'required' }] });
      await verifyPasskey(s, user, response);
    } else {
      if (!code) throw new ApiProblem('validation_failed', { fields: [{ path: 'code', code: 'required' }] });
      // Wrong codes count across the whole step-up (not per code), so resending buys no more guesses.
      verifyChallengeCode(ctx, {
        user,
        method: factor,
        code,
        purpose: (channel) => purpose(s, channel),
        challenge: s,
        burn: () => end(s),
      });
    }
    s.factors.set(factor, true);
    const factors = view(s, user);
    if (![...s.factors.values()].every(Boolean)) return { factors };
    end(s);
    const grant = ctx.verifications.grant(call.session!, s.action);
    return { factors, verificationToken: grant.token, tokenExpiresAt: isoInstant(grant.expiresAtMs) };
  });

  route(app, ctx, testingRows.consumeStepUpToken, ({ action, verificationToken }, call) => {
    if (!call.session) throw new ApiProblem('unauthenticated');
    ctx.verifications.consume(verificationToken, call.session, action);
  });

  /**
   * Checks the passkey factor against the challenge of the last options call. A challenge answers one assertion
   * only, verified or not; a spent or timed-out one is a failed passkey (the step-up itself lives on: ask for
   * options again).
   */
  async function verifyPasskey(s: StepUp, user: UserRecord, response: AuthenticationResponseJSON): Promise<void> {
    const challengeId = s.passkeyChallengeId;
    s.passkeyChallengeId = null;
    if (!challengeId) throw new ApiProblem('passkey_failed');
    await verifyPasskeyAssertion(ctx, challengeId, passkeyScope(s, user), response).catch((error: unknown) => {
      throw error instanceof ApiProblem && error.code === 'challenge_expired' ? new ApiProblem('passkey_failed') : error;
    });
  }
}
