/** Image formats recognised from the file's first bytes (not from its name or the browser's `type`). */
export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'gif' | 'bmp' | 'heic' | 'avif' | 'tiff' | 'pdf' | 'svg';

/**
 * Why `prepareImage` could not make a photo of the file. Elements word each one:
 * - `not_an_image`: not a photo at all (`format` is `pdf` or `svg` when it was one of those).
 * - `unsupported_format`: a photo this browser cannot read (`format`: `heic` from iPhones outside Safari,
 *   `avif`, `tiff`); suggest JPEG, or sending it from Safari.
 * - `too_large`: over `maxBytes`.
 * - `too_many_pixels`: over `maxPixels` (would exhaust the memory of a phone to decode).
 * - `decode_failed`: a JPEG/PNG/... the browser could not decode: damaged or cut short.
 * - `encode_failed`: the browser could not write the JPEG (out of memory).
 * - `timeout`: the work took longer than `timeout`.
 * - `unsupported_browser`: no `createImageBitmap` or canvas (very old browsers).
 */
export type PrepareImageErrorCode =
  | 'not_an_image'
  | 'unsupported_format'
  | 'too_large'
  | 'too_many_pixels'
  | 'decode_failed'
  | 'encode_failed'
  | 'timeout'
  | 'unsupported_browser';

/** The plain-data form that crosses from the worker (Error subclasses do not survive `postMessage`). */
export interface PrepareImageErrorData {
  code: PrepareImageErrorCode;
  message: string;
  format?: ImageFormat;
}

/**
 * The one error `prepareImage` rejects with, apart from `signal.reason` on abort. Branch on `code`;
 * `message` is for developers and never shown to users.
 */
export class PrepareImageError extends Error {
  readonly code: PrepareImageErrorCode;
  /** The format recognised from the file's bytes, when one was. */
  readonly format?: ImageFormat;

  constructor(code: PrepareImageErrorCode, message: string, format?: ImageFormat, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PrepareImageError';
    this.code = code;
    if (format !== undefined) this.format = format;
  }

  static fromData(data: PrepareImageErrorData): PrepareImageError {
    return new PrepareImageError(data.code, data.message, data.format);
  }
}

/** True for errors from `prepareImage`, also across bundles that each carry their own copy of the class. */
export function isPrepareImageError(error: unknown): error is PrepareImageError {
  return error instanceof PrepareImageError || (error instanceof Error && error.name === 'PrepareImageError' && 'code' in error);
}

/** What the worker posts for a failure; anything that is not ours (a bug, an engine error) is a `decode_failed`. */
export function toErrorData(error: unknown): PrepareImageErrorData {
  if (isPrepareImageError(error)) return { code: error.code, message: error.message, ...(error.format ? { format: error.format } : {}) };
  return { code: 'decode_failed', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
}
