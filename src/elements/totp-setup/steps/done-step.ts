import { html, nothing, type TemplateResult } from 'lit';
import type { StepMarkup } from '../../shared/step-frame.js';

export interface DoneView {
  readonly level: number;
  /** The element's step heading and Cancel link. */
  readonly markup: StepMarkup;
  readonly title: string;
  readonly intro: string;
  /** The withdrawal lock the change started (the shared notice; `nothing` when there is none). */
  readonly lock: TemplateResult | typeof nothing;
  /** Said when the recovery phrase step was left without saving one. */
  readonly noPhrase: string | undefined;
}

/** The end: the app is bound, the withdrawal lock that follows, and a reminder when no recovery phrase was saved. */
export function doneStep(v: DoneView) {
  return html`
    <div class="tillit-step">
      ${v.markup.title(v.level, v.title)}
      <p class="tillit-intro">${v.intro}</p>
      ${v.lock}
      ${v.noPhrase ? html`<p class="tillit-warning">${v.noPhrase}</p>` : nothing}
    </div>
  `;
}
