/**
 * Long loops call `await pause()` every few rows. In the worker it does nothing; on the main thread it gives
 * the event loop a turn once the current slice has run for `sliceMs`, so no task comes near the 50 ms that
 * counts as a long task (input stays responsive while the photo is checked).
 */
export type Pause = () => Promise<void> | undefined;

export const noPause: Pause = () => undefined;

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/** A macrotask turn: `scheduler.yield()` where there is one, else a MessageChannel message (no 4 ms clamp). */
function nextTurn(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

export function slicedPause(sliceMs = 8): Pause {
  let sliceStart = performance.now();
  return () => {
    if (performance.now() - sliceStart < sliceMs) return undefined;
    return nextTurn().then(() => {
      sliceStart = performance.now();
    });
  };
}
