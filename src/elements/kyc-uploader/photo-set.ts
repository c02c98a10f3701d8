import type { ReactiveControllerHost } from 'lit';
import { isTillitError } from '../../client/errors.js';
import { sleep } from '../../client/retry.js';
import { isPrepareImageError } from '../../image/errors.js';
import type { ImageFormat, PhotoReview, PreparedImage, PrepareImageErrorCode } from '../../image/index.js';
import type { KycClient } from './kyc-client.js';
import type { KycDraft, PhotoSlot } from './draft-store.js';

export type UploadPhase = 'idle' | 'uploading' | 'waiting' | 'failed' | 'done';

/** What one photo slot shows. */
export interface SlotStatus {
  readonly phase: 'empty' | 'processing' | 'review' | 'file-error' | 'ready';
  /** A photo that failed a check, waiting for "Retake" or (the third time) "Use this photo anyway". */
  readonly review?: PhotoReview | undefined;
  readonly fileError?: { readonly code: PrepareImageErrorCode; readonly format?: ImageFormat | undefined } | undefined;
  readonly upload: { readonly phase: UploadPhase; readonly percent: number; readonly retryAt?: number | undefined };
  /** An object URL of the photo on screen (the accepted one, or the one under review). */
  readonly preview?: string | undefined;
}

export interface PhotoSetContext {
  readonly host: ReactiveControllerHost;
  readonly draft: () => KycDraft;
  readonly saveDraft: () => void;
  readonly client: () => Promise<KycClient>;
  /** Something the user should hear (an upload finished, a photo was added). */
  readonly announce: (what: 'photo-ready' | 'uploaded' | 'upload-failed') => void;
  /**
   * The slot's content was replaced (checked, retaken): the control the user used is gone, so focus goes to the
   * first control of what is there now (the step puts the slot's id on it).
   */
  readonly replaced: (slot: PhotoSlot) => void;
}

type ImageModule = typeof import('../../image/index.js');

/** Waits between upload attempts (then "Try the upload again"): the backend or the network gets time to recover. */
export const UPLOAD_BACKOFF_MS = [1000, 3000, 9000];

const kindOf = (slot: PhotoSlot) => (slot === 'selfie' ? 'selfie' : 'document');

/**
 * The photos of a level-2 submission: each one prepared by `tillit/image` (loaded with the first photo), held to
 * "block twice, then let the user send anyway", kept in the draft, and uploaded at once with progress and retries
 * with backoff. The draft holds the processed photo and the upload's id, so a reload re-uploads only what had not
 * arrived (`resume`) and a submission reuses live uploads.
 */
export class PhotoSet {
  private status: Partial<Record<PhotoSlot, SlotStatus>> = {};
  private pending: Partial<Record<PhotoSlot, PreparedImage>> = {};
  private processing: Partial<Record<PhotoSlot, AbortController>> = {};
  private uploads: Partial<Record<PhotoSlot, AbortController>> = {};
  private urls: Partial<Record<PhotoSlot, string>> = {};
  private image: Promise<ImageModule> | undefined;

  constructor(private readonly ctx: PhotoSetContext) {}

  of(slot: PhotoSlot): SlotStatus {
    const known = this.status[slot];
    if (known) return known;
    const saved = this.ctx.draft().slots[slot];
    if (!saved?.photo) return { phase: 'empty', upload: { phase: 'idle', percent: 0 } };
    return { phase: 'ready', upload: saved.document ? { phase: 'done', percent: 100 } : { phase: 'idle', percent: 0 }, preview: this.url(slot, saved.photo.blob) };
  }

  /** Whether the slot's photo is uploaded and its upload still alive at the backend. */
  uploaded(slot: PhotoSlot, now = Date.now()): boolean {
    const document = this.ctx.draft().slots[slot]?.document;
    return Boolean(document && Date.parse(document.expiresAt) > now + 60_000);
  }

  /** Loads the pipeline ahead of the first photo (the user opened a photo step). */
  preload(): void {
    void this.pipeline().catch(() => undefined);
  }

  /** Prepares a picked or captured photo for `slot`: checks, then upload or guidance. */
  async add(slot: PhotoSlot, file: Blob): Promise<void> {
    this.processing[slot]?.abort();
    const controller = new AbortController();
    this.processing[slot] = controller;
    this.set(slot, { phase: 'processing', upload: { phase: 'idle', percent: 0 } });
    let image: ImageModule;
    try {
      image = await this.pipeline();
      const photo = await image.prepareImage(file, { kind: kindOf(slot), signal: controller.signal });
      if (controller.signal.aborted) return;
      const saved = (this.ctx.draft().slots[slot] ??= { failedInARow: 0 });
      const review = image.reviewPhoto(photo.checks, saved.failedInARow);
      saved.failedInARow = review.failedInARow;
      if (review.action === 'accept') return this.accept(slot, photo);
      this.ctx.saveDraft();
      this.pending[slot] = photo;
      this.set(slot, { phase: 'review', review, upload: { phase: 'idle', percent: 0 }, preview: this.url(slot, photo.blob, true) });
      this.ctx.replaced(slot);
    } catch (error) {
      if (controller.signal.aborted) return;
      const known = isPrepareImageError(error);
      const fileError = known ? { code: error.code, format: error.format } : { code: 'decode_failed' as const };
      this.set(slot, { phase: 'file-error', fileError, upload: { phase: 'idle', percent: 0 } });
      this.ctx.replaced(slot);
    } finally {
      if (this.processing[slot] === controller) delete this.processing[slot];
    }
  }

  /** "Use this photo anyway" (offered from the third failing photo in a row). */
  useAnyway(slot: PhotoSlot): void {
    const photo = this.pending[slot];
    if (photo && this.of(slot).review?.action === 'confirm') void this.accept(slot, photo);
  }

  /** "Retake": forget the photo under review (the failure count stays). */
  retake(slot: PhotoSlot): void {
    delete this.pending[slot];
    this.set(slot, { phase: 'empty', upload: { phase: 'idle', percent: 0 } });
    this.ctx.replaced(slot);
  }

  /** Forgets a slot's photo and upload (a rejection asked for it again, or the document type changed). */
  clear(slot: PhotoSlot): void {
    this.processing[slot]?.abort();
    this.uploads[slot]?.abort();
    delete this.pending[slot];
    delete this.status[slot];
    const saved = this.ctx.draft().slots[slot];
    if (saved) this.ctx.draft().slots[slot] = { failedInARow: saved.failedInARow };
    this.revoke(slot);
    this.ctx.host.requestUpdate();
  }

  /** Uploads every kept photo whose upload is missing or expired (after a reload, or a `documents_missing`). */
  resume(slots: readonly PhotoSlot[]): void {
    for (const slot of slots) {
      const saved = this.ctx.draft().slots[slot];
      if (!saved?.photo) continue;
      if (!this.uploaded(slot)) {
        saved.document = undefined;
        if (!this.uploads[slot]) void this.upload(slot);
      }
    }
  }

  /** Forgets a slot's upload id (the backend no longer has it) while keeping the photo. */
  expire(slot: PhotoSlot): void {
    const saved = this.ctx.draft().slots[slot];
    if (saved) saved.document = undefined;
    delete this.status[slot];
  }

  /** Stops all work (the element left, or the draft was discarded). */
  stop(): void {
    for (const controller of [...Object.values(this.processing), ...Object.values(this.uploads)]) controller?.abort();
    this.processing = {};
    this.uploads = {};
  }

  /** Stops all work and drops every photo and preview. */
  reset(): void {
    this.stop();
    this.status = {};
    this.pending = {};
    for (const slot of Object.keys(this.urls) as PhotoSlot[]) this.revoke(slot);
  }

  /** Retries an upload that gave up. */
  retryUpload(slot: PhotoSlot): void {
    if (!this.uploads[slot]) void this.upload(slot);
  }

  private async accept(slot: PhotoSlot, photo: PreparedImage): Promise<void> {
    delete this.pending[slot];
    const saved = (this.ctx.draft().slots[slot] ??= { failedInARow: 0 });
    saved.photo = { blob: photo.blob, width: photo.width, height: photo.height };
    saved.document = undefined;
    this.ctx.saveDraft();
    this.set(slot, { phase: 'ready', upload: { phase: 'idle', percent: 0 }, preview: this.url(slot, photo.blob, true) });
    this.ctx.replaced(slot);
    this.ctx.announce('photo-ready');
    await this.upload(slot);
  }

  private async upload(slot: PhotoSlot): Promise<void> {
    const saved = this.ctx.draft().slots[slot];
    if (!saved?.photo) return;
    this.uploads[slot]?.abort();
    const controller = new AbortController();
    this.uploads[slot] = controller;
    const file = new File([saved.photo.blob], `${slot}.jpg`, { type: 'image/jpeg' });
    const progress = (percent: number, phase: UploadPhase = 'uploading', retryAt?: number) =>
      this.set(slot, { ...this.of(slot), phase: 'ready', review: undefined, upload: { phase, percent, retryAt } });
    try {
      for (let attempt = 0; ; attempt++) {
        progress(0);
        try {
          const client = await this.ctx.client();
          const document = await client.uploadKycDocument(
            { kind: slot, file },
            { signal: controller.signal, onUploadProgress: ({ loaded, total }) => progress(total ? Math.min(99, Math.round((loaded / total) * 100)) : 0) },
          );
          saved.document = { id: document.documentId, expiresAt: document.expiresAt };
          this.ctx.saveDraft();
          progress(100, 'done');
          this.ctx.announce('uploaded');
          return;
        } catch (error) {
          if (controller.signal.aborted) return;
          const wait = UPLOAD_BACKOFF_MS[attempt];
          if (wait === undefined || !retryable(error)) throw error;
          const delay = isTillitError(error) && error.retryAfter !== undefined ? error.retryAfter * 1000 : wait;
          progress(0, 'waiting', Date.now() + delay);
          // The "trying again in N seconds" line counts down.
          const tick = setInterval(() => this.ctx.host.requestUpdate(), 1000);
          try {
            await sleep(delay, controller.signal);
          } finally {
            clearInterval(tick);
          }
        }
      }
    } catch {
      if (controller.signal.aborted) return;
      progress(0, 'failed');
      this.ctx.announce('upload-failed');
    } finally {
      if (this.uploads[slot] === controller) delete this.uploads[slot];
    }
  }

  private pipeline(): Promise<ImageModule> {
    this.image ??= import('../../image/index.js').catch((error: unknown) => {
      this.image = undefined;
      throw error;
    });
    return this.image;
  }

  private set(slot: PhotoSlot, status: SlotStatus): void {
    this.status[slot] = status;
    this.ctx.host.requestUpdate();
  }

  private url(slot: PhotoSlot, blob: Blob, replace = false): string {
    if (replace || !this.urls[slot]) {
      this.revoke(slot);
      this.urls[slot] = URL.createObjectURL(blob);
    }
    return this.urls[slot]!;
  }

  private revoke(slot: PhotoSlot): void {
    const url = this.urls[slot];
    if (url) URL.revokeObjectURL(url);
    delete this.urls[slot];
  }
}

/** Faults a repeat may cure: the connection, a timeout, a rate limit with a short wait, a 5xx. */
function retryable(error: unknown): boolean {
  if (!isTillitError(error)) return false;
  if (error.code === 'network' || error.code === 'timeout') return true;
  if (error.code === 'rate_limited') return (error.retryAfter ?? 0) <= 30;
  return error.status !== undefined && error.status >= 500;
}
