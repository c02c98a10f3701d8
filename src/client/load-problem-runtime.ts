import { once } from './once.js';

/** The problem runtime, loaded once on first use and shared by every client on the page. */
export type ProblemRuntime = typeof import('./problem-runtime.js');

export const loadProblemRuntime: () => Promise<ProblemRuntime> = once(() => import('./problem-runtime.js'));
