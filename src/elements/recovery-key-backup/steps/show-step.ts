import { html, nothing, type TemplateResult } from 'lit';
import type { StepMarkup } from '../../shared/step-frame.js';
import type { RecoveryKeyBackupMessages } from '../messages.js';

export interface ShowView {
  readonly level: number;
  /** The element's step heading and Cancel link. */
  readonly markup: StepMarkup;
  readonly t: RecoveryKeyBackupMessages;
  readonly words: readonly string[];
  /** The phrase as a QR code (the `qr` attribute), once its encoder loaded. */
  readonly qr: TemplateResult | undefined;
  readonly cancelText: string;
  readonly onCopy: () => void;
  readonly onDownload: () => void;
  readonly onPrint: () => void;
  readonly onWritten: () => void;
  readonly onCancel: () => void;
}

/**
 * The phrase, shown once: the warnings first, then the numbered words large enough to copy by hand, copy,
 * download and print. `data-tillit-print` marks what the print stylesheet keeps on paper: the words (and QR code).
 */
export function showStep(v: ShowView) {
  const { t } = v;
  return html`
    <div class="tillit-step">
      ${v.markup.title(v.level, t.showTitle)}
      <div class="tillit-warning">
        <p><strong>${t.onlyOnce}</strong> ${t.notKept}</p>
        <p>${t.storeOffline}</p>
      </div>
      <div class="tillit-phrase-sheet" data-tillit-print>
        <p class="tillit-print-only">${t.fileTitle}</p>
        <ol class="tillit-phrase-shown" aria-label=${t.phraseLabel} data-tillit-secret>
          ${v.words.map((word) => html`<li class="tillit-secret">${word}</li>`)}
        </ol>
        ${v.qr ? html`<figure class="tillit-qr-frame">${v.qr}<figcaption class="tillit-hint">${t.qrHint}</figcaption></figure>` : nothing}
      </div>
      <div class="tillit-actions">
        <button class="tillit-link" type="button" @click=${v.onCopy}>${t.copy}</button>
        <button class="tillit-link" type="button" @click=${v.onDownload}>${t.download}</button>
        <button class="tillit-link" type="button" @click=${v.onPrint}>${t.print}</button>
      </div>
      <div class="tillit-actions">
        <button class="tillit-button" type="button" @click=${v.onWritten}>${t.written}</button>
        ${v.markup.cancel(v.cancelText, v.onCancel)}
      </div>
    </div>
  `;
}
