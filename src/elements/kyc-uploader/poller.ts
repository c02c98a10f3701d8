import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface PollerOptions {
  /** First wait in ms; each poll that changes nothing waits `factor` times longer, up to `max`. */
  interval: () => number;
  factor?: number;
  max?: number;
  /** One poll; resolves true when polling should stop (the review was decided). */
  poll: (signal: AbortSignal) => Promise<boolean>;
}

/**
 * Polls while a review is pending: the waits grow (15 s, 22 s, ... up to 5 min by default), nothing runs while the
 * page is hidden (a background tab costs the backend nothing), and coming back polls at once and starts the waits
 * again. Stops when the element leaves the page.
 */
export class Poller implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private wait = 0;
  private running = false;
  private inFlight: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PollerOptions,
  ) {
    host.addController(this);
  }

  get active(): boolean {
    return this.running;
  }

  start(): void {
    this.running = true;
    this.wait = this.options.interval();
    this.schedule();
  }

  stop(): void {
    this.running = false;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.inFlight?.abort();
    this.inFlight = undefined;
  }

  /** Polls now (the user pressed "Check now", or the page came back into view), then waits from the start. */
  async now(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.inFlight?.abort();
    const controller = new AbortController();
    this.inFlight = controller;
    let done = false;
    try {
      done = await this.options.poll(controller.signal);
    } catch {
      // A failed poll is tried again later, with the longer wait.
    }
    if (this.inFlight !== controller) return;
    this.inFlight = undefined;
    if (done) return this.stop();
    this.schedule();
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibility);
    if (this.running) this.schedule();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    clearTimeout(this.timer);
    this.timer = undefined;
    this.inFlight?.abort();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.running || document.hidden) return;
    const wait = this.wait;
    this.wait = Math.min(this.options.max ?? 300_000, wait * (this.options.factor ?? 1.5));
    this.timer = setTimeout(() => void this.now(), wait);
  }

  private readonly onVisibility = (): void => {
    if (!this.running) return;
    if (document.hidden) {
      clearTimeout(this.timer);
      this.timer = undefined;
      return;
    }
    this.wait = this.options.interval();
    void this.now();
  };
}
