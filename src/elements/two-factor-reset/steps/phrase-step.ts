import { html } from 'lit';
import { recoveryPhraseFields, type RecoveryPhraseFieldsView } from '../../shared/recovery-phrase-fields.js';
import type { TwoFactorResetMessages } from '../messages.js';

export interface PhraseStepView {
  readonly formId: string;
  readonly t: TwoFactorResetMessages;
  /** The shared word boxes (paste spreads a whole phrase over them). */
  readonly words: RecoveryPhraseFieldsView;
  /** What the restore does (withdrawals locked, a new authenticator to bind), above the button that commits it. */
  readonly consequences: unknown;
  readonly busy: boolean;
  readonly on: { readonly submit: (event: SubmitEvent) => void; readonly back: () => void };
}

/** The recovery phrase, in the light DOM: the 12 word boxes, what follows, "Restore and log in", and back. */
export function phraseStep(o: PhraseStepView) {
  return html`
    <form id=${o.formId} class="tillit-form" novalidate @submit=${o.on.submit}>
      ${recoveryPhraseFields(o.words)} ${o.consequences}
      <button class="tillit-button" type="submit" aria-disabled=${o.busy ? 'true' : 'false'}>${o.busy ? o.t.restoring : o.t.restoreAction}</button>
      <button class="tillit-link" type="button" @click=${o.on.back}>${o.t.back}</button>
    </form>
  `;
}
