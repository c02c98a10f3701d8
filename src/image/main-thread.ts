/**
 * The pipeline on the main thread, for pages where the worker cannot start (no Worker, a CSP or Trusted Types
 * policy that refuses it, a bundler that did not ship the file). Loaded only then. Decoding and encoding stay
 * asynchronous in the browser; our own loops give the event loop a turn every 8 ms.
 */
import { slicedPause } from './analysis/pause.js';
import { watchDeadline } from './deadline.js';
import { type PipelineRequest, type PipelineResult, runPipeline } from './pipeline.js';
import { elementSurface, hasOffscreenCanvas, offscreenSurface } from './surfaces.js';

/** Bands each picture is drawn in on the main thread: a 12 MP photo scaled to 2048 px in 16 draws. */
const MAIN_THREAD_BANDS = 16;

export function runOnMainThread(request: PipelineRequest, signal: AbortSignal | undefined, timeoutMs: number): Promise<PipelineResult> {
  return new Promise((resolve, reject) => {
    let stopped: { reason: unknown } | undefined;
    const dispose = watchDeadline(signal, timeoutMs, (reason) => {
      stopped = { reason };
      reject(reason);
    });
    // A canvas element's toBlob encodes in idle slices; OffscreenCanvas.convertToBlob on the main thread is one
    // long task in Chromium. So: an element wherever there is a document.
    const createSurface = typeof document === 'object' || !hasOffscreenCanvas() ? elementSurface : offscreenSurface;
    runPipeline(request, {
      createSurface,
      pause: slicedPause(),
      bands: MAIN_THREAD_BANDS,
      checkpoint: () => {
        if (stopped) throw stopped.reason;
      },
    }).then(
      (result) => {
        dispose();
        if (!stopped) resolve(result);
      },
      (error: unknown) => {
        dispose();
        if (!stopped) reject(error);
      },
    );
  });
}
