/**
 * The backend's notion of now. In testing mode the conformance suite moves it forward (`advanceClock`) to see the
 * 24 h lock and the 30-day cooldown end without waiting.
 */
export class Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  nowMs(): number {
    return Date.now() + this.offsetMs;
  }

  advance(seconds: number): void {
    this.offsetMs += seconds * 1000;
  }

  /** An instant `seconds` from now, as the contract's ISO string without milliseconds noise. */
  inSeconds(seconds: number): string {
    return isoInstant(this.nowMs() + seconds * 1000);
  }
}

export function isoInstant(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

export const SECOND = 1;
export const MINUTE = 60;
export const HOUR = 3600;
export const DAY = 86400;
