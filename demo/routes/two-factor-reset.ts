import type { Hono } from 'hono';
import {
  twoFactorResetEndpoints as rows,
  twoFactorResetTestingEndpoints as testingRows,
  type TwoFactorResetReason,
  type TwoFactorResetRejection,
  type TwoFactorResetState,
  type TwoFactorResetStatus,
} from '../../src/contract/index.js';
import { DAY, HOUR, isoInstant } from '../core/clock.js';
import type { BackendContext } from '../core/context.js';
import { randomId, randomToken, timingSafeEqual } from '../core/ids.js';
import { ApiProblem } from '../core/problem.js';
import { route } from '../core/router.js';
import { endChallenge, liveChallenge } from './sign-in-challenges.js';

export const REVIEW_BUSINESS_DAYS = 3;
export const REQUESTS_PER_HOUR = 10;
const LOCK_SECONDS = DAY;

interface ResetRequest {
  id: string;
  statusToken: string;
  userId: string;
  reason: TwoFactorResetReason;
  contactEmail: string | null;
  note: string | null;
  status: TwoFactorResetStatus;
  submittedAtMs: number;
  reviewByMs: number;
  decidedAtMs: number | null;
  rejectionReasons: TwoFactorResetRejection[];
}

/**
 * `days` business days after `fromMs`, same time of day, skipping Saturdays and Sundays (UTC; a real exchange
 * would also skip its public holidays). A request made on a weekend counts from the next Monday's clock time.
 */
export function addBusinessDays(fromMs: number, days: number): number {
  const date = new Date(fromMs);
  let left = days;
  while (left > 0) {
    date.setUTCDate(date.getUTCDate() + 1);
    const weekday = date.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return date.getTime();
}

/** What a rejected user can still do (FLOWS.md "Lost authenticator": self-service first, then support). */
const ALTERNATIVES = ['restore_from_recovery_phrase', 'transfer_authenticator', 'contact_support'] as const;

function view(r: ResetRequest): TwoFactorResetState {
  const state: TwoFactorResetState = {
    requestId: r.id,
    status: r.status,
    submittedAt: isoInstant(r.submittedAtMs),
    reviewBy: isoInstant(r.reviewByMs),
  };
  if (r.decidedAtMs !== null) state.decidedAt = isoInstant(r.decidedAtMs);
  if (r.status === 'rejected') {
    state.rejectionReasons = [...r.rejectionReasons];
    state.alternatives = [...ALTERNATIVES];
  }
  return state;
}

const requestsOf = (ctx: BackendContext) => ctx.state('two-factor-reset', () => new Map<string, ResetRequest>());

/** Drops the account's pending request: it restored its authenticator itself, so an approval would remove the new one. */
export function cancelPendingRequests(ctx: BackendContext, userId: string): void {
  for (const r of requestsOf(ctx).values()) {
    if (r.userId === userId && r.status === 'pending') {
      r.status = 'cancelled';
      r.decidedAtMs = ctx.clock.nowMs();
    }
  }
}

export function registerTwoFactorReset(app: Hono, ctx: BackendContext): void {
  const requests = requestsOf(ctx);

  route(app, ctx, rows.requestTwoFactorReset, (input) => {
    // The sign-in challenge proves the password: this door checks none, so it adds no way to guess one.
    const { user } = liveChallenge(ctx, input.challengeId);
    const wait = ctx.limiter.hit(`two-factor-reset:${user.id}`, REQUESTS_PER_HOUR, HOUR);
    if (wait > 0) throw new ApiProblem('rate_limited', { retryAfter: wait });
    if (!user.totp) throw new ApiProblem('not_bound');
    for (const r of requests.values()) {
      if (r.userId === user.id && r.status === 'pending') throw new ApiProblem('request_pending');
    }
    const now = ctx.clock.nowMs();
    const r: ResetRequest = {
      id: randomId('tfr'),
      statusToken: randomToken(24),
      userId: user.id,
      reason: input.reason,
      contactEmail: input.contactEmail ?? null,
      note: input.note ?? null,
      status: 'pending',
      submittedAtMs: now,
      reviewByMs: addBusinessDays(now, REVIEW_BUSINESS_DAYS),
      decidedAtMs: null,
      rejectionReasons: [],
    };
    requests.set(r.id, r);
    endChallenge(ctx, input.challengeId);
    return {
      requestId: r.id,
      statusToken: r.statusToken,
      status: 'pending' as const,
      submittedAt: isoInstant(r.submittedAtMs),
      reviewBy: isoInstant(r.reviewByMs),
    };
  });

  route(app, ctx, rows.getTwoFactorResetStatus, ({ requestId, statusToken }) => {
    const r = requests.get(requestId);
    if (!r || !timingSafeEqual(r.statusToken, statusToken)) throw new ApiProblem('not_found');
    return view(r);
  });

  route(app, ctx, testingRows.decideTwoFactorReset, ({ requestId, decision, reasons }) => {
    const r = requests.get(requestId);
    if (!r || r.status !== 'pending') throw new ApiProblem('not_found');
    if (decision === 'rejected' && !reasons?.length) {
      throw new ApiProblem('validation_failed', { fields: [{ path: 'reasons', code: 'required' }] });
    }
    const user = ctx.users.get(r.userId);
    if (!user) throw new ApiProblem('not_found');
    const now = ctx.clock.nowMs();
    r.status = decision;
    r.decidedAtMs = now;
    if (decision === 'rejected') {
      r.rejectionReasons = [...new Set(reasons)];
    } else {
      user.totp = null;
      if (user.preferredMethod === 'totp') {
        user.preferredMethod = user.smsTwoFactor ? 'sms' : user.emailTwoFactor ? 'email' : null;
      }
      user.withdrawalLock = { until: isoInstant(now + LOCK_SECONDS * 1000), reason: 'two_factor_change' };
    }
    // "The exchange reports by e-mail" (by SMS to a phone-only account): the decision lands in the dev outbox.
    const email = r.contactEmail ?? user.email;
    const to = email ?? user.phone;
    if (to) {
      ctx.outbox.push({
        id: randomId('msg'),
        channel: email ? 'email' : 'sms',
        to,
        purpose: `two-factor-reset:${r.id}:${decision}`,
        code: '',
        text:
          decision === 'approved'
            ? 'Your 2FA reset was approved. Bind a new authenticator now; withdrawals are disabled for 24 hours.'
            : 'Your 2FA reset was not approved. Sign in to see why and what you can do instead.',
        sentAt: isoInstant(now),
      });
    }
    return view(r);
  });
}
