import { html, nothing, type TemplateResult } from 'lit';
import { codeChallengeForm } from '../code-challenge-form.js';
import type { StepUpView } from './step-up-view-model.js';

/**
 * The step-up, in the element's light DOM (the code field must be visible to the browser's one-time-code
 * autofill): the factor being asked for as a heading that takes focus, the list of what is asked for with what is
 * done, then the code form or the passkey button, or "Start again". Style it with `stepUpStyles` next to the shared
 * `fieldStyles`.
 */
export function stepUpView(v: StepUpView): TemplateResult {
  return html`
    <div class="tillit-step-up">
      <div class="tillit-step-up-title" role="heading" aria-level=${v.level} tabindex="-1" data-tillit-heading>${v.title}</div>
      ${v.intro ? html`<p class="tillit-intro">${v.intro}</p>` : nothing}
      ${v.factors.length
        ? html`<ol class="tillit-factors" aria-label=${v.factorsLabel}>
            ${v.factors.map(
              (f) => html`<li class="tillit-factor" data-state=${f.state} aria-current=${f.state === 'now' ? 'step' : 'false'}>
                ${f.label}${f.state === 'later' ? nothing : html`<span class="tillit-visually-hidden">, ${f.state === 'done' ? v.doneText : v.nowText}</span>`}
              </li>`,
            )}
          </ol>`
        : nothing}
      ${v.code ? codeChallengeForm(v.code) : nothing}
      ${v.passkey
        ? html`<button class="tillit-button" type="button" aria-disabled=${v.passkey.busy ? 'true' : 'false'} aria-busy=${v.passkey.busy ? 'true' : 'false'}
            @click=${() => (v.passkey?.busy ? undefined : v.passkey?.use())}>${v.passkey.text}</button>`
        : nothing}
      ${v.restart ? html`<button class="tillit-button" type="button" @click=${v.restart.run}>${v.restart.text}</button>` : nothing}
    </div>
  `;
}
