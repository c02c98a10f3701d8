import { html, nothing, type TemplateResult } from 'lit';
import { fieldError } from '../../shared/field-error.js';
import type { PhotoSlot } from '../draft-store.js';
import type { KycUploaderMessages } from '../messages.js';
import type { SlotStatus } from '../photo-set.js';
import { checkText, fileProblemText } from './guidance.js';

export interface PhotoView {
  readonly t: KycUploaderMessages;
  readonly locale: string;
  readonly errorPrefix: string;
  readonly id: string;
  readonly slot: PhotoSlot;
  readonly label: string;
  readonly status: SlotStatus;
  readonly error: string | undefined;
  /** `getUserMedia` exists: offer "Use camera" (else the file input asks for the camera with `capture`). */
  readonly cameraSupported: boolean;
  /** The open camera's view (lazily loaded), if any. */
  readonly camera: TemplateResult | undefined;
  readonly now: number;
  readonly on: {
    readonly file: (file: File) => void;
    readonly openCamera: () => void;
    readonly retake: () => void;
    readonly useAnyway: () => void;
    readonly retryUpload: () => void;
    readonly next: () => void;
    readonly back: () => void;
  };
}

function uploadLine(o: PhotoView) {
  const { t } = o;
  const upload = o.status.upload;
  if (upload.phase === 'done') return html`<p class="tillit-kyc-uploaded" data-upload="done">✓ ${t.uploaded}</p>`;
  if (upload.phase === 'failed')
    return html`<p class="tillit-error" data-upload="failed">${t.uploadFailed}</p>
      <button class="tillit-kyc-secondary" type="button" @click=${o.on.retryUpload}>${t.retryUpload}</button>`;
  if (upload.phase === 'waiting')
    return html`<p class="tillit-hint" data-upload="waiting">${t.uploadWaiting({ seconds: Math.max(1, Math.ceil(((upload.retryAt ?? o.now) - o.now) / 1000)) })}</p>`;
  const label = t.uploading({ percent: upload.percent });
  return html`<div class="tillit-kyc-progress" data-upload="uploading">
    <span id=${`${o.id}-progress`}>${label}</span>
    <progress max="100" .value=${upload.percent} aria-labelledby=${`${o.id}-progress`}></progress>
  </div>`;
}

function picker(o: PhotoView) {
  const { t } = o;
  const selfie = o.slot === 'selfie';
  const cameraButton = o.cameraSupported && !o.camera;
  // The step's id goes to its first control ("Use camera", else the file input): see `photoStep`.
  const fileId = cameraButton ? `${o.id}-file` : o.id;
  const onFile = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) o.on.file(file);
  };
  return html`
    ${o.camera ?? nothing}
    <div class="tillit-kyc-actions">
      ${cameraButton ? html`<button class="tillit-button" id=${o.id} type="button" @click=${o.on.openCamera}>${t.useCamera}</button>` : nothing}
    </div>
    <div class="tillit-field">
      <label class="tillit-label" for=${fileId}>${t.chooseFile}</label>
      <p class="tillit-hint" id=${`${fileId}-hint`}>${t.fileHint}</p>
      <input
        class="tillit-kyc-file"
        id=${fileId}
        type="file"
        accept="image/jpeg,image/png"
        capture=${o.cameraSupported ? nothing : selfie ? 'user' : 'environment'}
        aria-describedby=${`${fileId}-hint`}
        @change=${onFile}
      />
    </div>
  `;
}

/**
 * One photo per step: take or choose it, see what the checks found, watch it upload. The step's id (the slot's
 * field id) is on the first control of what is shown ("Retake" under guidance, "Next" once ready, "Use camera" or
 * the file input to start): a checked or retaken photo replaces the control the user used, and focus goes there,
 * with its own focus ring, not around the whole panel.
 */
export function photoStep(o: PhotoView) {
  const { t, status } = o;
  const selfie = o.slot === 'selfie';
  const errorId = `${o.id}-error`;
  const preview = status.preview ? html`<img class="tillit-kyc-preview" src=${status.preview} alt=${o.label} />` : nothing;
  let body: unknown;
  if (status.phase === 'processing') body = html`<p class="tillit-hint" id=${o.id} tabindex="-1" role="status">${t.processing}</p>`;
  else if (status.phase === 'review' && status.review) {
    const [first, ...rest] = status.review.failed;
    body = html`${preview}
      <div class="tillit-kyc-guidance" role="alert">
        <p class="tillit-kyc-guidance-main">${first ? checkText(t, first, selfie, o.locale) : ''}</p>
        ${rest.length ? html`<ul>${rest.map((check) => html`<li>${checkText(t, check, selfie, o.locale)}</li>`)}</ul>` : nothing}
        <p>${status.review.action === 'confirm' ? t.retakeOrConfirm : t.retakeBlocked}</p>
      </div>
      <div class="tillit-kyc-actions">
        <button class="tillit-button" id=${o.id} type="button" @click=${o.on.retake}>${t.retake}</button>
        ${status.review.action === 'confirm' ? html`<button class="tillit-kyc-secondary" type="button" @click=${o.on.useAnyway}>${t.useAnyway}</button>` : nothing}
      </div>`;
  } else if (status.phase === 'ready') {
    body = html`${preview}${uploadLine(o)}
      <div class="tillit-kyc-actions">
        <button class="tillit-button" id=${o.id} type="button" @click=${o.on.next}>${t.next}</button>
        <button class="tillit-kyc-secondary" type="button" @click=${o.on.retake}>${t.retake}</button>
      </div>`;
  } else {
    body = html`${status.phase === 'file-error' && status.fileError
      ? html`<p class="tillit-error" role="alert">${fileProblemText(t, status.fileError.code, status.fileError.format)}</p>`
      : nothing}${picker(o)}`;
  }
  return html`
    <div class="tillit-form" data-slot=${o.slot} data-phase=${status.phase}>
      <p class="tillit-intro">${selfie ? t.photoIntroSelfie : t.photoIntroDocument}</p>
      ${fieldError(errorId, o.error, o.errorPrefix)}
      ${body}
      <button class="tillit-link" type="button" @click=${o.on.back}>${t.back}</button>
    </div>
  `;
}
