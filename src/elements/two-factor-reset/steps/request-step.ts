import { html, nothing } from 'lit';
import type { TwoFactorResetReason } from '../../../contract/index.js';
import type { LocalizedMessages } from '../../../controllers/localize-controller.js';
import { describedBy, fieldError } from '../../shared/field-error.js';
import { textInput } from '../../shared/text-input.js';
import type { twoFactorResetSections } from '../messages.js';

export interface RequestStepView {
  readonly ids: Readonly<Record<'form' | 'reason' | 'email' | 'note', string>>;
  readonly t: LocalizedMessages<typeof twoFactorResetSections>;
  readonly reasons: readonly TwoFactorResetReason[];
  readonly reason: TwoFactorResetReason | undefined;
  readonly values: Readonly<Record<'email' | 'note', string>>;
  readonly errors: Readonly<Record<'reason' | 'email' | 'note', string | undefined>>;
  readonly noteMax: number;
  readonly busy: boolean;
  readonly hasTicket: boolean;
  /** What an approval will do (withdrawals locked, bind a new authenticator), stated above "Send request". */
  readonly consequences: unknown;
  readonly on: {
    readonly reason: (reason: TwoFactorResetReason) => void;
    readonly email: (value: string) => void;
    readonly note: (value: string) => void;
    readonly submit: (event: SubmitEvent) => void;
    readonly back: () => void;
    readonly status: () => void;
  };
}

/** The request for a 2FA reset, in the light DOM: what happened, where to answer, a note, "Send request". */
export function requestStep(o: RequestStepView) {
  const { t } = o;
  const m = t.twoFactorReset;
  const prefix = t.common.errorPrefix;
  const reasonError = `${o.ids.reason}-error`;
  const noteHint = `${o.ids.note}-hint`;
  const noteError = `${o.ids.note}-error`;
  const contactHint = `${o.ids.email}-hint`;
  const emailError = `${o.ids.email}-error`;
  return html`
    <form id=${o.ids.form} class="tillit-form" novalidate @submit=${o.on.submit}>
      <fieldset class="tillit-field tillit-choices" ?data-invalid=${Boolean(o.errors.reason)} aria-describedby=${describedBy(o.errors.reason && reasonError)}>
        <legend class="tillit-label">${m.reasonLegend}</legend>
        ${fieldError(reasonError, o.errors.reason, prefix)}
        ${o.reasons.map(
          (reason, i) => html`
            <label class="tillit-choice">
              <input
                type="radio"
                name="reason"
                value=${reason}
                id=${i === 0 ? o.ids.reason : `${o.ids.reason}-${reason}`}
                .checked=${o.reason === reason}
                @change=${() => o.on.reason(reason)}
              />
              <span>${m[`reason_${reason}`]}</span>
            </label>
          `,
        )}
      </fieldset>
      <div class="tillit-field" ?data-invalid=${Boolean(o.errors.email)}>
        <label class="tillit-label" for=${o.ids.email}>${m.contactLabel}</label>
        <p class="tillit-hint" id=${contactHint}>${m.contactHint}</p>
        ${fieldError(emailError, o.errors.email, prefix)}
        ${textInput({
          id: o.ids.email,
          name: 'email',
          type: 'email',
          autocomplete: 'email',
          autocapitalize: 'off',
          value: o.values.email,
          invalid: Boolean(o.errors.email),
          describedBy: describedBy(contactHint, o.errors.email && emailError),
          onInput: (event) => o.on.email((event.target as HTMLInputElement).value),
        })}
      </div>
      <div class="tillit-field" ?data-invalid=${Boolean(o.errors.note)}>
        <label class="tillit-label" for=${o.ids.note}>${m.noteLabel}</label>
        <p class="tillit-hint" id=${noteHint}>${m.noteHint}</p>
        ${fieldError(noteError, o.errors.note, prefix)}
        <textarea
          class="tillit-input tillit-textarea"
          id=${o.ids.note}
          name="note"
          rows="4"
          autocomplete="off"
          .value=${o.values.note}
          aria-invalid=${o.errors.note ? 'true' : 'false'}
          aria-describedby=${describedBy(noteHint, o.errors.note && noteError)}
          @input=${(event: Event) => o.on.note((event.target as HTMLTextAreaElement).value)}
        ></textarea>
      </div>
      ${o.consequences}
      <button class="tillit-button" type="submit" aria-disabled=${o.busy ? 'true' : 'false'}>${o.busy ? m.sending : m.send}</button>
      ${o.hasTicket ? html`<button class="tillit-link" type="button" @click=${o.on.status}>${m.statusAction}</button>` : nothing}
      <button class="tillit-link" type="button" @click=${o.on.back}>${m.back}</button>
    </form>
  `;
}
