import { html, type TemplateResult } from 'lit';
import type { KycDocumentType } from '../../../contract/index.js';
import { fieldError } from '../../shared/field-error.js';
import type { KycUploaderMessages } from '../messages.js';

export interface DocumentView {
  readonly t: KycUploaderMessages;
  readonly errorPrefix: string;
  readonly id: string;
  readonly country: string;
  readonly types: readonly KycDocumentType[];
  readonly chosen: KycDocumentType | undefined;
  readonly error: string | undefined;
  readonly on: { readonly choose: (type: KycDocumentType) => void; readonly next: () => void; readonly back: () => void };
}

/** The ID types the country accepts, as radio buttons (one tab stop, arrows move; the choice shows a check). */
export function documentStep(o: DocumentView): TemplateResult {
  const { t } = o;
  const errorId = `${o.id}-error`;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    o.on.next();
  };
  return html`
    <form class="tillit-form" novalidate @submit=${submit}>
      <fieldset class="tillit-field tillit-kyc-choices" id=${o.id} ?data-invalid=${Boolean(o.error)} aria-describedby=${o.error ? errorId : ''}>
        <legend class="tillit-label">${t.documentIntro({ country: o.country })}</legend>
        ${fieldError(errorId, o.error, o.errorPrefix)}
        ${o.types.map(
          (type) => html`<label class="tillit-kyc-choice">
            <input type="radio" name="documentType" value=${type} .checked=${o.chosen === type} @change=${() => o.on.choose(type)} />
            <span>${t[`doc_${type}`]}</span>
          </label>`,
        )}
      </fieldset>
      <div class="tillit-kyc-actions">
        <button class="tillit-button" type="submit">${t.next}</button>
        <button class="tillit-kyc-secondary" type="button" @click=${o.on.back}>${t.back}</button>
      </div>
    </form>
  `;
}
