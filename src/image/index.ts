/**
 * `tillit/image`: the photo pipeline of identity verification, usable without any element.
 *
 * ```ts
 * import { prepareImage, reviewPhoto, isPrepareImageError } from 'tillit/image';
 *
 * const photo = await prepareImage(file, { kind: 'document', signal });
 * const review = reviewPhoto(photo.checks, failedBefore);
 * if (review.action === 'accept') upload(photo.blob);
 * ```
 *
 * The work runs in a worker (`dist/image-worker.js`, next to this file); where none can start it runs on the
 * main thread in small slices. Imports nothing outside this folder: no lit, no element, no client.
 */
import { PrepareImageError } from './errors.js';
import type { PipelineRequest } from './pipeline.js';
import type { PrepareImageOptions, PreparedImage } from './types.js';
import { WorkerUnavailable, runInWorker } from './worker-host.js';

export { PrepareImageError, isPrepareImageError, type ImageFormat, type PrepareImageErrorCode } from './errors.js';
export { BLOCKED_ATTEMPTS, reviewPhoto, type PhotoReview } from './review.js';
export type * from './types.js';

/** The checks in guidance order (see `QualityCheckId`). */
export const qualityCheckIds = ['too_dark', 'glare', 'blurred', 'cut_off', 'too_small'] as const;

const defaults = { maxEdge: 2048, quality: 0.85, maxBytes: 50 * 1024 * 1024, maxPixels: 100_000_000, timeout: 30_000 };

function positive(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!(typeof value === 'number' && value > 0 && Number.isFinite(value))) throw new RangeError(`prepareImage: ${name} must be a positive number.`);
  return value;
}

/**
 * Makes an upload-ready photo: upright (EXIF orientation applied), long edge at most `maxEdge` (2048), JPEG
 * without any metadata (no EXIF, no GPS), with quality checks for the element to word.
 *
 * Rejects with a `PrepareImageError` (see its `code`), or with `signal.reason` when aborted. Never hangs: the
 * work gives up after `timeout` (30 s).
 */
export async function prepareImage(file: Blob, options: PrepareImageOptions = {}): Promise<PreparedImage> {
  const { signal, kind = 'document', worker = true } = options;
  signal?.throwIfAborted();
  if (kind !== 'document' && kind !== 'selfie') throw new RangeError('prepareImage: kind must be "document" or "selfie".');
  const quality = options.quality ?? defaults.quality;
  if (!(quality > 0 && quality <= 1)) throw new RangeError('prepareImage: quality must be in (0, 1].');
  const request: PipelineRequest = {
    file,
    kind,
    maxEdge: Math.round(positive('maxEdge', options.maxEdge, defaults.maxEdge)),
    quality,
    maxBytes: positive('maxBytes', options.maxBytes, defaults.maxBytes),
    maxPixels: positive('maxPixels', options.maxPixels, defaults.maxPixels),
  };
  const timeout = positive('timeout', options.timeout, defaults.timeout);
  if (!(file instanceof Blob)) throw new PrepareImageError('not_an_image', 'prepareImage takes a File or Blob.');

  if (worker !== false) {
    try {
      return { ...(await runInWorker(request, worker, signal, timeout)), ranOn: 'worker' };
    } catch (error) {
      if (!(error instanceof WorkerUnavailable)) throw error;
    }
  }
  const { runOnMainThread } = await import('./main-thread.js');
  return { ...(await runOnMainThread(request, signal, timeout)), ranOn: 'main-thread' };
}
