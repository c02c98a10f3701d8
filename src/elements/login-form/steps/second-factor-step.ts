import { html, nothing, type TemplateResult } from 'lit';
import type { CodeChallengeView } from '../../../controllers/code-challenge-controller.js';
import { codeChallengeForm } from '../../shared/code-challenge-form.js';

/** The links under the code form that only the sign-in has. */
export interface SecondFactorLinks {
  /** "Lost your authenticator app?", while the authenticator app is asked for. */
  readonly lost: { readonly text: string; readonly onClick: () => void } | undefined;
  readonly restart: { readonly text: string; readonly onClick: () => void };
}

/** The second step, in the light DOM: the shared code form, then the way out of a lost authenticator and back. */
export function secondFactorStep(code: CodeChallengeView, links: SecondFactorLinks): TemplateResult {
  const link = (l: { text: string; onClick: () => void }) => html`<button class="tillit-link" type="button" @click=${l.onClick}>${l.text}</button>`;
  return codeChallengeForm(code, html`${links.lost ? link(links.lost) : nothing}${link(links.restart)}`);
}
