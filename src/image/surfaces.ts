/** Drawing surfaces for the pipeline: OffscreenCanvas where it exists (workers), else a canvas element. */
import { PrepareImageError } from './errors.js';
import type { Surface } from './pipeline.js';

export const hasOffscreenCanvas = (): boolean =>
  typeof OffscreenCanvas === 'function' && typeof OffscreenCanvas.prototype.convertToBlob === 'function';

function contextOf<T>(context: T | null): T {
  if (!context) throw new PrepareImageError('unsupported_browser', 'This browser gave no 2D canvas context.');
  return context;
}

export function offscreenSurface(width: number, height: number, readBack: boolean): Surface {
  const canvas = new OffscreenCanvas(width, height);
  const context = contextOf(canvas.getContext('2d', { alpha: false, willReadFrequently: readBack }));
  return {
    context,
    toJpeg: (quality) => canvas.convertToBlob({ type: 'image/jpeg', quality }),
    release: () => {
      // Frees the backing store now rather than at GC (Safari counts canvas memory per page).
      canvas.width = 0;
      canvas.height = 0;
    },
  };
}

/**
 * A canvas element, for main threads without OffscreenCanvas. Its `toBlob` encodes asynchronously (Chromium
 * slices the JPEG encode into idle tasks), which keeps the main thread free.
 */
export function elementSurface(width: number, height: number, readBack: boolean): Surface {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = contextOf(canvas.getContext('2d', { alpha: false, willReadFrequently: readBack }));
  return {
    context,
    toJpeg: (quality) => new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality)),
    release: () => {
      canvas.width = 0;
      canvas.height = 0;
    },
  };
}
