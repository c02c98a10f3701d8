import type { Hono } from 'hono';
import { endpoints, KYC_UPLOAD_MAX_BYTES, type KycUploadKind } from '../../../src/contract/index.js';
import { isoInstant } from '../../core/clock.js';
import type { BackendContext } from '../../core/context.js';
import { randomId } from '../../core/ids.js';
import type { UserRecord } from '../../core/model.js';
import { ApiProblem } from '../../core/problem.js';
import { route } from '../../core/router.js';
import { typeAllowedFor, UPLOAD_TTL_SECONDS, UPLOADS_PER_HOUR } from './policy.js';
import { declaredTypeAgrees, fileNameAgrees, sniffContentType } from './sniff.js';
import { kycState, liveUpload, prune, settle, type Upload } from './state.js';

export function registerKycDocuments(app: Hono, ctx: BackendContext): void {
  route(app, ctx, endpoints.uploadKycDocument, async ({ kind, file }, { user }) => {
    const me = user!;
    settle(ctx, me);
    if (me.kyc.level < 1 || me.kyc.level >= 2) throw new ApiProblem('kyc_level_unavailable');
    const wait = ctx.limiter.hit(`kyc-upload:${me.id}`, UPLOADS_PER_HOUR, 3600);
    if (wait > 0) throw new ApiProblem('rate_limited', { retryAfter: wait });
    // The router refuses bodies over the limit by Content-Length; a chunked body only shows its size here.
    if (file.size > KYC_UPLOAD_MAX_BYTES) throw new ApiProblem('payload_too_large');

    const sniffed = sniffContentType(new Uint8Array(await file.slice(0, 16).arrayBuffer()));
    const agrees = (type: NonNullable<typeof sniffed>): boolean =>
      declaredTypeAgrees(file.type, type) && fileNameAgrees(file.name, type);
    if (!sniffed || !typeAllowedFor(kind, sniffed) || !agrees(sniffed)) {
      throw new ApiProblem('unsupported_media_type');
    }

    prune(ctx);
    const now = ctx.clock.nowMs();
    const upload: Upload = {
      id: randomId('doc'),
      userId: me.id,
      kind,
      contentType: sniffed,
      sizeBytes: file.size,
      uploadedAtMs: now,
      expiresAtMs: now + UPLOAD_TTL_SECONDS * 1000,
    };
    kycState(ctx).uploads.set(upload.id, upload);
    return {
      documentId: upload.id,
      kind,
      contentType: sniffed,
      sizeBytes: upload.sizeBytes,
      uploadedAt: isoInstant(upload.uploadedAtMs),
      expiresAt: isoInstant(upload.expiresAtMs),
    };
  });
}

/**
 * Resolves the named uploads, collecting every one that is missing, expired, someone else's or of the wrong kind
 * (so the page can mark all of them at once) and refusing them together as `documents_missing`.
 */
export function requireUploads(
  ctx: BackendContext,
  user: UserRecord,
  wanted: readonly { path: string; id: string | undefined; kind: KycUploadKind }[],
): string[] {
  const missing = wanted.filter(({ id, kind }) => !id || liveUpload(ctx, user, id)?.kind !== kind);
  if (missing.length > 0) {
    throw new ApiProblem('documents_missing', { fields: missing.map(({ path }) => ({ path, code: 'required' })) });
  }
  return wanted.map(({ id }) => id!);
}
