import type { Clock } from './clock.js';

/**
 * Fixed-window counters: at most `limit` hits per `windowSeconds` for one key, the window starting at the first hit.
 * `hit` counts and answers how many seconds to wait when over the limit (the `Retry-After`), or 0 when allowed.
 * `peek` and `release` serve counts of failures: refuse once `limit` failures are in (`peek`), count one before the
 * slow check so parallel requests see it (`hit`), and give it back when the check passed (`release`).
 */
export class RateLimiter {
  private readonly windows = new Map<string, { startMs: number; count: number }>();

  constructor(private readonly clock: Clock) {}

  private window(key: string, windowSeconds: number): { startMs: number; count: number } {
    const now = this.clock.nowMs();
    let w = this.windows.get(key);
    if (!w || now - w.startMs >= windowSeconds * 1000) {
      w = { startMs: now, count: 0 };
      this.windows.set(key, w);
    }
    return w;
  }

  private wait(w: { startMs: number }, windowSeconds: number): number {
    return Math.max(1, Math.ceil((w.startMs + windowSeconds * 1000 - this.clock.nowMs()) / 1000));
  }

  hit(key: string, limit: number, windowSeconds: number): number {
    const w = this.window(key, windowSeconds);
    w.count += 1;
    return w.count <= limit ? 0 : this.wait(w, windowSeconds);
  }

  /** Seconds until the window ends when `limit` hits are in already, else 0; counts nothing. */
  peek(key: string, limit: number, windowSeconds: number): number {
    const w = this.windows.get(key);
    if (!w || this.clock.nowMs() - w.startMs >= windowSeconds * 1000 || w.count < limit) return 0;
    return this.wait(w, windowSeconds);
  }

  /** Takes one hit back (a provisional failure that turned out a success). */
  release(key: string): void {
    const w = this.windows.get(key);
    if (w && w.count > 0) w.count -= 1;
  }

  reset(): void {
    this.windows.clear();
  }
}
