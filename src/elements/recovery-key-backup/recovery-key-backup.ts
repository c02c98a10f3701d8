import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { FormFeedbackController } from '../../controllers/form-feedback-controller.js';
import { LightDomController } from '../../controllers/light-dom-controller.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { codeStyles } from '../shared/code-styles.js';
import { errorSummary } from '../shared/error-summary.js';
import { fieldStyles } from '../shared/field-styles.js';
import { cancelButton, introStep } from '../shared/step-frame.js';
import { stepStyles } from '../shared/step-styles.js';
import { stepUpStyles } from '../shared/step-up/step-up-styles.js';
import { stepUpView } from '../shared/step-up/step-up-view.js';
import { stepUpViewModel } from '../shared/step-up/step-up-view-model.js';
import { LeaveGuardController } from './leave-guard.js';
import { RecoveryFlow, WORD_FIELDS, type WordField } from './phrase-flow.js';
import { phraseStyles } from './phrase-styles.js';
import type { IssuedRecoveryPhrase, RecoveryKeyBackupClient } from './recovery-client.js';
import { recoveryKeyBackupStyles } from './recovery-key-backup.styles.js';
import { recoveryKeyBackupSections } from './sections.js';
import { messageStep } from './steps/message-step.js';
import { proveStep } from './steps/prove-step.js';
import { showStep } from './steps/show-step.js';

/**
 * The recovery phrase, shown once and proved saved: the step-up and the issue (or a phrase the host issued), the
 * numbered words with the warnings, copy, download (.txt) and print, then the words at three positions the backend
 * chose, checked here and confirmed with the backend. Leaving with the phrase unsaved warns first (the browser's
 * `beforeunload` prompt, and an in-page warning on "Cancel"). The words leave the DOM and memory when the flow ends.
 *
 * @tagname recovery-key-backup
 * @summary Recovery phrase: shown once with copy, download and print, proved by re-entering chosen words.
 * @fires tillit-step-change - Moved to another step: `step`, `previousStep` (`start`, `verify`, `show`, `prove`, `done`), `method`.
 * @fires tillit-verified - The step-up for `issue_recovery_phrase` was confirmed.
 * @fires tillit-recovery-phrase-confirmed - The phrase is saved and active: `issuedAt`, `confirmedAt`.
 * @fires tillit-cancelled - The user left before the end (after the warning, if a phrase was shown): `step` left.
 * @slot - Holds the steps the element renders into its light DOM; leave empty.
 * @csspart base - The frame around everything.
 * @csspart heading - The element's title.
 * @csspart error-summary - The box listing what went wrong.
 * @cssproperty [--recovery-key-backup-max-width=36rem] - Widest the element grows.
 */
export class RecoveryKeyBackup extends LitElement {
  static override styles = recoveryKeyBackupStyles;
  static override properties = {
    client: { attribute: false },
    baseUrl: { attribute: 'base-url' },
    headingLevel: { attribute: 'heading-level', type: Number },
    issued: { attribute: false },
    qr: { type: Boolean },
    embedded: { type: Boolean, reflect: true },
  };

  /** The backend client (`createClient()` from `tillit/client`); else the page's `setDefaultClient()` one. */
  declare client?: RecoveryKeyBackupClient;
  /** Where the backend lives, when there is neither a `client` nor a default client. */
  declare baseUrl?: string;
  /** The level of the element's title (1 to 6; default 2); each step's heading is one below. */
  headingLevel = 2;
  /**
   * A phrase the host issued (`issueRecoveryPhrase`'s answer): shown at once, without the step-up. Read when the
   * element connects, then dropped: the element forgets the words when the flow ends; the host should too.
   */
  declare issued?: IssuedRecoveryPhrase;
  /** Also show the phrase as a QR code, for storing it on an offline device or paper. */
  qr = false;
  /** Drawn without its own frame and title, inside another element's flow (`<totp-setup>` sets it). */
  embedded = false;

  private readonly i18n = new LocalizeController(this, recoveryKeyBackupSections);
  private readonly light: LightDomController = new LightDomController(this, {
    styles: [fieldStyles, codeStyles, stepUpStyles, stepStyles, phraseStyles],
    render: () => this.renderLight(),
    lang: () => this.i18n.locale,
  });
  private readonly feedback: FormFeedbackController<WordField | 'code'> = new FormFeedbackController<WordField | 'code'>(this, {
    name: 'recovery',
    fields: [...WORD_FIELDS, 'code'],
    root: () => this.light.root,
    words: this.i18n,
  });
  private readonly flow: RecoveryFlow = new RecoveryFlow(this, this.i18n, this.feedback);

  constructor() {
    super();
    this.addController(new LeaveGuardController(() => this.flow.unsaved));
  }

  /** The current step (see `tillit-step-change` for the names). */
  get step() {
    return this.flow.steps.current;
  }

  /** Whether a phrase is shown and not yet confirmed (leaving now loses it). */
  get unsaved(): boolean {
    return this.flow.unsaved;
  }

  /** Back to the first step with no phrase held and no messages. */
  reset(): void {
    this.flow.reset();
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    const handed = this.issued;
    if (handed) {
      this.issued = undefined;
      this.flow.resume(handed);
    }
  }

  private get level(): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
  }

  override render() {
    const t = this.i18n.t;
    const level = this.level;
    return html`
      <section class="base" part="base" aria-labelledby="heading" lang=${this.i18n.locale}>
        <div id="heading" class="heading" part="heading" role="heading" aria-level=${level}>${t.recoveryKeyBackup.title}</div>
        ${errorSummary({
          id: 'summary',
          title: t.common.errorSummaryTitle,
          items: this.feedback.summary(),
          level: Math.min(6, level + 1),
          activate: (target) => this.feedback.focusControl(target),
        })}
        <slot></slot>
        <div class="visually-hidden" role="status" aria-live="polite">${this.feedback.announcement}</div>
      </section>
    `;
  }

  private renderLight(): TemplateResult {
    const { flow, feedback } = this;
    const t = this.i18n.t.recoveryKeyBackup;
    const common = this.i18n.t.common;
    const level = Math.min(6, this.level + 1);
    const cancel = () => flow.cancel();
    if (flow.leaving) {
      return messageStep({
        level, title: t.leaveTitle, intro: t.leaveIntro, tone: 'warning',
        primary: { text: t.stay, run: () => flow.stay() }, secondary: { text: t.leave, run: cancel },
      });
    }
    const phrase = flow.phrase;
    switch (flow.steps.current) {
      case 'start':
        return introStep({
          level, title: t.startTitle, intro: t.startIntro, continueText: common.continue, cancelText: common.cancel,
          onContinue: () => flow.begin(), onCancel: cancel,
        });
      case 'verify': {
        const view = stepUpViewModel(flow.stepUp, this.i18n.t.stepUp, flow.action.pending, level);
        const failed = flow.stepUp.status === 'verified' && !flow.action.pending;
        const intro = flow.action.pending === 'issue' ? t.issuing : view.intro;
        const restart = failed ? { text: t.startAgain, run: () => flow.begin() } : view.restart;
        return html`${stepUpView({ ...view, intro, restart })}${cancelButton(common.cancel, cancel)}`;
      }
      case 'show':
        if (!phrase) break;
        return showStep({
          level, t, words: phrase.words,
          qr: typeof flow.qr === 'function' ? flow.qr(phrase.words.join(' '), t.qrLabel) : undefined,
          cancelText: common.cancel,
          onCopy: () => void flow.copy(), onDownload: () => flow.download(), onPrint: () => window.print(),
          onWritten: () => flow.toProve(), onCancel: cancel,
        });
      case 'prove':
        if (flow.expired || !phrase) {
          // The error summary says what happened and what to do; the step does not say it twice.
          return messageStep({
            level, title: t.proveTitle,
            primary: { text: t.startAgain, run: () => flow.begin() }, secondary: { text: common.cancel, run: cancel },
          });
        }
        return proveStep({
          level, t, formId: feedback.ids.form, errorPrefix: common.errorPrefix,
          fields: phrase.confirmIndexes.map((index) => {
            const field = `word${index}` as WordField;
            return { index, id: feedback.ids[field] ?? field, value: feedback.value(field), error: feedback.error(field), onInput: (value: string) => feedback.setValue(field, value) };
          }),
          busy: flow.action.pending === 'confirm',
          submitText: flow.action.pending === 'confirm' ? t.confirming : common.continue,
          cancelText: common.cancel,
          onSubmit: (event) => void flow.prove(event), onBack: () => flow.backToPhrase(), onCancel: cancel,
        });
      case 'done':
        return messageStep({ level, title: t.doneTitle, intro: t.doneIntro });
    }
    return html``;
  }
}
