/**
 * The photo pipeline itself, the same code in the worker and on the main thread: check the file, decode it
 * upright and scaled in one step, draw it once, start the JPEG encode (which carries no metadata: a canvas
 * has none to write) and run the quality checks on a small copy while the encoder works.
 */
import { type Analysis, type AnalysisInput, analyse } from './analysis/checks.js';
import type { Pause } from './analysis/pause.js';
import { PrepareImageError } from './errors.js';
import { type ImageHeader, readHeader } from './header.js';
import type { PhotoKind } from './types.js';

/** The options that reach the pipeline, defaults filled in (plain data: it is posted to the worker). */
export interface PipelineRequest {
  file: Blob;
  kind: PhotoKind;
  maxEdge: number;
  quality: number;
  maxBytes: number;
  maxPixels: number;
}

export interface PipelineResult extends Analysis {
  blob: Blob;
  width: number;
  height: number;
}

/** A 2D drawing surface: an OffscreenCanvas in the worker, a canvas element where there is none. */
export interface Surface {
  readonly context: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;
  toJpeg(quality: number): Promise<Blob | null>;
  release(): void;
}

export interface PipelineEnvironment {
  createSurface(width: number, height: number, readBack: boolean): Surface;
  pause: Pause;
  /**
   * 1 in the worker: the decoder scales, each picture is drawn in one go. More on the main thread, where a
   * scaling decode or one big scaled draw is a long task: there the decode is at full size (the browser does
   * that off the thread) and each picture is drawn in this many bands, with a pause between them.
   */
  bands: number;
  /** Runs the checks on another thread (the worker's checker), given the small copy; rejects when it cannot. */
  checkElsewhere?: (copy: ImageBitmap, input: Omit<AnalysisInput, 'pixels'>) => Promise<Analysis>;
  /** Throws when the caller gave up, so an aborted job stops at the next step. */
  checkpoint(): void;
}

/** Long edge of the copy the checks look at: enough for print-sized detail, small enough to scan in a few ms. */
export const ANALYSIS_EDGE = 800;

const fit = (width: number, height: number, maxEdge: number) => {
  const scale = Math.min(1, maxEdge / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
};

/** Formats not every browser decodes: a failure there means "this browser cannot", not "the file is damaged". */
const optionalFormats = new Set(['heic', 'avif', 'tiff']);

export async function runPipeline(request: PipelineRequest, env: PipelineEnvironment): Promise<PipelineResult> {
  const { file } = request;
  if (!(file instanceof Blob) || file.size === 0) throw new PrepareImageError('not_an_image', 'The file is empty or not a file.');
  if (file.size > request.maxBytes) throw new PrepareImageError('too_large', `The file is ${file.size} bytes; the limit is ${request.maxBytes}.`);
  if (typeof createImageBitmap !== 'function') throw new PrepareImageError('unsupported_browser', 'This browser has no createImageBitmap.');

  const header = await readHeader(file);
  const { format } = header;
  if (!format || format === 'pdf' || format === 'svg') throw new PrepareImageError('not_an_image', 'The file is not a photo.', format);
  if (header.width !== undefined && header.height !== undefined) {
    if (header.width === 0 || header.height === 0) throw new PrepareImageError('decode_failed', 'The image header gives no size.', format);
    refuseHuge(header.width * header.height, request.maxPixels, format);
  }
  env.checkpoint();

  const { bitmap, sourceLongEdge } = await decode(file, header, request, env.bands === 1);
  env.checkpoint();
  try {
    const target = fit(bitmap.width, bitmap.height, request.maxEdge);
    const output = env.createSurface(target.width, target.height, false);
    await paint(output.context, bitmap, target, env);
    // The checks start before the encode: in a worker the encode holds the thread, so a checker on another
    // thread (env.checkElsewhere) does them meanwhile.
    const checks = await startChecks(env.bands === 1 ? bitmap : output.context.canvas, target, { kind: request.kind, sourceLongEdge }, env);
    const blob = await output.toJpeg(request.quality).catch((cause: unknown) => {
      throw new PrepareImageError('encode_failed', 'The browser could not encode the JPEG.', format, { cause });
    });
    const analysis = await checks.result;
    output.release();
    if (!blob || blob.type !== 'image/jpeg') throw new PrepareImageError('encode_failed', 'The browser did not produce a JPEG.', format);
    return { blob, width: target.width, height: target.height, ...analysis };
  } finally {
    bitmap.close();
  }
}

/**
 * Draws the small copy from `source` (the picture at `target` size, or the bitmap behind it) and starts the
 * checks on it: on the checker thread when there is one, else here. Resolves once they are under way.
 */
async function startChecks(
  source: Source,
  target: { width: number; height: number },
  photo: { kind: PhotoKind; sourceLongEdge: number },
  env: PipelineEnvironment,
): Promise<{ result: Promise<Analysis> }> {
  const small = fit(target.width, target.height, ANALYSIS_EDGE);
  const input = { ...photo, outputScale: target.width / small.width };
  const here = async () => {
    const copy = env.createSurface(small.width, small.height, true);
    await paint(copy.context, source, small, env);
    const pixels = copy.context.getImageData(0, 0, small.width, small.height);
    copy.release();
    await env.pause();
    env.checkpoint();
    return analyse({ pixels, ...input }, env.pause);
  };
  if (!env.checkElsewhere) return { result: here() };
  // The browser scales the copy (off this thread where it can); a checker that fails falls back to here().
  const copy = await createImageBitmap(source, { resizeWidth: small.width, resizeHeight: small.height, resizeQuality: 'high' });
  return { result: env.checkElsewhere(copy, input).catch(here) };
}

function refuseHuge(pixels: number, maxPixels: number, format: ImageHeader['format']): void {
  if (pixels > maxPixels) {
    throw new PrepareImageError('too_many_pixels', `The image has ${pixels} pixels; the limit is ${maxPixels}.`, format);
  }
}

type Source = ImageBitmap | OffscreenCanvas | HTMLCanvasElement;

/**
 * Draws `source` scaled to `size`, on white (JPEG has no alpha, and black behind a transparent PNG would hide a
 * dark document). In `env.bands` horizontal bands: each drawn from a few more source rows than it shows and
 * clipped, so the scaling filter sees its neighbours and no seam shows.
 */
async function paint(context: Surface['context'], source: Source, size: { width: number; height: number }, env: PipelineEnvironment): Promise<void> {
  const { width, height } = size;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  if (env.bands <= 1) {
    context.drawImage(source, 0, 0, width, height);
    return;
  }
  const scale = source.height / height;
  const band = Math.ceil(height / env.bands);
  const margin = 4; // output rows of overlap
  for (let top = 0; top < height; top += band) {
    const from = Math.max(0, top - margin);
    const to = Math.min(height, top + band + margin);
    context.save();
    context.beginPath();
    context.rect(0, top, width, Math.min(band, height - top));
    context.clip();
    context.drawImage(source, 0, from * scale, source.width, (to - from) * scale, 0, from, width, to - from);
    context.restore();
    await env.pause();
  }
}

/**
 * Decodes upright (`imageOrientation: 'from-image'`, applied by Chromium 112+, Firefox 111+, Safari 16+; their
 * default even before). For a JPEG whose size and orientation the header gave, the decoder scales too (in the
 * worker), which is what makes this as fast as a bare decode-resize; other formats may carry their rotation
 * elsewhere (HEIF `irot`), so they decode at full size and the canvas scales them.
 */
async function decode(file: Blob, header: ImageHeader, request: PipelineRequest, scaleInDecoder: boolean): Promise<Decoded> {
  const { format } = header;
  const upright = format === 'jpeg' ? uprightSize(header) : undefined;
  const large = upright && Math.max(upright.width, upright.height) > request.maxEdge;
  const scaled = large && scaleInDecoder ? fit(upright.width, upright.height, request.maxEdge) : undefined;
  const options: ImageBitmapOptions = { imageOrientation: 'from-image' };
  if (scaled) Object.assign(options, { resizeWidth: scaled.width, resizeHeight: scaled.height, resizeQuality: 'high' });
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, options).catch((error: unknown) => {
      // Browsers from before the 'from-image' name reject the option itself; their default orients.
      if (error instanceof TypeError) return createImageBitmap(file);
      throw error;
    });
  } catch (cause) {
    const code = format && optionalFormats.has(format) ? 'unsupported_format' : 'decode_failed';
    throw new PrepareImageError(code, `The browser could not decode this ${format ?? 'file'}.`, format, { cause });
  }
  if (!upright && bitmap.width * bitmap.height > request.maxPixels) {
    bitmap.close();
    refuseHuge(bitmap.width * bitmap.height, request.maxPixels, format);
  }
  return { bitmap, sourceLongEdge: upright ? Math.max(upright.width, upright.height) : Math.max(bitmap.width, bitmap.height) };
}

interface Decoded {
  bitmap: ImageBitmap;
  /** Long edge of the photo as taken, before any scaling. */
  sourceLongEdge: number;
}

/** The size after EXIF orientation (5-8 turn the picture a quarter), when the header gave one. */
function uprightSize({ width, height, orientation }: ImageHeader): { width: number; height: number } | undefined {
  if (width === undefined || height === undefined) return undefined;
  return orientation >= 5 ? { width: height, height: width } : { width, height };
}
