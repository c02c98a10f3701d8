import type { ReactiveControllerHost } from 'lit';

/**
 * The part of an element that loads on first use (its flow after the first step): loaded once, kept, and loaded
 * again after a failure (offline while the chunk was fetched), with the failure reported to `failed`. Given the
 * host, `loading` is true while the chunk is fetched and the host re-renders when that changes, so the control that
 * asked for the part shows it is busy (and stops, whatever the outcome).
 *
 *   private readonly part = new LazyPart(() => import('./setup-part.js').then((m) => m.load(this)), () => showError(), this);
 *   onContinue: () => void this.part.with((part) => part.flow.begin())
 *   busy: this.part.loading
 */
export class LazyPart<P> {
  /** The part, once loaded. */
  value: P | undefined;
  private pending: Promise<P> | undefined;

  constructor(
    private readonly load: () => Promise<P>,
    private readonly failed: (error: unknown) => void | Promise<void>,
    private readonly host?: ReactiveControllerHost,
  ) {}

  /** The part's chunk is being fetched. */
  get loading(): boolean {
    return this.pending !== undefined && this.value === undefined;
  }

  /** Runs `then` with the part, loading it first if needed. */
  async with(then: (part: P) => void | Promise<void>): Promise<void> {
    let part: P;
    try {
      part = await this.fetch();
    } catch (error) {
      this.pending = undefined;
      this.host?.requestUpdate();
      return this.failed(error);
    }
    await then(part);
  }

  /** Starts loading the part early (in parallel with a request whose answer needs it); a failure waits for `with`. */
  preload(): void {
    void this.fetch().catch(() => {
      this.pending = undefined;
      this.host?.requestUpdate();
    });
  }

  private fetch(): Promise<P> {
    if (!this.pending) {
      this.pending = this.load().then((part) => {
        this.value = part;
        this.host?.requestUpdate();
        return part;
      });
      this.host?.requestUpdate();
    }
    return this.pending;
  }
}
