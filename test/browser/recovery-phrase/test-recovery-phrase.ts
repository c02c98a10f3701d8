// A minimal element with the shared recovery-phrase word boxes, as <two-factor-reset> (all 12 words, to restore
// an authenticator) and <recovery-key-backup> (some words, to prove the phrase was saved) will use them: the boxes in
// a real light-DOM <form>, the error summary and the live region in the shadow root. A valid submit keeps the words
// instead of calling a backend. Not shipped.
import { html, LitElement } from 'lit';
import { FormFeedbackController } from '../../../src/controllers/form-feedback-controller.js';
import { LightDomController } from '../../../src/controllers/light-dom-controller.js';
import { LocalizeController } from '../../../src/controllers/localize-controller.js';
import { defineElement } from '../../../src/elements/define-element.js';
import { errorSummary } from '../../../src/elements/shared/error-summary.js';
import { fieldStyles } from '../../../src/elements/shared/field-styles.js';
import { frameStyles } from '../../../src/elements/shared/frame-styles.js';
import { RecoveryPhraseController, WORD_FIELDS, type WordField } from '../../../src/elements/shared/recovery-phrase-controller.js';
import { recoveryPhraseFields } from '../../../src/elements/shared/recovery-phrase-fields.js';
import { recoveryPhraseStyles } from '../../../src/elements/shared/recovery-phrase-styles.js';
import { recoveryPhraseMessages } from '../../../src/i18n/recovery-phrase.js';
import { tokens } from '../../../src/theme/index.js';

export class TestRecoveryPhrase extends LitElement {
  static override styles = [tokens, frameStyles];

  /** What each valid submit sent: the words, and the entries with their positions. */
  submitted: { values: string[]; entries: { index: number; word: string }[] }[] = [];

  readonly i18n = new LocalizeController(this, { recoveryPhrase: recoveryPhraseMessages });
  private readonly light: LightDomController = new LightDomController(this, {
    styles: [fieldStyles, recoveryPhraseStyles],
    render: () => html`
      <form id=${this.feedback.ids.form} class="tillit-form" novalidate @submit=${(e: SubmitEvent) => this.submit(e)}>
        ${recoveryPhraseFields(this.phrase.view())}
        <button class="tillit-button" type="submit">${this.i18n.t.common.continue}</button>
      </form>
    `,
    lang: () => this.i18n.locale,
  });
  readonly feedback: FormFeedbackController<WordField> = new FormFeedbackController<WordField>(this, {
    name: 'phrase',
    fields: WORD_FIELDS,
    root: () => this.light.root,
    words: this.i18n,
  });
  readonly phrase: RecoveryPhraseController = new RecoveryPhraseController(this, { feedback: this.feedback, words: this.i18n });

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    const errors = this.phrase.validate();
    if (Object.keys(errors).length) return this.feedback.showFieldErrors(errors);
    this.feedback.clearErrors();
    this.submitted.push({ values: this.phrase.values, entries: this.phrase.entries() });
  }

  override render() {
    const t = this.i18n.t;
    return html`
      <section class="base" lang=${this.i18n.locale}>
        <h2 class="heading" data-tillit-heading tabindex="-1">Restore your authenticator</h2>
        ${errorSummary({
          id: 'summary',
          title: t.common.errorSummaryTitle,
          items: this.feedback.summary(),
          level: 3,
          activate: () => this.phrase.focusFirstEmpty(),
        })}
        <slot></slot>
        <div class="visually-hidden" role="status" aria-live="polite">${this.feedback.announcement}</div>
      </section>
    `;
  }
}

defineElement('test-recovery-phrase', TestRecoveryPhrase);

declare global {
  interface HTMLElementTagNameMap {
    'test-recovery-phrase': TestRecoveryPhrase;
  }
}
