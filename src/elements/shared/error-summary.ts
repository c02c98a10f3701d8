import { html, nothing, type TemplateResult } from 'lit';
import type { ErrorSummaryItem } from '../../controllers/form-feedback-controller.js';

export interface ErrorSummaryView {
  /** Id prefix, unique in the shadow root (`summary`). */
  readonly id: string;
  readonly title: string;
  readonly items: readonly ErrorSummaryItem[];
  /** Heading level of the title: one below the element's own heading. */
  readonly level: number;
  /** Follows an item's link: focus the control with this id (`FormFeedbackController.focusControl`). */
  readonly activate: (target: string) => void;
}

/**
 * The GOV.UK error summary: a titled box at the top that takes focus when it appears (the host focuses
 * `[data-error-summary]`), one entry per problem, each linking to its field. The link carries the field's id and
 * finds the field when followed, not when drawn, so a field rendered after the summary (a step that just came
 * back) is still reached; a fragment link from a shadow root could not reach a light-DOM id reliably anyway.
 */
export function errorSummary(o: ErrorSummaryView): TemplateResult | typeof nothing {
  if (o.items.length === 0) return nothing;
  const follow = (event: Event, target: string) => {
    event.preventDefault();
    o.activate(target);
  };
  return html`
    <div class="error-summary" part="error-summary" data-error-summary tabindex="-1" aria-labelledby=${`${o.id}-title`}>
      <div class="error-summary-title" role="heading" aria-level=${o.level} id=${`${o.id}-title`}>${o.title}</div>
      <ul class="error-summary-list">
        ${o.items.map(({ text, target }) =>
          target
            ? html`<li><a href=${`#${target}`} @click=${(event: Event) => follow(event, target)}>${text}</a></li>`
            : html`<li>${text}</li>`,
        )}
      </ul>
    </div>
  `;
}
