import type { Context, Hono, Next } from 'hono';
import type { TwoFactorResetReason, TwoFactorResetStatus } from '../../src/contract/index.js';
import { isoInstant } from '../core/clock.js';
import type { BackendContext } from '../core/context.js';
import type { UserRecord } from '../core/model.js';
import { settle, submissionOf } from '../routes/kyc/state.js';
import type { ResettableBackend } from './resettable-backend.js';

/*
 * What the dev panel needs that the testing API does not offer: the reviews waiting for a decision (the API
 * decides one by id but lists none) and a reset of the demo data. Demo furniture under /demo/*, served by
 * `npm start` only in testing mode, never part of the contract. Decisions themselves go through the testing API.
 */

/** A KYC level-2 review waiting for the reviewer. `userId` is what `decideKycReview` takes. */
export interface PendingKycReview {
  userId: string;
  displayName: string;
  contact: string;
  stage: 'standard' | 'supplementary';
  submittedAt: string;
}

/** A lost-2FA request waiting for the reviewer. `requestId` is what `decideTwoFactorReset` takes. */
export interface PendingTwoFactorReset {
  requestId: string;
  displayName: string;
  contact: string;
  reason: TwoFactorResetReason;
  submittedAt: string;
  reviewBy: string;
}

export interface PendingReviews {
  kyc: PendingKycReview[];
  twoFactorResets: PendingTwoFactorReset[];
}

/** The fields of demo/routes/two-factor-reset.ts's request records that the list reads. */
interface ResetRequestRecord {
  id: string;
  userId: string;
  reason: TwoFactorResetReason;
  status: TwoFactorResetStatus;
  submittedAtMs: number;
  reviewByMs: number;
}

const contactOf = (user: UserRecord): string => user.email ?? user.phone ?? '';

export function pendingReviews(ctx: BackendContext): PendingReviews {
  const kyc: PendingKycReview[] = [];
  for (const user of ctx.users.all()) {
    settle(ctx, user); // the demo reviewer approves a review whose window has opened, as every read does
    const submission = submissionOf(user);
    if (submission?.status !== 'pending') continue;
    kyc.push({
      userId: user.id,
      displayName: user.displayName,
      contact: contactOf(user),
      stage: submission.stage,
      submittedAt: isoInstant(submission.submittedAtMs),
    });
  }
  // The two-factor-reset route module keeps its requests in this state slot (created when it registers).
  const requests = ctx.state<Map<string, ResetRequestRecord>>('two-factor-reset', () => new Map());
  const twoFactorResets: PendingTwoFactorReset[] = [];
  for (const request of requests.values()) {
    const user = ctx.users.get(request.userId);
    if (request.status !== 'pending' || !user) continue;
    twoFactorResets.push({
      requestId: request.id,
      displayName: user.displayName,
      contact: contactOf(user),
      reason: request.reason,
      submittedAt: isoInstant(request.submittedAtMs),
      reviewBy: isoInstant(request.reviewByMs),
    });
  }
  const oldestFirst = (a: { submittedAt: string }, b: { submittedAt: string }): number =>
    a.submittedAt.localeCompare(b.submittedAt);
  return { kyc: kyc.sort(oldestFirst), twoFactorResets: twoFactorResets.sort(oldestFirst) };
}

/** Browsers name the requesting site: refuse anything but the demo's own pages (no cross-site reset). */
async function sameOriginOnly(c: Context, next: Next): Promise<Response | void> {
  const site = c.req.header('sec-fetch-site');
  if (site && site !== 'same-origin') return c.json({ error: 'same-origin requests only' }, 403);
  await next();
}

export function registerDevRoutes(app: Hono, backend: ResettableBackend): void {
  app.use('/demo/reviews', sameOriginOnly);
  app.use('/demo/reset', sameOriginOnly);
  app.get('/demo/reviews', (c) => c.json(pendingReviews(backend.context), 200, { 'cache-control': 'no-store' }));
  app.post('/demo/reset', async (c) => {
    await backend.reset();
    return c.body(null, 204);
  });
}
