import { html } from 'lit';
import type { StepUpController } from '../../../controllers/step-up-controller.js';
import type { StepUpMessages } from '../../../i18n/step-up.js';
import { cancelButton } from '../step-frame.js';
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
  /** "Start again" when that request failed (the token is spent): begins the flow anew. */
  readonly startAgain: { readonly text: string; readonly run: () => void };
  readonly cancel: { readonly text: string; readonly run: () => void };
}

/**
 * The step-up step of a flow that does one sensitive action after it: the shared step-up view, then, once it is
 * confirmed, the action's own request ("Getting your QR code…") or "Start again" when that failed; "Cancel" below.
 */
export function stepUpStep(o: StepUpStepOptions) {
  const view = stepUpViewModel(o.stepUp, o.t, o.pending, o.level);
  const failed = o.stepUp.status === 'verified' && !o.pending;
  const intro = o.pending === o.actionLabel ? o.actionPending : view.intro;
  const restart = failed ? o.startAgain : view.restart;
  return html`${stepUpView({ ...view, intro, restart })}${cancelButton(o.cancel.text, o.cancel.run)}`;
}
