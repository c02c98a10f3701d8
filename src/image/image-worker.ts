/**
 * The image worker: runs the pipeline off the main thread. Built into `dist/image-worker.js` as one file with
 * no imports, so a bundler that copies it as a plain asset (webpack's `new URL()` handling) still has a
 * working worker.
 */
import { noPause } from './analysis/pause.js';
import { toErrorData } from './errors.js';
import { runPipeline } from './pipeline.js';
import type { FromWorker, ToWorker } from './protocol.js';
import { hasOffscreenCanvas, offscreenSurface } from './surfaces.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
}

const scope = globalThis as unknown as WorkerScope;
const cancelled = new Set<number>();
const stop = Symbol('cancelled');

async function run(id: number, request: Extract<ToWorker, { type: 'run' }>['request']): Promise<void> {
  try {
    const result = await runPipeline(request, {
      createSurface: offscreenSurface,
      pause: noPause,
      checkpoint: () => {
        if (cancelled.has(id)) throw stop;
      },
    });
    scope.postMessage({ type: 'done', id, result });
  } catch (error) {
    if (error !== stop) scope.postMessage({ type: 'failed', id, error: toErrorData(error) });
  } finally {
    cancelled.delete(id);
  }
}

scope.onmessage = ({ data }) => {
  if (data.type === 'cancel') cancelled.add(data.id);
  else if (data.type === 'run') void run(data.id, data.request);
};
scope.postMessage({ type: 'ready', capable: hasOffscreenCanvas() && typeof createImageBitmap === 'function' });
