import {
  generateAuthenticationOptions,
  verifyAuthenticationResponse,
  type AuthenticationResponseJSON,
} from '@simplewebauthn/server';
import type { Hono } from 'hono';
import {
  stepUpEndpoints as rows,
  stepUpTestingEndpoints as testingRows,
  type Factor,
  type SensitiveAction,
  type StepUpFactor,
} from '../../src/contract/index.js';
import { MINUTE, isoInstant } from '../core/clock.js';
import { MAX_CODE_ATTEMPTS } from '../core/codes.js';
import type { BackendContext } from '../core/context.js';
import { randomId } from '../core/ids.js';
import { maskEmail, maskPhone, type UserRecord } from '../core/model.js';
import { ApiProblem } from '../core/problem.js';
import { route } from '../core/router.js';
import { verifyTotp } from '../core/totp.js';

export const STEP_UP_TTL_SECONDS = 10 * MINUTE;

type Transport = NonNullable<Parameters<typeof verifyAuthenticationResponse>[0]['credential']['transports']>[number];

interface StepUp {
  id: string;
  userId: string;
  action: SensitiveAction;
  /** Factor -> verified yet. */
  factors: Map<Factor, boolean>;
  expiresAtMs: number;
  wrongCodes: number;
  passkeyChallenge: string | null;
}

/**
 * The rule table of the contract (src/contract/step-up.ts): every factor the account has, a passkey standing in
 * for a missing authenticator, and the prerequisites of `change_email`. Pure, so it is unit-tested directly.
 */
export function stepUpFactors(user: UserRecord, action: SensitiveAction): Factor[] {
  if (action === 'change_email') {
    const missing: Factor[] = [];
    if (!user.totp) missing.push('totp');
    if (!user.phone) missing.push('sms');
    if (missing.length > 0) throw new ApiProblem('prerequisite_missing', { required: missing });
  }
  const factors: Factor[] = [];
  if (user.totp) factors.push('totp');
  else if (user.passkeys.length > 0) factors.push('passkey');
  if (user.email) factors.push('email');
  if (user.phone) factors.push('sms');
  // An account always keeps a way to sign in (unbinding refuses `last_factor`), so this is a broken record.
  if (factors.length === 0) throw new ApiProblem('prerequisite_missing', { required: ['email', 'sms'] });
  return factors;
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
  const live = (id: string, user: UserRecord): StepUp => {
    const s = stepUps.get(id);
    if (!s || s.userId !== user.id || s.expiresAtMs <= ctx.clock.nowMs()) {
      if (s && s.expiresAtMs <= ctx.clock.nowMs()) stepUps.delete(id);
      throw new ApiProblem('challenge_expired');
    }
    return s;
  };
  const end = (s: StepUp): void => {
    stepUps.delete(s.id);
    ctx.codes.forget(`step-up:${s.id}:`);
  };
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
      passkeyChallenge: null,
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
    const options = await generateAuthenticationOptions({
      rpID: ctx.options.rpId,
      allowCredentials: user.passkeys.map((p) => ({ id: p.id, transports: p.transports as Transport[] })),
      userVerification: 'required',
    });
    s.passkeyChallenge = options.challenge;
    // @simplewebauthn types the descriptor's `type` as a plain string; the contract pins it.
    const allowCredentials = options.allowCredentials?.map((c) => ({ ...c, type: 'public-key' as const }));
    return { options: { ...options, allowCredentials } };
  });

  route(app, ctx, rows.verifyStepUp, async ({ stepUpId, factor, code, response }, call) => {
    const user = call.user!;
    const s = live(stepUpId, user);
    if (!s.factors.has(factor)) throw new ApiProblem('method_not_available');
    if (factor === 'passkey') {
      if (!response) throw new ApiProblem('validation_failed', { fields: [{ path: 'response', code: 'required' }] });
      await verifyPasskey(ctx, s, user, response);
    } else {
      if (!code) throw new ApiProblem('validation_failed', { fields: [{ path: 'code', code: 'required' }] });
      verifyCode(s, user, factor, code);
    }
    s.factors.set(factor, true);
    const factors = view(s, user);
    if (![...s.factors.values()].every(Boolean)) return { factors };
    end(s);
    const grant = ctx.verifications.grant(user.id, s.action);
    return { factors, verificationToken: grant.token, tokenExpiresAt: isoInstant(grant.expiresAtMs) };
  });

  route(app, ctx, testingRows.consumeStepUpToken, ({ action, verificationToken }, call) => {
    if (!call.session) throw new ApiProblem('unauthenticated');
    ctx.verifications.consume(verificationToken, call.session.userId, action);
  });

  /**
   * Checks a code factor. Wrong codes count across the whole step-up (not per code), so resending does not buy
   * more guesses; the 5th burns the step-up.
   */
  function verifyCode(s: StepUp, user: UserRecord, factor: Factor, code: string): void {
    try {
      if (factor === 'totp') {
        if (!user.totp) throw new ApiProblem('method_not_available');
        user.totp.lastStep = verifyTotp(user.totp.secret, code, user.totp.lastStep, ctx.clock.nowMs());
      } else {
        ctx.codes.verify(purpose(s, factor), code);
      }
    } catch (error) {
      if (!(error instanceof ApiProblem) || !['invalid_code', 'too_many_attempts'].includes(error.code)) throw error;
      s.wrongCodes += 1;
      const left = MAX_CODE_ATTEMPTS - s.wrongCodes;
      if (left <= 0 || error.code === 'too_many_attempts') {
        end(s);
        throw new ApiProblem('too_many_attempts', { retryAfter: 0 });
      }
      throw new ApiProblem('invalid_code', { attemptsRemaining: left });
    }
  }
}

async function verifyPasskey(ctx: BackendContext, s: StepUp, user: UserRecord, response: AuthenticationResponseJSON): Promise<void> {
  const passkey = user.passkeys.find((p) => p.id === response.id);
  const challenge = s.passkeyChallenge;
  // A challenge answers one ceremony only, successful or not.
  s.passkeyChallenge = null;
  if (!passkey || !challenge) throw new ApiProblem('passkey_failed');
  let result;
  try {
    result = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: ctx.options.origins,
      expectedRPID: ctx.options.rpId,
      credential: {
        id: passkey.id,
        publicKey: new Uint8Array(passkey.publicKey),
        counter: passkey.counter,
        transports: passkey.transports as Transport[],
      },
      requireUserVerification: true,
    });
  } catch {
    throw new ApiProblem('passkey_failed');
  }
  if (!result.verified) throw new ApiProblem('passkey_failed');
  passkey.counter = result.authenticationInfo.newCounter;
  passkey.lastUsedAt = isoInstant(ctx.clock.nowMs());
}
