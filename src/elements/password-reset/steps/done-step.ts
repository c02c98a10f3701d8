import { html, type TemplateResult } from 'lit';

export interface DoneStepView {
  /** The shared withdrawal-lock notice: why, and until when in the user's language and time zone. */
  readonly lock: unknown;
  /** "Log in", drawn by the element as its main action (a link to `sign-in-href`, else a button). */
  readonly signIn: TemplateResult;
}

/** The last step, in the light DOM: until when withdrawals stay disabled, then "Log in". */
export function doneStep(o: DoneStepView) {
  return html`<div class="tillit-form">${o.lock} ${o.signIn}</div>`;
}
