/**
 * The image worker: runs the pipeline off the main thread. Built into `dist/image-worker.js` as one file with
 * no imports, so a bundler that copies it as a plain asset (webpack's `new URL()` handling) still has a
 * working worker. Started again from inside itself under the name `tillit-image-checks`, it is the checker
 * (./checker.ts).
 */
import { noPause } from './analysis/pause.js';
import { CHECKER_NAME, serveChecks, startChecker } from './checker.js';
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
let checkElsewhere: ReturnType<typeof startChecker>;
const stop = Symbol('cancelled');

async function run(id: number, request: Extract<ToWorker, { type: 'run' }>['request']): Promise<void> {
  try {
    const result = await runPipeline(request, {
      createSurface: offscreenSurface,
      pause: noPause,
      bands: 1,
      ...(checkElsewhere ? { checkElsewhere } : {}),
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

if ((globalThis as { name?: string }).name === CHECKER_NAME) {
  serveChecks(globalThis as unknown as Parameters<typeof serveChecks>[0]);
} else {
  scope.onmessage = ({ data }) => {
    if (data.type === 'cancel') cancelled.add(data.id);
    else if (data.type === 'run') void run(data.id, data.request);
  };
  const capable = hasOffscreenCanvas() && typeof createImageBitmap === 'function';
  if (capable) checkElsewhere = startChecker();
  scope.postMessage({ type: 'ready', capable });
}
