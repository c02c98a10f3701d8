import type { Clock } from './clock.js';

/**
 * Fixed-window counters: at most `limit` hits per `windowSeconds` for one key. `hit` answers how many seconds to
 * wait when over the limit (the `Retry-After`), or 0 when the hit is allowed.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { startMs: number; count: number }>();

  constructor(private readonly clock: Clock) {}

  hit(key: string, limit: number, windowSeconds: number): number {
    const now = this.clock.nowMs();
    let w = this.windows.get(key);
    if (!w || now - w.startMs >= windowSeconds * 1000) {
      w = { startMs: now, count: 0 };
      this.windows.set(key, w);
    }
    w.count += 1;
    if (w.count <= limit) return 0;
    return Math.max(1, Math.ceil((w.startMs + windowSeconds * 1000 - now) / 1000));
  }

  reset(): void {
    this.windows.clear();
  }
}
