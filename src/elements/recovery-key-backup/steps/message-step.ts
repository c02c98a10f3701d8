import { html, nothing } from 'lit';
import type { StepMarkup } from '../../shared/step-frame.js';

export interface MessageView {
  readonly level: number;
  /** The element's step heading and Cancel link. */
  readonly markup: StepMarkup;
  readonly title: string;
  readonly intro?: string | undefined;
  /** `warning`: the in-page warning before leaving with the phrase unsaved. */
  readonly tone?: 'warning';
  readonly primary?: { readonly text: string; readonly run: () => void } | undefined;
  readonly secondary?: { readonly text: string; readonly run: () => void } | undefined;
}

/** A step that only says something, with up to two actions: the leave warning, an expired phrase, the end. */
export function messageStep(v: MessageView) {
  return html`
    <div class="tillit-step" data-tone=${v.tone ?? nothing}>
      ${v.markup.title(v.level, v.title)}
      ${v.intro ? html`<p class=${v.tone === 'warning' ? 'tillit-warning' : 'tillit-intro'}>${v.intro}</p>` : nothing}
      ${v.primary || v.secondary
        ? html`<div class="tillit-actions">
            ${v.primary ? html`<button class="tillit-button" type="button" @click=${v.primary.run}>${v.primary.text}</button>` : nothing}
            ${v.secondary ? html`<button class="tillit-link" type="button" @click=${v.secondary.run}>${v.secondary.text}</button>` : nothing}
          </div>`
        : nothing}
    </div>
  `;
}
