/**
 * The public shapes of `tillit/image`. Kept apart from the code so the worker, the main-thread fallback and
 * the entry agree on one definition.
 */

/** What the photo shows. Decides which quality checks apply and their limits. */
export type PhotoKind = 'document' | 'selfie';

/**
 * A quality check, in the order an element should give guidance (fix the light before the framing):
 * - `too_dark`: the photo is underexposed. "Find better light."
 * - `glare`: blown highlights (a reflection or flash) on the document. "Tilt the document away from the light."
 * - `blurred`: out of focus or shaken (variance of the Laplacian). "Hold still and let the camera focus."
 * - `cut_off`: a document edge is outside the picture (`sides` says which). "Fit all four edges in the frame."
 * - `too_small`: the document (or, for a selfie, the photo) is too few pixels across. "Move closer."
 *
 * Documents get all five checks; selfies get `too_dark`, `blurred` and `too_small` (skin and windows shine,
 * and a face has no edges to find).
 */
export type QualityCheckId = 'too_dark' | 'glare' | 'blurred' | 'cut_off' | 'too_small';

/** A side of the document, as the user sees the upright photo. */
export type DocumentSide = 'top' | 'right' | 'bottom' | 'left';

interface QualityCheckBase<Id extends QualityCheckId> {
  readonly id: Id;
  /** False when the photo fails this check: the element shows the guidance for `id`. */
  readonly passed: boolean;
  /** What was measured (unit per check, see each type). For logs and tuning, never shown to users. */
  readonly value: number;
  /** The limit `value` was held against. */
  readonly limit: number;
}

/** Mean luminance (0-255) of the document, or of the whole selfie; fails below `limit`. */
export type TooDarkCheck = QualityCheckBase<'too_dark'>;
/** Share (0-1) of the document covered by blown-out highlights; fails above `limit`. */
export type GlareCheck = QualityCheckBase<'glare'>;
/**
 * Variance of the Laplacian of the contrast-normalised luminance on the small copy, in its most detailed tiles
 * less the noise of its plainest ones; fails below `limit`.
 */
export type BlurredCheck = QualityCheckBase<'blurred'>;
/** Number of document edges found inside the picture (0-4); fails below `limit` (4). */
export interface CutOffCheck extends QualityCheckBase<'cut_off'> {
  /** The sides of the document that are outside the picture or could not be found; empty when it passed. */
  readonly sides: readonly DocumentSide[];
}
/** Long edge in pixels of the document as found in the original photo (or of the whole photo); fails below `limit`. */
export type TooSmallCheck = QualityCheckBase<'too_small'>;

export type QualityCheck = TooDarkCheck | GlareCheck | BlurredCheck | CutOffCheck | TooSmallCheck;

/** Where the document was found, in pixels of the prepared (output) image. */
export interface DocumentBounds {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface PreparedImage {
  /** Upright JPEG, no metadata (no EXIF, no GPS), long edge at most `maxEdge`. */
  readonly blob: Blob;
  readonly width: number;
  readonly height: number;
  /** Every check that applies to the kind, in guidance order (`QualityCheckId`). */
  readonly checks: readonly QualityCheck[];
  /** The document's box when all four edges were found (documents only). */
  readonly document?: DocumentBounds;
  /** Where the work ran: the worker, or the main thread when no worker could start. */
  readonly ranOn: 'worker' | 'main-thread';
}

/** A `TrustedScriptURL` from the host's own Trusted Types policy (typed loosely: no DOM types for it yet). */
export interface TrustedScriptURLLike {
  toJSON(): string;
}

export interface PrepareImageOptions {
  /** `document` (default) or `selfie`: selects the checks. */
  kind?: PhotoKind;
  /** Aborts the work; the promise rejects with `signal.reason` (an `AbortError` unless you gave another). */
  signal?: AbortSignal;
  /** Long edge of the output in pixels. Default 2048; smaller photos are never enlarged. */
  maxEdge?: number;
  /** JPEG quality, 0-1. Default 0.85. */
  quality?: number;
  /** Larger files fail with `too_large` before anything is read. Default 50 MiB. */
  maxBytes?: number;
  /** Photos with more pixels fail with `too_many_pixels`, from the header, before decoding. Default 100 MP. */
  maxPixels?: number;
  /** Gives up with `timeout` after this many milliseconds. Default 30 000. */
  timeout?: number;
  /**
   * Where the work runs. `true` (default): the worker file shipped next to `tillit/image`; a URL or a
   * `TrustedScriptURL`: a copy of `dist/image-worker.js` you serve yourself (when your bundler does not copy
   * it); `false`: the main thread, in small slices.
   */
  worker?: boolean | string | URL | TrustedScriptURLLike;
}

/** The checks' tunable limits; `prepareImage` uses the defaults for the photo's kind. */
export interface QualityLimits {
  readonly minLongEdge: number;
  readonly minLuminance: number;
  readonly maxGlare: number;
  readonly minSharpness: number;
}
