import { html, nothing, type TemplateResult } from 'lit';
import type { CodeChallengeView } from '../../controllers/code-challenge-controller.js';
import { oneTimeCodeField } from './one-time-code-field.js';

/**
 * The shared code form, in the light DOM: one `one-time-code` input in a real `<form>`, the resend button (code
 * channels), the submit button, the other methods the challenge offers, and whatever the element adds below
 * (`extra`: "Lost your authenticator app?", "Start again").
 */
export function codeChallengeForm(v: CodeChallengeView, extra: unknown = nothing): TemplateResult {
  return html`
    <form id=${v.ids.form} class="tillit-form" novalidate @submit=${v.on.submit}>
      ${oneTimeCodeField({
        id: v.ids.code,
        label: v.label,
        hint: v.hint,
        value: v.code,
        errorPrefix: v.errorPrefix,
        error: v.error,
        onInput: v.on.input,
        onComplete: () => v.on.submit(),
      })}
      ${v.resend
        ? html`<button class="tillit-link" type="button" ?disabled=${v.resend.disabled} @click=${v.on.resend}>${v.resend.text}</button>`
        : nothing}
      <button class="tillit-button" type="submit" aria-disabled=${v.busy ? 'true' : 'false'}>${v.submit}</button>
      ${otherMethods(v)} ${extra}
    </form>
  `;
}

function otherMethods(v: CodeChallengeView) {
  if (v.others.length === 0) return nothing;
  const labelId = `${v.ids.form}-methods`;
  return html`
    <div class="tillit-methods" role="group" aria-labelledby=${labelId}>
      <p class="tillit-label" id=${labelId}>${v.othersLabel}</p>
      ${v.others.map(({ method, label }) => html`<button class="tillit-link" type="button" @click=${() => v.on.choose(method)}>${label}</button>`)}
    </div>
  `;
}
