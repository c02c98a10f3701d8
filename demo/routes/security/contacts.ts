import type { Hono } from 'hono';
import { securityEndpoints as rows, type ContactKind } from '../../../src/contract/index.js';
import { livePending } from '../../core/challenges.js';
import { HOUR } from '../../core/clock.js';
import { CODE_TTL_SECONDS, RESEND_AFTER_SECONDS } from '../../core/codes.js';
import type { BackendContext } from '../../core/context.js';
import { randomId } from '../../core/ids.js';
import type { UserRecord } from '../../core/model.js';
import { ApiProblem } from '../../core/problem.js';
import { route } from '../../core/router.js';
import { requireChangeEmailPrerequisites } from '../step-up.js';
import { fixPreferredMethod, isLastSecondFactor, lockWithdrawals, overview } from './shared.js';

/** A pending bind/change: the new value waits here until its code is confirmed. */
interface Binding {
  id: string;
  userId: string;
  kind: ContactKind;
  value: string;
  purpose: string;
  sentAtMs: number;
  expiresAtMs: number;
}

/** Starts per user and hour: each answer says whether an address is free, so probing is capped. */
const STARTS_PER_HOUR = 10;

const bound = (user: UserRecord, kind: ContactKind): string | null => (kind === 'email' ? user.email : user.phone);
const normalize = (kind: ContactKind, value: string): string => (kind === 'email' ? value.toLowerCase() : value);

export function registerContactRoutes(app: Hono, ctx: BackendContext): void {
  const bindings = ctx.state('security-bindings', () => new Map<string, Binding>());
  const pendingFor = (userId: string, kind: ContactKind): Binding | undefined =>
    [...bindings.values()].find((b) => b.userId === userId && b.kind === kind);

  route(app, ctx, rows.startContactBinding, ({ kind, value: raw, verificationToken }, call) => {
    const user = call.user!;
    const value = normalize(kind, raw);
    const current = bound(user, kind);
    // Step-up's `change_email` prerequisite, checked here too since the token is checked after it.
    if (kind === 'email' && current) requireChangeEmailPrerequisites(user);
    if (current === value) throw new ApiProblem('already_bound');
    const wait = ctx.limiter.hit(`security-bind:${user.id}`, STARTS_PER_HOUR, HOUR);
    if (wait > 0) throw new ApiProblem('rate_limited', { retryAfter: wait });
    const { taken, availableAt } = ctx.users.availability(value);
    if (taken) throw new ApiProblem('identifier_taken');
    if (availableAt) throw new ApiProblem('identifier_in_cooldown', { availableAt });
    // Resend spacing is checked before the token is spent, so a too-early retry keeps the user's step-up.
    const previous = pendingFor(user.id, kind);
    const now = ctx.clock.nowMs();
    if (previous && previous.sentAtMs + RESEND_AFTER_SECONDS * 1000 > now) {
      throw new ApiProblem('resend_too_soon', { retryAfter: Math.ceil((previous.sentAtMs + RESEND_AFTER_SECONDS * 1000 - now) / 1000) });
    }
    ctx.verifications.consume(verificationToken, call.session!, `${current ? 'change' : 'bind'}_${kind}`);

    if (previous) bindings.delete(previous.id);
    const id = randomId('bnd');
    const purpose = `security-bind:${id}`;
    const sent = ctx.codes.send(purpose, kind === 'email' ? 'email' : 'sms', value, (code) =>
      `Your code to confirm this ${kind === 'email' ? 'e-mail address' : 'phone number'} is ${code}.`,
    );
    bindings.set(id, { id, userId: user.id, kind, value, purpose, sentAtMs: now, expiresAtMs: now + CODE_TTL_SECONDS * 1000 });
    return { bindingId: id, ...sent };
  });

  route(app, ctx, rows.confirmContactBinding, ({ bindingId, code }, call) => {
    const user = call.user!;
    const binding = livePending(ctx, bindings, bindingId, user);
    try {
      ctx.codes.verify(binding.purpose, code);
    } catch (error) {
      if (error instanceof ApiProblem && error.code !== 'invalid_code') bindings.delete(bindingId);
      // A 429 carries Retry-After; the binding is burned, so a new one may start at once.
      if (error instanceof ApiProblem && error.code === 'too_many_attempts') throw new ApiProblem('too_many_attempts', { retryAfter: 0 });
      throw error;
    }
    bindings.delete(bindingId);
    // Someone may have registered the address while the code was on its way.
    if (ctx.users.availability(binding.value).taken) throw new ApiProblem('identifier_taken');

    const previous = bound(user, binding.kind);
    if (previous) ctx.users.startCooldown(previous);
    if (binding.kind === 'email') {
      user.email = binding.value;
      // A first e-mail/phone turns its codes on as a second factor: that is "binding e-mail/SMS verification".
      if (!previous) user.emailTwoFactor = true;
    } else {
      user.phone = binding.value;
      if (!previous) user.smsTwoFactor = true;
    }
    fixPreferredMethod(user);
    lockWithdrawals(ctx, user, 'contact_change');
    return overview(ctx, user);
  });

  route(app, ctx, rows.unbindContact, ({ kind, verificationToken }, call) => {
    const user = call.user!;
    const current = bound(user, kind);
    if (!current) throw new ApiProblem('not_bound');
    // The account needs an e-mail or a phone to sign in with and to reset its password by.
    if (!bound(user, kind === 'email' ? 'phone' : 'email')) throw new ApiProblem('last_factor');
    if (isLastSecondFactor(user, kind === 'email' ? 'email' : 'sms')) throw new ApiProblem('last_factor');
    ctx.verifications.consume(verificationToken, call.session!, `unbind_${kind}`);

    if (kind === 'email') {
      user.email = null;
      user.emailTwoFactor = false;
    } else {
      user.phone = null;
      user.smsTwoFactor = false;
    }
    fixPreferredMethod(user);
    const pending = pendingFor(user.id, kind);
    if (pending) bindings.delete(pending.id);
    const availableAgainAt = ctx.users.startCooldown(current);
    return { withdrawalLock: lockWithdrawals(ctx, user, 'contact_unbind'), availableAgainAt };
  });
}
