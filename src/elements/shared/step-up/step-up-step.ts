import { html, type nothing, type TemplateResult } from 'lit';
import type { StepUpController } from '../../../controllers/step-up-controller.js';
import type { StepUpMessages } from '../../../i18n/step-up.js';
import type { GuardedRequest } from './guarded-request.js';
import { stepUpView } from './step-up-view.js';
import { stepUpViewModel } from './step-up-view-model.js';

export interface StepUpStepOptions {
  readonly stepUp: StepUpController;
  readonly t: StepUpMessages;
  readonly pending: string | undefined;
  readonly level: number;
  /** The action's own request after the step-up (`setup`, `issue`) and what to say while it runs. */
  readonly actionLabel: string;
  readonly actionPending: string;
  /** "Start again" when that request failed and the token is gone (spent, expired): begins the flow anew. */
  readonly startAgain: { readonly text: string; readonly run: () => void };
  /** That request: when it failed on the way with the grant still held, "Try again" sends it with the same token. */
  readonly request: Pick<GuardedRequest<unknown>, 'retryable' | 'retry'>;
  /** The flow's "Cancel" link, drawn by its step markup. */
  readonly cancel: TemplateResult | typeof nothing;
}

/**
 * The step-up step of a flow that does one sensitive action after it: the shared step-up view, then, once it is
 * confirmed, the action's own request ("Getting your QR code…"), and when that failed "Try again" (the grant is still
 * held) or "Start again" (it is gone); "Cancel" below.
 */
export function stepUpStep(o: StepUpStepOptions) {
  const view = stepUpViewModel(o.stepUp, o.t, o.pending, o.level);
  const failed = o.stepUp.status === 'verified' && !o.pending;
  const intro = o.pending === o.actionLabel ? o.actionPending : view.intro;
  const retry = { text: o.t.tryAgain, run: () => void o.request.retry() };
  const restart = failed ? (o.request.retryable ? retry : o.startAgain) : view.restart;
  return html`${stepUpView({ ...view, intro, restart })}${o.cancel}`;
}
