import { html } from 'lit';
import type { CodeChallengeView } from '../../../controllers/code-challenge-controller.js';
import { codeChallengeForm } from '../../shared/code-challenge-form.js';

/** What the reset adds under the shared code form. */
export interface CodeStepExtras {
  /** "No code? Check your spam folder, or get the code another way below." */
  readonly noCode: string;
  readonly restart: { readonly text: string; readonly onClick: () => void };
}

/** The second step, in the light DOM: the shared code form (resend countdown, the other channel), and a way back. */
export function codeStep(code: CodeChallengeView, extras: CodeStepExtras) {
  return codeChallengeForm(
    code,
    html`<p class="tillit-hint">${extras.noCode}</p>
      <button class="tillit-link" type="button" @click=${extras.restart.onClick}>${extras.restart.text}</button>`,
  );
}
