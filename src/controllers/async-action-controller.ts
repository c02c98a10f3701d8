import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { TillitError } from '../client/errors.js';

/**
 * How one run ended. `stale`: a newer run replaced it, so its result must be ignored. `interrupted`: the element
 * left the page while it ran, so it was aborted; the flow says so once the element is back (if it comes back).
 */
export type ActionOutcome<T> =
  | { kind: 'done'; value: T }
  | { kind: 'failed'; error: unknown }
  | { kind: 'stale' }
  | { kind: 'interrupted' };

/** What to show for an `interrupted` run: the client's `aborted` ("The request stopped before it finished"). */
export function interruptedError(): TillitError {
  return new TillitError('aborted', 'The element left the page while the request ran.');
}

/**
 * Runs one request at a time for a form: a newer run aborts the one it replaces, a host that leaves the page
 * aborts what is running, and `pending` ends on every path (so no spinner sticks). Imperative, unlike `@lit/task`,
 * because a form sends on submit rather than when a property changes.
 *
 * A host that is only moved (a modal or portal re-parents it: disconnected and connected again in the same task)
 * keeps its request running, so a submit in flight is finished, not silently dropped.
 *
 *   const outcome = await this.action.run('sign-in', (signal) => client.signIn(input, { signal }));
 *   if (outcome.kind === 'done') ...
 */
export class AsyncActionController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private current: AbortController | undefined;
  private leaving: ReturnType<typeof setTimeout> | undefined;
  private readonly interrupted = new WeakSet<AbortController>();
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
      return controller.signal.aborted ? this.endedBy(controller) : { kind: 'done', value };
    } catch (error) {
      return controller.signal.aborted ? this.endedBy(controller) : { kind: 'failed', error };
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

  hostConnected(): void {
    clearTimeout(this.leaving);
    this.leaving = undefined;
  }

  hostDisconnected(): void {
    // Wait one task: a move reconnects the host before it runs, and the request goes on.
    this.leaving = setTimeout(() => {
      this.leaving = undefined;
      if (this.current) this.interrupted.add(this.current);
      this.abort();
    }, 0);
  }

  /**
   * One request of a form's flow, the way every flow sends one: while a failure's words load (`beforeFailure`) the
   * run stays pending, so the button never looks ready with nothing said; a stale run is dropped, an interrupted or
   * failed one goes to `fail`, a done one clears the form's errors (`succeeded` runs after `clearErrors`).
   */
  async send<T>(
    label: string,
    work: (signal: AbortSignal) => Promise<T>,
    on: { beforeFailure: () => Promise<unknown>; fail: (error: unknown) => void; clearErrors: () => void },
    succeeded: (value: T) => void | Promise<void>,
  ): Promise<void> {
    const outcome = await this.run(label, async (signal) => {
      try {
        return await work(signal);
      } catch (error) {
        await on.beforeFailure().catch(() => undefined);
        throw error;
      }
    });
    if (outcome.kind === 'stale') return;
    if (outcome.kind !== 'done') return on.fail(outcome.kind === 'interrupted' ? interruptedError() : outcome.error);
    on.clearErrors();
    await succeeded(outcome.value);
  }

  private endedBy(controller: AbortController): ActionOutcome<never> {
    return this.interrupted.has(controller) ? { kind: 'interrupted' } : { kind: 'stale' };
  }
}
