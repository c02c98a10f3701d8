import type { Hono } from 'hono';
import { endpoints, type SocialProvider } from '../../src/contract/index.js';
import type { BackendContext } from '../core/context.js';
import { randomToken, timingSafeEqual } from '../core/ids.js';
import type { UserRecord } from '../core/model.js';
import { ApiProblem } from '../core/problem.js';
import { route, type Call } from '../core/router.js';
import { answerFirstFactor } from './sign-in-challenges.js';
import { assertNotLocked } from './sign-in-failures.js';

/*
 * "Continue with Google / Apple". The demo has no real identity provider: `startSocialSignIn` points the browser
 * at the demo's own provider page (`/demo/idp/<provider>`), which calls `authorizeSocialCode` and sends the
 * browser back to `returnTo` with `code` and `state`, as Google and Apple do. The testing API uses the same
 * function. A real backend would exchange the code at the provider's token endpoint instead.
 */

export const SOCIAL_STATE_SECONDS = 10 * 60;
/** Cookie mode: the cookie that ties a state to the browser that started the sign-in (one nonce per browser). */
export const SOCIAL_STATE_COOKIE = 'tillit_social';

interface PendingState {
  provider: SocialProvider;
  returnTo: string;
  expiresAtMs: number;
  /** What the finishing request must show: the browser's cookie nonce, or (bearer mode) the answered binding. */
  binding: { via: 'cookie' | 'answer'; secret: string };
}

interface IssuedCode {
  provider: SocialProvider;
  state: string;
  subject: string;
  /** A verified address of the identity, if the provider shared one. */
  email: string | null;
  expiresAtMs: number;
}

const social = (ctx: BackendContext) =>
  ctx.state('sign-in:social', () => ({ states: new Map<string, PendingState>(), codes: new Map<string, IssuedCode>() }));

/** The identity provider's side: the one-time `code` it sends back for `state` once the user said yes. */
export function authorizeSocialCode(
  ctx: BackendContext,
  provider: SocialProvider,
  state: string,
  subject: string,
  email?: string | null,
): string {
  const code = `idp_${randomToken(24)}`;
  social(ctx).codes.set(code, {
    provider,
    state,
    subject,
    email: email?.toLowerCase() ?? null,
    expiresAtMs: ctx.clock.nowMs() + SOCIAL_STATE_SECONDS * 1000,
  });
  return code;
}

/** Where the demo provider page sends the browser back to for a pending `state`, or null if there is none. */
export function socialReturnUrl(ctx: BackendContext, state: string, code: string): string | null {
  const pending = social(ctx).states.get(state);
  if (!pending || pending.expiresAtMs <= ctx.clock.nowMs()) return null;
  const url = new URL(pending.returnTo);
  url.searchParams.set('code', code);
  url.searchParams.set('state', state);
  return url.href;
}

/** Only the exchange's own origins: anything else would hand the provider's code to whoever named the URL. */
function assertOwnOrigin(ctx: BackendContext, returnTo: string): void {
  if (!ctx.options.origins.includes(new URL(returnTo).origin)) {
    throw new ApiProblem('validation_failed', { fields: [{ path: 'returnTo', code: 'not_allowed' }] });
  }
}

/** What ties a new state to this client: the browser's `tillit_social` nonce, or a binding for the answer. */
function bindingFor(call: Call): PendingState['binding'] {
  if (call.bearerMode) return { via: 'answer', secret: randomToken(24) };
  const nonce = call.readCookie(SOCIAL_STATE_COOKIE) ?? randomToken(24);
  call.setCookie(SOCIAL_STATE_COOKIE, nonce, SOCIAL_STATE_SECONDS);
  return { via: 'cookie', secret: nonce };
}

function presentedBinding(call: Call, pending: PendingState, binding: string | undefined): boolean {
  const shown = pending.binding.via === 'cookie' ? call.readCookie(SOCIAL_STATE_COOKIE) : binding;
  return shown !== undefined && timingSafeEqual(shown, pending.binding.secret);
}

/**
 * Takes `state` and `code` out (both work once, whatever happens) and answers the identity they vouch for, when the
 * finishing client is the one that started; `social_failed` if not.
 */
function redeem(ctx: BackendContext, call: Call, input: { provider: SocialProvider; state: string; code: string; binding?: string | undefined }): IssuedCode {
  const { provider, state, code } = input;
  const { states, codes } = social(ctx);
  const pending = states.get(state);
  const issued = codes.get(code);
  states.delete(state);
  codes.delete(code);
  const now = ctx.clock.nowMs();
  const fits =
    pending && issued && pending.provider === provider && issued.provider === provider && issued.state === state;
  if (!fits || pending.expiresAtMs <= now || issued.expiresAtMs <= now || !presentedBinding(call, pending, input.binding)) {
    throw new ApiProblem('social_failed');
  }
  return issued;
}

/** The account linked to the identity, or the one whose e-mail the provider verified (which then gets linked). */
function accountFor(ctx: BackendContext, identity: IssuedCode): UserRecord {
  for (const user of ctx.users.all()) {
    if (user.socialLinks.some((l) => l.provider === identity.provider && l.subject === identity.subject)) return user;
  }
  const byEmail = identity.email ? ctx.users.findByIdentifier({ type: 'email', email: identity.email }) : undefined;
  if (!byEmail) throw new ApiProblem('social_not_linked');
  byEmail.socialLinks.push({ provider: identity.provider, subject: identity.subject });
  return byEmail;
}

export function registerSocialSignIn(app: Hono, ctx: BackendContext): void {
  route(app, ctx, endpoints.startSocialSignIn, ({ provider, returnTo }, call) => {
    assertOwnOrigin(ctx, returnTo);
    const state = randomToken(24);
    const binding = bindingFor(call);
    social(ctx).states.set(state, { provider, returnTo, binding, expiresAtMs: ctx.clock.nowMs() + SOCIAL_STATE_SECONDS * 1000 });
    const url = new URL(`${ctx.options.publicUrl.replace(/\/+$/, '')}/demo/idp/${provider}`);
    url.searchParams.set('state', state);
    url.searchParams.set('return_to', returnTo);
    return { url: url.href, state, ...(binding.via === 'answer' ? { binding: binding.secret } : {}) };
  });

  route(app, ctx, endpoints.finishSocialSignIn, (input, call) => {
    const user = accountFor(ctx, redeem(ctx, call, input));
    assertNotLocked(ctx, user);
    return answerFirstFactor(ctx, call, user);
  });
}
