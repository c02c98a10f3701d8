/**
 * The part of an element that loads on first use (its flow after the first step): loaded once, kept, and loaded
 * again after a failure (offline while the chunk was fetched), with the failure reported to `failed`.
 *
 *   private readonly part = new LazyPart(() => import('./setup-part.js').then((m) => m.load(this)), () => showError());
 *   onContinue: () => void this.part.with((part) => part.flow.begin())
 */
export class LazyPart<P> {
  /** The part, once loaded. */
  value: P | undefined;
  private loading: Promise<P> | undefined;

  constructor(
    private readonly load: () => Promise<P>,
    private readonly failed: (error: unknown) => void | Promise<void>,
  ) {}

  /** Runs `then` with the part, loading it first if needed. */
  async with(then: (part: P) => void): Promise<void> {
    this.loading ??= this.load().then((part) => (this.value = part));
    try {
      then(await this.loading);
    } catch (error) {
      this.loading = undefined;
      await this.failed(error);
    }
  }
}
