// Fakes for controller tests: a reactive-controller host that is not an element (it counts updates and lets a
// test connect and disconnect it), and a clock that replaces Date.now and setInterval/setTimeout until restored.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class FakeHost extends EventTarget implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  updates = 0;
  connected = false;
  readonly updateComplete = Promise.resolve(true);
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
    if (this.connected) controller.hostConnected?.();
  }
  removeController(controller: ReactiveController): void {
    this.controllers.splice(this.controllers.indexOf(controller), 1);
  }
  requestUpdate(): void {
    this.updates += 1;
  }
  connect(): void {
    this.connected = true;
    for (const c of this.controllers) c.hostConnected?.();
  }
  disconnect(): void {
    this.connected = false;
    for (const c of this.controllers) c.hostDisconnected?.();
  }
  /** One update cycle, as Lit runs it. */
  update(): void {
    for (const c of this.controllers) c.hostUpdate?.();
    for (const c of this.controllers) c.hostUpdated?.();
  }
}

interface Timer {
  fn: () => void;
  at: number;
  every: number | undefined;
}

/** Replaces the clock and the timers; `tick(ms)` moves time and runs what falls due. */
export function fakeClock(start = 1_700_000_000_000) {
  let now = start;
  let next = 1;
  const timers = new Map<number, Timer>();
  const saved = { now: Date.now, setInterval, clearInterval, setTimeout, clearTimeout };
  Date.now = () => now;
  const add = (fn: () => void, ms: number, every: number | undefined) => {
    const id = next++;
    timers.set(id, { fn, at: now + ms, every });
    return id;
  };
  const g = globalThis as unknown as Record<string, unknown>;
  g['setInterval'] = (fn: () => void, ms = 0) => add(fn, ms, ms);
  g['setTimeout'] = (fn: () => void, ms = 0) => add(fn, ms, undefined);
  g['clearInterval'] = g['clearTimeout'] = (id: number) => timers.delete(id);
  return {
    /** How many intervals and timeouts are pending. */
    get pending() {
      return timers.size;
    },
    tick(ms: number) {
      const end = now + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        const [id, timer] = due;
        now = timer.at;
        if (timer.every === undefined) timers.delete(id);
        else timer.at += timer.every;
        timer.fn();
      }
      now = end;
    },
    restore() {
      Date.now = saved.now;
      Object.assign(globalThis, {
        setInterval: saved.setInterval,
        clearInterval: saved.clearInterval,
        setTimeout: saved.setTimeout,
        clearTimeout: saved.clearTimeout,
      });
    },
  };
}
