import { html } from 'lit';
import type { PhotoSlot } from '../draft-store.js';
import type { KycUploaderMessages } from '../messages.js';
import type { SlotStatus } from '../photo-set.js';

export interface SubmitView {
  readonly t: KycUploaderMessages;
  readonly documentName: string;
  readonly slots: readonly { readonly slot: PhotoSlot; readonly label: string; readonly status: SlotStatus; readonly uploaded: boolean }[];
  readonly redo: boolean;
  readonly busy: boolean;
  readonly on: {
    readonly change: (slot: PhotoSlot | 'document') => void;
    readonly retryUpload: (slot: PhotoSlot) => void;
    readonly submit: () => void;
    readonly discard: () => void;
  };
}

/** Every photo with its upload state; "Send for review" is enabled only when each one is uploaded. */
export function submitStep(o: SubmitView) {
  const { t } = o;
  const ready = o.slots.every((s) => s.uploaded);
  const state = (s: SubmitView['slots'][number]) =>
    s.uploaded
      ? html`<span data-upload="done">✓ ${t.uploaded}</span>`
      : s.status.upload.phase === 'failed'
        ? html`<button class="tillit-kyc-secondary" type="button" @click=${() => o.on.retryUpload(s.slot)}>${t.retryUpload}</button>`
        : s.status.upload.phase === 'uploading' || s.status.upload.phase === 'waiting'
          ? html`<span>${t.uploading({ percent: s.status.upload.percent })}</span>`
          : html`<span>${t.missingPhotos}</span>`;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (ready) o.on.submit();
  };
  return html`
    <form class="tillit-form" novalidate @submit=${submit}>
      <p class="tillit-intro">${o.redo ? t.redoIntro : t.submitIntro}</p>
      <dl class="tillit-kyc-summary">
        <div>
          <dt>${o.documentName}</dt>
          <dd><button class="tillit-link" type="button" @click=${() => o.on.change('document')}>${t.change}</button></dd>
        </div>
        ${o.slots.map(
          (s) => html`<div data-slot=${s.slot}>
            <dt>${s.status.preview ? html`<img class="tillit-kyc-thumb" src=${s.status.preview} alt="" />` : ''}${s.label}</dt>
            <dd>${state(s)} <button class="tillit-link" type="button" @click=${() => o.on.change(s.slot)}>${t.change}</button></dd>
          </div>`,
        )}
      </dl>
      <p class="tillit-hint">${t.warning}</p>
      <button class="tillit-button" type="submit" ?disabled=${!ready} aria-disabled=${o.busy ? 'true' : 'false'}>${o.busy ? t.submitting : t.submit}</button>
      <button class="tillit-link" type="button" @click=${o.on.discard}>${t.discardDraft}</button>
    </form>
  `;
}
