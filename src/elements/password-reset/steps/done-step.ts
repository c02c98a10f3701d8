import { html } from 'lit';
import { signInLink, type SignInLink } from './sign-in-link.js';

export interface DoneStepView {
  /** The shared withdrawal-lock notice: why, and until when in the user's language and time zone. */
  readonly lock: unknown;
  readonly signIn: SignInLink;
}

/** The last step, in the light DOM: until when withdrawals stay disabled, then "Log in". */
export function doneStep(o: DoneStepView) {
  return html`<div class="tillit-form">${o.lock} ${signInLink({ ...o.signIn, primary: true })}</div>`;
}
