import { html, nothing, type TemplateResult } from 'lit';

/**
 * A field's error line, GOV.UK style: its id goes into the input's `aria-describedby`, and a visually hidden
 * prefix ("Error:") makes a screen reader say it is an error, not a hint.
 */
export function fieldError(id: string, message: string | undefined, prefix: string): TemplateResult | typeof nothing {
  if (!message) return nothing;
  return html`<p id=${id} class="tillit-error"><span class="tillit-visually-hidden">${prefix} </span>${message}</p>`;
}

/** The `aria-describedby` value for ids that may be absent. */
export function describedBy(...ids: (string | false | undefined)[]): string | typeof nothing {
  const present = ids.filter((id): id is string => Boolean(id));
  return present.length ? present.join(' ') : nothing;
}
