import { html } from 'lit';
import { signInLink, type SignInLink } from './sign-in-link.js';

export interface DoneStepView {
  /** When withdrawals open again, in the user's language and time zone. */
  readonly lockText: string;
  readonly signIn: SignInLink;
}

/** The last step, in the light DOM: until when withdrawals stay disabled, then "Log in". */
export function doneStep(o: DoneStepView) {
  return html`
    <div class="tillit-form">
      <p class="tillit-notice-box">${o.lockText}</p>
      ${signInLink({ ...o.signIn, primary: true })}
    </div>
  `;
}
