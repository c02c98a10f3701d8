/** The messages between `prepareImage` and the image worker (structured-clone data only). */
import type { PrepareImageErrorData } from './errors.js';
import type { PipelineRequest, PipelineResult } from './pipeline.js';

export type ToWorker = { type: 'run'; id: number; request: PipelineRequest } | { type: 'cancel'; id: number };

export type FromWorker =
  /** Sent once at start; `capable` is false where the worker has no OffscreenCanvas (Safari before 16.4). */
  | { type: 'ready'; capable: boolean }
  | { type: 'done'; id: number; result: PipelineResult }
  | { type: 'failed'; id: number; error: PrepareImageErrorData };
