import type { Factor } from '../contract/index.js';

/**
 * An element moved to another step of its flow (or, on a step that asks for a code, to another method). Every
 * multi-step element fires this one class: `step` and `previousStep` are that element's step names, which its
 * docs list (`StepChangeEvent<LoginStep>` for `<login-form>`).
 *
 *   form.addEventListener('tillit-step-change', (event) => analytics.track(event.previousStep, event.step));
 */
export class StepChangeEvent<Step extends string = string> extends Event {
  static readonly type = 'tillit-step-change';
  readonly step: Step;
  /** The step before, or undefined for the first one. Equal to `step` when only `method` changed. */
  readonly previousStep: Step | undefined;
  /** The verification method the step now asks for, where it asks for one (second factor, step-up). */
  readonly method: Factor | undefined;
  constructor(step: Step, previousStep: Step | undefined, method?: Factor) {
    super(StepChangeEvent.type, { bubbles: true, composed: true });
    this.step = step;
    this.previousStep = previousStep;
    this.method = method;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tillit-step-change': StepChangeEvent;
  }
}
