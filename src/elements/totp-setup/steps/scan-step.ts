import { html, nothing, type TemplateResult } from 'lit';
import type { TotpSetupMessages } from '../messages.js';
import type { OtpauthDetails } from '../otpauth.js';
import type { StepMarkup } from '../../shared/step-frame.js';

export interface ScanView {
  readonly level: number;
  /** The element's step heading and Cancel link. */
  readonly markup: StepMarkup;
  readonly t: TotpSetupMessages;
  readonly details: OtpauthDetails;
  /** The setup key in groups of four. */
  readonly keyGroups: readonly string[];
  /** The QR code, once its encoder has loaded; `failed` when it could not (the manual steps open instead). */
  readonly qr: TemplateResult | 'failed' | undefined;
  readonly continueText: string;
  readonly cancelText: string;
  readonly onCopy: () => void;
  readonly onContinue: () => void;
  readonly onCancel: () => void;
}

/**
 * The scan step: the QR code, the service and account as the app will list them, a link for a user who is already
 * on the phone, and "Can't scan it?" with the steps for typing the key in (the key in groups of four, copyable).
 */
export function scanStep(v: ScanView) {
  const { t, details } = v;
  const issuer = details.issuer || details.account;
  return html`
    <div class="tillit-step">
      ${v.markup.title(v.level, t.scanTitle)}
      <p class="tillit-intro">${t.scanIntro}</p>
      ${v.qr === 'failed'
        ? nothing
        : html`<figure class="tillit-qr-frame">${v.qr ?? html`<p class="tillit-hint" role="status">${t.qrLoading}</p>`}</figure>`}
      <p class="tillit-listed">
        <span class="tillit-hint">${t.listedAs}</span>
        <strong>${issuer}</strong>
        ${details.issuer ? html`<span>${details.account}</span>` : nothing}
      </p>
      <a class="tillit-link" href=${details.uri}>${t.openInApp}</a>
      <details class="tillit-disclosure" ?open=${v.qr === 'failed'}>
        <summary>${t.cantScan}</summary>
        <ol class="tillit-steps">
          <li>${t.manualStep1}</li>
          <li>${t.manualStep2({ account: details.account })}</li>
          <li>
            ${t.manualStep3}
            <p class="tillit-key tillit-secret" aria-label=${t.keyLabel} data-tillit-secret>
              ${v.keyGroups.map((group) => html`<span>${group}</span> `)}
            </p>
            <button class="tillit-link" type="button" @click=${v.onCopy}>${t.copyKey}</button>
          </li>
          <li>${t.manualStep4({ digits: details.digits, period: details.period })}</li>
        </ol>
      </details>
      <div class="tillit-actions">
        <button class="tillit-button" type="button" @click=${v.onContinue}>${v.continueText}</button>
        ${v.markup.cancel(v.cancelText, v.onCancel)}
      </div>
    </div>
  `;
}
