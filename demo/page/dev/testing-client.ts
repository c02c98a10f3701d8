/**
 * The demo tools' way to the backend's testing mode: the typed client over the testing endpoint table, and the
 * demo-only routes under /demo/* for what that API does not offer (demo/node/dev-routes.ts).
 *
 * The one import of the demo site that is not a published entry: the package deliberately does not ship the
 * testing table (a production bundle must never carry it), so the dev panel takes it from the contract itself.
 * demo/node/published-entries.ts allows exactly this file to do so.
 */
import { createClientFor } from 'tillit/client';
import {
  KycRejectionReason,
  SupplementaryDocumentType,
  testingEndpoints,
  TwoFactorResetRejection,
} from '../../../src/contract/index.js';
import type { PendingReviews } from '../../node/dev-routes.js';

export type { PendingKycReview, PendingReviews, PendingTwoFactorReset } from '../../node/dev-routes.js';

export const testing = createClientFor(testingEndpoints, { baseUrl: location.origin });

/** What a reviewer may choose from, as the contract lists it. A selfie mismatch asks for documents instead. */
export const reviewChoices = {
  kycRejections: KycRejectionReason.options.filter((reason) => reason !== 'selfie_mismatch'),
  supplementaryTypes: SupplementaryDocumentType.options,
  twoFactorRejections: TwoFactorResetRejection.options,
};

/** A /demo/* route answered with something else than success. */
export class DemoRouteError extends Error {}

export async function readPendingReviews(signal?: AbortSignal): Promise<PendingReviews> {
  const answer = await fetch('/demo/reviews', { signal: signal ?? null, headers: { accept: 'application/json' } });
  if (!answer.ok) throw new DemoRouteError(`GET /demo/reviews: ${answer.status}`);
  return (await answer.json()) as PendingReviews;
}

/** Replaces the demo data with the seeded accounts; resolves once the fresh backend answers. */
export async function resetDemoData(): Promise<void> {
  const answer = await fetch('/demo/reset', { method: 'POST' });
  if (!answer.ok) throw new DemoRouteError(`POST /demo/reset: ${answer.status}`);
}
