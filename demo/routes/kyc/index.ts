import type { Hono } from 'hono';
import type { BackendContext } from '../../core/context.js';
import { registerKycDocuments } from './documents.js';
import { registerKycReview } from './review.js';
import { registerKycSubmissions } from './submissions.js';

/** The KYC flow: overview, level 1, document uploads, level 2 and supplementary submissions, and the review desk. */
export function registerKyc(app: Hono, ctx: BackendContext): void {
  registerKycSubmissions(app, ctx);
  registerKycDocuments(app, ctx);
  registerKycReview(app, ctx);
}
