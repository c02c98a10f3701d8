import { html, nothing } from 'lit';
import type { SupplementaryDocumentType } from '../../../contract/index.js';
import { describedBy, fieldError } from '../../shared/field-error.js';
import type { KycUploaderMessages } from '../messages.js';
import { MAX_SUPPLEMENTARY, type SupplementaryFile } from '../supplementary.js';

export interface SupplementaryView {
  readonly t: KycUploaderMessages;
  readonly errorPrefix: string;
  readonly ids: { readonly supplementary: string; readonly note: string };
  readonly requested: readonly SupplementaryDocumentType[];
  readonly files: readonly SupplementaryFile[];
  readonly note: string;
  readonly error: string | undefined;
  readonly busy: boolean;
  readonly on: {
    readonly add: (files: FileList) => void;
    readonly remove: (key: number) => void;
    readonly note: (value: string) => void;
    readonly submit: (event: SubmitEvent) => void;
    readonly back: () => void;
  };
}

/** What the reviewer asked for, a multi-file input (photos or PDF), each file's upload, a note, and send. */
export function supplementaryStep(o: SupplementaryView) {
  const { t } = o;
  const errorId = `${o.ids.supplementary}-error`;
  const onFiles = (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (input.files?.length) o.on.add(input.files);
    input.value = '';
  };
  return html`
    <form class="tillit-form" novalidate @submit=${o.on.submit}>
      <p class="tillit-intro">${t.supplementaryIntro}</p>
      <ul class="tillit-kyc-limits">${o.requested.map((type) => html`<li>${t[`supp_${type}`]}</li>`)}</ul>
      <div class="tillit-field" ?data-invalid=${Boolean(o.error)}>
        <label class="tillit-label" for=${o.ids.supplementary}>${t.supplementaryFiles}</label>
        ${fieldError(errorId, o.error, o.errorPrefix)}
        <input
          class="tillit-kyc-file"
          id=${o.ids.supplementary}
          type="file"
          multiple
          accept="image/jpeg,image/png,application/pdf"
          ?disabled=${o.files.length >= MAX_SUPPLEMENTARY}
          aria-describedby=${describedBy(o.error && errorId)}
          @change=${onFiles}
        />
      </div>
      ${o.files.length
        ? html`<ul class="tillit-kyc-files">
            ${o.files.map(
              (f) => html`<li data-phase=${f.phase}>
                <span>${f.name}</span>
                <span>${f.phase === 'done' ? `✓ ${t.uploaded}` : f.phase === 'failed' ? t.uploadFailed : t.uploading({ percent: f.percent })}</span>
                <button class="tillit-link" type="button" @click=${() => o.on.remove(f.key)}>${t.remove({ name: f.name })}</button>
              </li>`,
            )}
          </ul>`
        : nothing}
      <div class="tillit-field">
        <label class="tillit-label" for=${o.ids.note}>${t.noteLabel}</label>
        <textarea class="tillit-input" id=${o.ids.note} name="note" rows="3" maxlength="1000" .value=${o.note}
          @input=${(event: InputEvent) => o.on.note((event.target as HTMLTextAreaElement).value)}></textarea>
      </div>
      <div class="tillit-kyc-actions">
        <button class="tillit-button" type="submit" aria-disabled=${o.busy ? 'true' : 'false'}>${o.busy ? t.submitting : t.supplementarySubmit}</button>
        <button class="tillit-kyc-secondary" type="button" @click=${o.on.back}>${t.back}</button>
      </div>
    </form>
  `;
}
