import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A whole-second countdown for "send a new code in 45 sec" and "try again in 2 min". It keeps the end time, not a
 * tick count, so a throttled background tab shows the right number when it wakes; the interval runs only while
 * the host is connected, and a reconnected host picks the countdown up where it stands.
 *
 *   private readonly resend = new CountdownController(this, () => this.announce(...));
 *   this.resend.start(60);  // then render this.resend.remaining / this.resend.running
 */
export class CountdownController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly onEnd: (() => void) | undefined;
  private endsAt = 0;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(host: ReactiveControllerHost, onEnd?: () => void) {
    this.host = host;
    this.onEnd = onEnd;
    host.addController(this);
  }

  /** Whole seconds left, 0 when not running. */
  get remaining(): number {
    return Math.max(0, Math.ceil((this.endsAt - Date.now()) / 1000));
  }

  get running(): boolean {
    return this.remaining > 0;
  }

  /** Starts (or restarts) the countdown; 0 or less stops it without calling `onEnd`. */
  start(seconds: number): void {
    this.endsAt = Date.now() + Math.max(0, seconds) * 1000;
    this.stopTimer();
    if (seconds > 0) this.startTimer();
    this.host.requestUpdate();
  }

  stop(): void {
    this.endsAt = 0;
    this.stopTimer();
    this.host.requestUpdate();
  }

  hostConnected(): void {
    if (this.running) this.startTimer();
  }

  hostDisconnected(): void {
    this.stopTimer();
  }

  private startTimer(): void {
    this.timer = setInterval(() => {
      this.host.requestUpdate();
      if (this.running) return;
      this.stopTimer();
      this.onEnd?.();
    }, 1000);
  }

  private stopTimer(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }
}
