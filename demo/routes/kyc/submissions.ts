import type { Hono } from 'hono';
import type * as z from 'zod/mini';
import { endpoints, type FieldError, type KycOverview } from '../../../src/contract/index.js';
import type { BackendContext } from '../../core/context.js';
import { ApiProblem } from '../../core/problem.js';
import { route } from '../../core/router.js';
import { requireUploads } from './documents.js';
import { acceptedTypes, backRequired, IDEMPOTENCY_TTL_SECONDS, LEVEL_ONE_FIELDS, MINIMUM_AGE, OLDEST_AGE } from './policy.js';

type LevelOneInput = z.output<typeof endpoints.submitKycLevel1.input>;
import { canRetry, kycState, newSubmission, overview, prune, reviewOpen, settle, submissionOf } from './state.js';

/** True when `dateOfBirth` (YYYY-MM-DD) is at least `years` years before `nowMs`, counted in UTC calendar days. */
export function isAdult(dateOfBirth: string, nowMs: number, years = MINIMUM_AGE): boolean {
  return birthdayAt(dateOfBirth, years) <= nowMs;
}

/** The instant someone born on `dateOfBirth` turns `years` (UTC). */
function birthdayAt(dateOfBirth: string, years: number): number {
  const [year, month, day] = dateOfBirth.split('-').map(Number) as [number, number, number];
  // Date.UTC rolls 29 February over to 1 March in a common year: the legal birthday of leap-day children.
  return Date.UTC(year + years, month - 1, day);
}

/**
 * What is wrong with a level-1 submission beyond its shape: the required extra fields that are missing, a date of
 * birth in the future, implausibly old or too young, an address in another country than the one given.
 */
export function levelOneProblems(input: LevelOneInput, nowMs: number): FieldError[] {
  const problems: FieldError[] = LEVEL_ONE_FIELDS.filter((field) => input[field] === undefined).map((path) => ({ path, code: 'required' }));
  const birth = input.dateOfBirth;
  if (birth !== undefined) {
    if (birthdayAt(birth, 0) > nowMs) problems.push({ path: 'dateOfBirth', code: 'too_large' });
    else if (isAdult(birth, nowMs, OLDEST_AGE + 1)) problems.push({ path: 'dateOfBirth', code: 'too_small' });
    else if (!isAdult(birth, nowMs)) problems.push({ path: 'dateOfBirth', code: 'not_allowed' });
  }
  if (input.address && input.address.country !== input.country) problems.push({ path: 'address.country', code: 'mismatch' });
  return problems;
}

/** Key order must not matter when comparing two submissions under one idempotency key. */
function fingerprint(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

export function registerKycSubmissions(app: Hono, ctx: BackendContext): void {
  route(app, ctx, endpoints.getKycOverview, (_input, { user }) => {
    settle(ctx, user!);
    return overview(user!);
  });

  route(app, ctx, endpoints.submitKycLevel1, (input, { user }) => {
    const me = user!;
    if (me.kyc.level >= 2 || reviewOpen(ctx, me)) throw new ApiProblem('kyc_level_unavailable');
    const problems = levelOneProblems(input, ctx.clock.nowMs());
    if (problems.length > 0) throw new ApiProblem('validation_failed', { fields: problems });
    const { country, firstName, lastName, dateOfBirth, address } = input;
    me.kyc.profile = { country, firstName: firstName.trim(), lastName: lastName.trim(), ...(dateOfBirth ? { dateOfBirth } : {}), ...(address ? { address } : {}) };
    // The demo's level 1 is a data check only, so it is approved at once.
    me.kyc.level = 1;
    return overview(me);
  });

  route(app, ctx, endpoints.submitKycLevel2, (input, { user }) => {
    const me = user!;
    prune(ctx);
    const { answers } = kycState(ctx);
    const key = `${me.id}:${input.idempotencyKey}`;
    const print = fingerprint({ documentType: input.documentType, documents: input.documents });
    const earlier = answers.get(key);
    if (earlier) {
      if (earlier.fingerprint !== print) throw new ApiProblem('idempotency_conflict');
      return earlier.answer;
    }

    const previous = submissionOf(me);
    const blocked =
      me.kyc.level < 1 ||
      me.kyc.level >= 2 ||
      reviewOpen(ctx, me) ||
      (previous?.status === 'rejected' && !canRetry(previous));
    if (blocked) throw new ApiProblem('kyc_level_unavailable');
    if (!acceptedTypes(me.kyc.profile?.country ?? null).some(({ type }) => type === input.documentType)) {
      throw new ApiProblem('validation_failed', { fields: [{ path: 'documentType', code: 'not_allowed' }] });
    }

    const { front, back, selfie } = input.documents;
    const ids = requireUploads(ctx, me, [
      { path: 'documents.front', id: front, kind: 'id_front' },
      ...(backRequired(input.documentType) ? [{ path: 'documents.back', id: back, kind: 'id_back' as const }] : []),
      { path: 'documents.selfie', id: selfie, kind: 'selfie' },
    ]);
    me.kyc.submission = newSubmission(ctx, 'standard', input.documentType, ids);
    const answer: KycOverview = overview(me);
    answers.set(key, { fingerprint: print, answer, expiresAtMs: ctx.clock.nowMs() + IDEMPOTENCY_TTL_SECONDS * 1000 });
    return answer;
  });

  route(app, ctx, endpoints.submitSupplementaryDocuments, ({ documents, note }, { user }) => {
    const me = user!;
    settle(ctx, me);
    const previous = submissionOf(me);
    if (previous?.status !== 'supplementary_required') throw new ApiProblem('kyc_level_unavailable');
    const ids = requireUploads(
      ctx,
      me,
      documents.map((id, index) => ({ path: `documents.${index}`, id, kind: 'supplementary' as const })),
    );
    me.kyc.submission = newSubmission(ctx, 'supplementary', previous.documentType, [...new Set(ids)], note ?? null);
    return overview(me);
  });
}


