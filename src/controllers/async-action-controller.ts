import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How one run ended. `stale`: a newer run or a disconnect replaced it, so its result must be ignored. */
export type ActionOutcome<T> = { kind: 'done'; value: T } | { kind: 'failed'; error: unknown } | { kind: 'stale' };

/**
 * Runs one request at a time for a form: a newer run aborts the one it replaces, a disconnected host aborts what
 * is running, and `pending` ends on every path (so no spinner sticks). Imperative, unlike `@lit/task`, because a
 * form sends on submit rather than when a property changes.
 *
 *   const outcome = await this.action.run((signal) => client.signIn(input, { signal }));
 *   if (outcome.kind === 'done') ...
 */
export class AsyncActionController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private current: AbortController | undefined;
  /** What is running, for the UI to say (`'sign-in'`, `'passkey'`, ...); undefined when idle. */
  pending: string | undefined;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  async run<T>(label: string, work: (signal: AbortSignal) => Promise<T>): Promise<ActionOutcome<T>> {
    this.current?.abort();
    const controller = new AbortController();
    this.current = controller;
    this.pending = label;
    this.host.requestUpdate();
    try {
      const value = await work(controller.signal);
      return controller.signal.aborted ? { kind: 'stale' } : { kind: 'done', value };
    } catch (error) {
      return controller.signal.aborted ? { kind: 'stale' } : { kind: 'failed', error };
    } finally {
      if (this.current === controller) {
        this.current = undefined;
        this.pending = undefined;
        this.host.requestUpdate();
      }
    }
  }

  /** Aborts the running request, if any; its run resolves `stale`. */
  abort(): void {
    this.current?.abort();
    this.current = undefined;
    if (this.pending !== undefined) {
      this.pending = undefined;
      this.host.requestUpdate();
    }
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.abort();
  }
}
