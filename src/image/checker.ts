/**
 * The checker: a second instance of the image worker (same file, named `tillit-image-checks`) that runs the
 * quality checks on the small copy while the first one encodes the JPEG. `convertToBlob` holds the worker's
 * thread for the whole encode, so without it the checks would come on top of the encode instead of beside it.
 * Where it cannot start (a worker CSP that refuses it, no nested workers), the checks run in the image worker.
 */
import { type Analysis, type AnalysisInput, analyse } from './analysis/checks.js';
import { noPause } from './analysis/pause.js';
import { offscreenSurface } from './surfaces.js';

export const CHECKER_NAME = 'tillit-image-checks';

type CheckInput = Omit<AnalysisInput, 'pixels'>;
interface CheckRequest {
  id: number;
  copy: ImageBitmap;
  input: CheckInput;
}
type CheckAnswer = { id: number; analysis: Analysis } | { id: number; error: string };

interface Scope<In, Out> {
  onmessage: ((event: MessageEvent<In>) => void) | null;
  postMessage(message: Out, transfer?: Transferable[]): void;
}

/** In the checker: answers each copy with its analysis. */
export function serveChecks(scope: Scope<CheckRequest, CheckAnswer>): void {
  scope.onmessage = async ({ data: { id, copy, input } }) => {
    try {
      const surface = offscreenSurface(copy.width, copy.height, true);
      surface.context.drawImage(copy, 0, 0);
      copy.close();
      const pixels = surface.context.getImageData(0, 0, surface.context.canvas.width, surface.context.canvas.height);
      surface.release();
      scope.postMessage({ id, analysis: await analyse({ pixels, ...input }, noPause) });
    } catch (error) {
      scope.postMessage({ id, error: String(error) });
    }
  };
}

/** In the image worker: starts the checker; the function hands it a copy (transferred) and awaits the analysis. */
export function startChecker(): ((copy: ImageBitmap, input: CheckInput) => Promise<Analysis>) | undefined {
  let worker: Worker;
  try {
    worker = new globalThis.Worker(globalThis.location.href, { type: 'module', name: CHECKER_NAME });
  } catch {
    return undefined;
  }
  const pending = new Map<number, { resolve(analysis: Analysis): void; reject(reason: Error): void }>();
  let failed: Error | undefined;
  let nextId = 1;
  worker.onmessage = ({ data }: MessageEvent<CheckAnswer>) => {
    const job = pending.get(data.id);
    pending.delete(data.id);
    if ('analysis' in data) job?.resolve(data.analysis);
    else job?.reject(new Error(data.error));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    failed = new Error(`The checker failed: ${event.message || 'it could not be loaded'}.`);
    worker.terminate();
    for (const job of pending.values()) job.reject(failed);
    pending.clear();
  };
  return (copy, input) => {
    if (failed) {
      copy.close();
      return Promise.reject(failed);
    }
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, copy, input } satisfies CheckRequest, [copy]);
    });
  };
}
