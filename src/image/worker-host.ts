/**
 * Starts, reuses and stops the image worker. One worker serves every call (jobs run side by side in it); it is
 * terminated after a while with nothing to do, and at once when the only job in it is aborted (which also
 * frees the decoder's memory). When it cannot start, calls reject with `WorkerUnavailable` and `prepareImage`
 * runs them on the main thread instead.
 */
import { watchDeadline } from './deadline.js';
import { PrepareImageError } from './errors.js';
import type { PipelineRequest, PipelineResult } from './pipeline.js';
import type { FromWorker, ToWorker } from './protocol.js';
import { createOwnImageWorker } from './trusted-worker.js';
import type { TrustedScriptURLLike } from './types.js';

/** This worker cannot run on this page; the caller falls back to the main thread. */
export class WorkerUnavailable extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'WorkerUnavailable';
  }
}

const timing = {
  /** Idle time before the worker is terminated; the next photo of a KYC flow usually comes sooner. */
  idleMs: 10_000,
  /** A worker that has not said "ready" by then is taken as unable to start (a file that never arrives). */
  readyMs: 10_000,
};

interface Job {
  resolve(result: PipelineResult): void;
  reject(reason: unknown): void;
}

class WorkerHost {
  private worker: Worker | undefined;
  private ready = false;
  /** Set once the worker proved it cannot run here; every later call goes to the main thread. */
  private unavailable: WorkerUnavailable | undefined;
  private readonly jobs = new Map<number, Job>();
  private nextId = 1;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private readyTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly start: () => Worker) {}

  /** Workers started so far (for tests: proves reuse). */
  starts = 0;

  get running(): boolean {
    return this.worker !== undefined;
  }

  run(request: PipelineRequest, signal: AbortSignal | undefined, timeoutMs: number): Promise<PipelineResult> {
    const worker = this.unavailable ? undefined : this.ensureWorker();
    if (!worker) return Promise.reject(this.unavailable);
    clearTimeout(this.idleTimer);
    const id = this.nextId++;
    return new Promise<PipelineResult>((resolve, reject) => {
      const dispose = watchDeadline(signal, timeoutMs, (reason) => this.drop(id, reason));
      this.jobs.set(id, {
        resolve: (result) => {
          dispose();
          resolve(result);
        },
        reject: (reason) => {
          dispose();
          reject(reason);
        },
      });
      this.post({ type: 'run', id, request });
    });
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker) return this.worker;
    let worker: Worker;
    try {
      worker = this.start();
    } catch (cause) {
      // A Trusted Types or CSP refusal throws right here.
      this.unavailable = new WorkerUnavailable('The image worker could not be created.', { cause });
      return undefined;
    }
    this.worker = worker;
    this.ready = false;
    this.starts++;
    worker.onmessage = (event: MessageEvent<FromWorker>) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.fail(`The image worker failed: ${event.message || 'it could not be loaded'}.`);
    };
    worker.onmessageerror = () => this.fail('A message from the image worker could not be read.');
    this.readyTimer = setTimeout(() => this.fail('The image worker did not start in time.'), timing.readyMs);
    return worker;
  }

  private receive(message: FromWorker): void {
    if (message.type === 'ready') {
      clearTimeout(this.readyTimer);
      if (!message.capable) return this.fail('The image worker has no OffscreenCanvas here.');
      this.ready = true;
      return;
    }
    const job = this.jobs.get(message.id);
    if (!job) return; // aborted or timed out meanwhile
    this.jobs.delete(message.id);
    if (message.type === 'done') job.resolve(message.result);
    else job.reject(PrepareImageError.fromData(message.error));
    this.idleIfEmpty();
  }

  /** Before "ready": the worker cannot run here, so its jobs go to the main thread. After: a crash, so they fail. */
  private fail(message: string): void {
    const reason = this.ready ? new PrepareImageError('decode_failed', message) : new WorkerUnavailable(message);
    if (!this.ready) this.unavailable = reason as WorkerUnavailable;
    this.terminate();
    const jobs = [...this.jobs.values()];
    this.jobs.clear();
    for (const job of jobs) job.reject(reason);
  }

  private drop(id: number, reason: unknown): void {
    const job = this.jobs.get(id);
    if (!job) return;
    this.jobs.delete(id);
    job.reject(reason);
    // Alone in the worker: stop it outright (an ImageBitmap decode cannot be interrupted otherwise).
    if (this.jobs.size === 0) this.terminate();
    else this.post({ type: 'cancel', id });
  }

  private post(message: ToWorker): void {
    this.worker?.postMessage(message);
  }

  private idleIfEmpty(): void {
    if (this.jobs.size > 0) return;
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.terminate(), timing.idleMs);
  }

  terminate(): void {
    clearTimeout(this.idleTimer);
    clearTimeout(this.readyTimer);
    this.worker?.terminate();
    this.worker = undefined;
    this.ready = false;
  }
}

const hosts = new Map<string, WorkerHost>();

/** The host for our own worker file (`true`) or for a worker URL the page serves itself. */
function hostFor(worker: true | string | URL | TrustedScriptURLLike): WorkerHost {
  const key = worker === true ? '' : String(worker);
  let host = hosts.get(key);
  if (!host) {
    // `globalThis.Worker`, never the bare name, anywhere in src/image: see trusted-worker.ts.
    const start = worker === true ? createOwnImageWorker : () => new globalThis.Worker(worker as string | URL, { type: 'module', name: 'tillit-image' });
    host = new WorkerHost(start);
    hosts.set(key, host);
  }
  return host;
}

export function runInWorker(
  request: PipelineRequest,
  worker: true | string | URL | TrustedScriptURLLike,
  signal: AbortSignal | undefined,
  timeoutMs: number,
): Promise<PipelineResult> {
  if (typeof globalThis.Worker !== 'function') return Promise.reject(new WorkerUnavailable('This browser has no Worker.'));
  return hostFor(worker).run(request, signal, timeoutMs);
}

/** For tests: whether our own worker is alive, how often it started, and shorter idle/ready times. */
export const imageWorkerForTests = {
  isRunning: (): boolean => hosts.get('')?.running ?? false,
  starts: (): number => hosts.get('')?.starts ?? 0,
  setTiming: (next: Partial<typeof timing>): void => void Object.assign(timing, next),
  reset: (): void => {
    for (const host of hosts.values()) host.terminate();
    hosts.clear();
  },
};
