import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Factor } from '../contract/index.js';
import { StepChangeEvent } from '../events/step-change.js';

export interface StepOptions<S extends string> {
  initial: S;
  /**
   * Called with the step being left, before the next one renders: clear its secrets here (a password, a setup key,
   * a recovery phrase must leave memory and the DOM when their step ends).
   */
  leave?: (step: S) => void;
  /** Moves focus to the new step's heading after it renders (usually `feedback.focusAfterUpdate('heading')`). */
  focusHeading: () => void;
}

/**
 * The steps of a multi-step element: which one is shown, going to another (its secrets cleared, focus on its
 * heading, `tillit-step-change` fired with the step before), and the method on a step that asks for a code.
 *
 *   private readonly steps = new StepController<LoginStep>(this, {
 *     initial: 'identifier', leave: (step) => step === 'identifier' && feedback.clear('password'),
 *     focusHeading: () => feedback.focusAfterUpdate('heading'),
 *   });
 *   this.steps.goTo('second-factor', 'totp');
 */
export class StepController<S extends string> implements ReactiveController {
  private readonly host: ReactiveControllerHost & EventTarget;
  private readonly options: StepOptions<S>;
  private step: S;
  private method: Factor | undefined;

  constructor(host: ReactiveControllerHost & EventTarget, options: StepOptions<S>) {
    this.host = host;
    this.options = options;
    this.step = options.initial;
    host.addController(this);
  }

  get current(): S {
    return this.step;
  }

  /**
   * Shows `step` (asking for `method`, where it asks for a code). Fires `tillit-step-change` when the step or the
   * method changed, and moves focus to the heading either way: the user asked for something new.
   */
  goTo(step: S, method?: Factor): void {
    const previous = this.step;
    if (step !== previous) this.options.leave?.(previous);
    const changed = step !== previous || method !== this.method;
    this.step = step;
    this.method = method;
    this.options.focusHeading();
    this.host.requestUpdate();
    if (changed) this.host.dispatchEvent(new StepChangeEvent<S>(step, previous, method));
  }

  /**
   * Back to the first step, as a host's `reset()` does: the current step's secrets cleared and the event fired as
   * for any change, but focus left where it is (the host, not the user, asked).
   */
  reset(): void {
    const previous = this.step;
    if (previous === this.options.initial && this.method === undefined) return;
    if (previous !== this.options.initial) this.options.leave?.(previous);
    this.step = this.options.initial;
    this.method = undefined;
    this.host.requestUpdate();
    this.host.dispatchEvent(new StepChangeEvent<S>(this.step, previous));
  }

  hostConnected(): void {}
}
