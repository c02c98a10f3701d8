import type { Hono } from 'hono';
import { testingEndpoints } from '../../../src/contract/index.js';
import type { BackendContext } from '../../core/context.js';
import { ApiProblem } from '../../core/problem.js';
import { route } from '../../core/router.js';
import { DEFAULT_SUPPLEMENTARY } from './policy.js';
import { decide, overview, settle, submissionOf } from './state.js';

/** The reviewer's desk of the demo: the conformance suite and the demo page decide reviews through it. */
export function registerKycReview(app: Hono, ctx: BackendContext): void {
  route(app, ctx, testingEndpoints.decideKycReview, ({ userId, decision, reasons, documentTypes }) => {
    const user = ctx.users.get(userId);
    if (!user) throw new ApiProblem('not_found');
    settle(ctx, user);
    const submission = submissionOf(user);
    if (submission?.status !== 'pending') throw new ApiProblem('not_found');
    const now = ctx.clock.nowMs();

    if (decision === 'approve') {
      decide(user, submission, now, { status: 'approved', reasons: [], documentTypes: null });
    } else if (decision === 'supplementary_required') {
      decide(user, submission, now, {
        status: 'supplementary_required',
        reasons: ['selfie_mismatch'],
        documentTypes: documentTypes ?? DEFAULT_SUPPLEMENTARY,
      });
    } else {
      if (!reasons) throw new ApiProblem('validation_failed', { fields: [{ path: 'reasons', code: 'required' }] });
      // A selfie mismatch is not a rejection: it asks for supplementary documents.
      if (reasons.includes('selfie_mismatch')) {
        throw new ApiProblem('validation_failed', { fields: [{ path: 'reasons', code: 'not_allowed' }] });
      }
      decide(user, submission, now, { status: 'rejected', reasons: [...new Set(reasons)], documentTypes: null });
    }
    return overview(user);
  });
}
