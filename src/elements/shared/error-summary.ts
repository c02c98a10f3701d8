import { html, nothing } from 'lit';

export interface ErrorSummaryItem {
  text: string;
  /** The field to focus when the item is activated (it may live in the light DOM). */
  field?: HTMLElement | null | undefined;
}

/**
 * The GOV.UK error summary: a titled box at the top that takes focus when it appears (the host focuses
 * `[data-error-summary]`), one entry per problem, each linking to its field. A click focuses the field directly
 * because a fragment link from a shadow root cannot reach an id in the light DOM reliably.
 */
export function errorSummary(id: string, title: string, items: readonly ErrorSummaryItem[]) {
  if (items.length === 0) return nothing;
  const focusField = (event: Event, field: HTMLElement) => {
    event.preventDefault();
    field.focus();
    field.scrollIntoView?.({ block: 'center' });
  };
  return html`
    <div class="error-summary" part="error-summary" data-error-summary tabindex="-1" aria-labelledby=${`${id}-title`}>
      <h3 class="error-summary-title" id=${`${id}-title`}>${title}</h3>
      <ul class="error-summary-list">
        ${items.map(({ text, field }) =>
          field
            ? html`<li><a href=${`#${field.id}`} @click=${(event: Event) => focusField(event, field)}>${text}</a></li>`
            : html`<li>${text}</li>`,
        )}
      </ul>
    </div>
  `;
}
