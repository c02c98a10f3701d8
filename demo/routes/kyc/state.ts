import type {
  KycDocument,
  KycDocumentType,
  KycLevelInfo,
  KycOverview,
  KycRejectionReason,
  KycReview,
  KycUploadKind,
  SupplementaryDocumentType,
} from '../../../src/contract/index.js';
import { isoInstant } from '../../core/clock.js';
import type { BackendContext } from '../../core/context.js';
import type { UserRecord } from '../../core/model.js';
import { acceptedTypes, ESTIMATE, LEVEL_ONE_FIELDS, LIMITS, MINIMUM_AGE, RETRYABLE } from './policy.js';

/**
 * The level-2 submission kept in `user.kyc.submission` (core/model.ts leaves its shape to this module). A type
 * alias, not an interface, so it fits the record's `Record<string, unknown>` slot.
 */
export type Submission = {
  stage: 'standard' | 'supplementary';
  status: 'pending' | 'approved' | 'rejected' | 'supplementary_required';
  documentType: KycDocumentType;
  documentIds: string[];
  note: string | null;
  submittedAtMs: number;
  decidedAtMs: number | null;
  estimate: { fromMs: number; toMs: number };
  reasons: KycRejectionReason[];
  documentTypes: SupplementaryDocumentType[] | null;
};

export interface Upload {
  id: string;
  userId: string;
  kind: KycUploadKind;
  contentType: KycDocument['contentType'];
  sizeBytes: number;
  uploadedAtMs: number;
  expiresAtMs: number;
}

/** A remembered level-2 submission answer, replayed for the same idempotency key and body. */
interface IdempotentAnswer {
  fingerprint: string;
  answer: KycOverview;
  expiresAtMs: number;
}

export interface KycState {
  /** Metadata only: the demo never keeps the photos themselves. */
  readonly uploads: Map<string, Upload>;
  /** Keyed by `userId:idempotencyKey`, so two users can never collide. */
  readonly answers: Map<string, IdempotentAnswer>;
}

export const kycState = (ctx: BackendContext): KycState =>
  ctx.state<KycState>('kyc', () => ({ uploads: new Map(), answers: new Map() }));

export const submissionOf = (user: UserRecord): Submission | null => user.kyc.submission as Submission | null;

/** The live upload `id` of `user`, or null when unknown, someone else's or past its 24 hours. */
export function liveUpload(ctx: BackendContext, user: UserRecord, id: string): Upload | null {
  const upload = kycState(ctx).uploads.get(id);
  if (!upload || upload.userId !== user.id) return null;
  return upload.expiresAtMs > ctx.clock.nowMs() ? upload : null;
}

/** Forgets expired uploads and idempotency answers, so the demo's memory does not grow forever. */
export function prune(ctx: BackendContext): void {
  const now = ctx.clock.nowMs();
  const { uploads, answers } = kycState(ctx);
  for (const [id, upload] of uploads) if (upload.expiresAtMs <= now) uploads.delete(id);
  for (const [key, answer] of answers) if (answer.expiresAtMs <= now) answers.delete(key);
}

/** Records a decision on the pending submission; approval lifts the user to level 2. */
export function decide(
  user: UserRecord,
  submission: Submission,
  atMs: number,
  outcome: Pick<Submission, 'status' | 'reasons' | 'documentTypes'>,
): void {
  Object.assign(submission, outcome, { decidedAtMs: atMs });
  if (outcome.status === 'approved') user.kyc.level = 2;
}

/**
 * The demo's stand-in for a reviewer who never acts: a pending review is approved once its window opens
 * (`estimate.fromMs`). Run before every read or rule check, so `advanceClock` is all a test needs.
 */
export function settle(ctx: BackendContext, user: UserRecord): void {
  const submission = submissionOf(user);
  if (submission?.status !== 'pending' || ctx.clock.nowMs() < submission.estimate.fromMs) return;
  decide(user, submission, submission.estimate.fromMs, { status: 'approved', reasons: [], documentTypes: null });
}

/** Whether a review is open (pending, or waiting for supplementary documents), after any automatic decision. */
export function reviewOpen(ctx: BackendContext, user: UserRecord): boolean {
  settle(ctx, user);
  const status = submissionOf(user)?.status;
  return status === 'pending' || status === 'supplementary_required';
}

export function newSubmission(
  ctx: BackendContext,
  stage: Submission['stage'],
  documentType: KycDocumentType,
  documentIds: string[],
  note: string | null = null,
): Submission {
  const now = ctx.clock.nowMs();
  return {
    stage,
    status: 'pending',
    documentType,
    documentIds,
    note,
    submittedAtMs: now,
    decidedAtMs: null,
    estimate: { fromMs: now + ESTIMATE[stage].from * 1000, toMs: now + ESTIMATE[stage].to * 1000 },
    reasons: [],
    documentTypes: null,
  };
}

/** A rejected level 2 may be submitted again only when every reason is retryable. */
export const canRetry = (s: Submission): boolean => s.reasons.every((code) => RETRYABLE[code]);

function reviewView(s: Submission): KycReview {
  return {
    level: 2,
    stage: s.stage,
    status: s.status,
    submittedAt: isoInstant(s.submittedAtMs),
    decidedAt: s.decidedAtMs === null ? null : isoInstant(s.decidedAtMs),
    estimatedCompletion: { from: isoInstant(s.estimate.fromMs), to: isoInstant(s.estimate.toMs) },
    reasons: s.reasons.map((code) => ({ code, retryable: RETRYABLE[code] })),
    retryable: s.status === 'rejected' && canRetry(s),
    ...(s.documentTypes ? { documentTypes: s.documentTypes } : {}),
  };
}

function levelTwoState(user: UserRecord, s: Submission | null): KycLevelInfo['state'] {
  if (user.kyc.level >= 2) return 'approved';
  if (user.kyc.level < 1) return 'locked';
  if (!s || s.status === 'approved') return 'available';
  return s.status;
}

export function overview(user: UserRecord): KycOverview {
  const { level, profile } = user.kyc;
  const s = submissionOf(user);
  const outstanding = s && s.status !== 'approved' && level < 2 ? s.status : null;
  return {
    level,
    status: outstanding ?? (level >= 1 ? 'approved' : 'none'),
    limits: LIMITS[level],
    levels: [
      {
        level: 1,
        state: level >= 1 ? 'approved' : 'available',
        limits: LIMITS[1],
        requirements: ['country', 'legal_name', 'date_of_birth', 'address'],
        fields: [...LEVEL_ONE_FIELDS],
        minimumAge: MINIMUM_AGE,
      },
      {
        level: 2,
        state: levelTwoState(user, s),
        limits: LIMITS[2],
        requirements: ['id_document_front', 'id_document_back', 'selfie'],
      },
    ],
    review: s ? reviewView(s) : null,
    acceptedDocuments: { country: profile?.country ?? null, types: acceptedTypes(profile?.country ?? null) },
  };
}
