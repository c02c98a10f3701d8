import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { TotpSetup as TotpSetupData } from '../../contract/index.js';
import { FormFeedbackController } from '../../controllers/form-feedback-controller.js';
import { LightDomController } from '../../controllers/light-dom-controller.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { codeStyles } from '../shared/code-styles.js';
import { errorSummary } from '../shared/error-summary.js';
import { fieldStyles } from '../shared/field-styles.js';
import { stepStyles } from '../shared/step-styles.js';
import { stepUpStyles } from '../shared/step-up/step-up-styles.js';
import { stepUpView } from '../shared/step-up/step-up-view.js';
import { stepUpViewModel } from '../shared/step-up/step-up-view-model.js';
import { groupKey } from './otpauth.js';
import { totpSetupSections } from './sections.js';
import { TotpSetupFlow } from './setup-flow.js';
import { confirmStep } from './steps/confirm-step.js';
import { doneStep } from './steps/done-step.js';
import { recoveryStep } from './steps/recovery-step.js';
import { scanStep } from './steps/scan-step.js';

import { cancelButton, introStep } from '../shared/step-frame.js';
import { totpSetupStyles } from './totp-setup.styles.js';
import type { TotpSetupClient } from './totp-setup-client.js';

/**
 * Binds an authenticator app (TOTP) to the signed-in account, one thing per step: what is needed, the step-up the
 * backend asks for, the QR code (with the setup key and "Can't scan it?" steps), the first code, the recovery
 * phrase (`<recovery-key-backup>`, loaded for that step), and the end with the withdrawal lock that follows.
 * The key and the URI leave the DOM and memory when the code is accepted, the setup expires, or the user cancels.
 *
 * @tagname totp-setup
 * @summary Authenticator app setup: step-up, QR code and setup key, first code, recovery phrase, done.
 * @fires tillit-step-change - Moved to another step: `step`, `previousStep` (`start`, `verify`, `scan`, `confirm`, `recovery`, `done`), `method`.
 * @fires tillit-verified - The step-up for `setup_totp` (or, in the recovery step, `issue_recovery_phrase`) was confirmed.
 * @fires tillit-totp-enabled - The authenticator is bound: `enabledAt`, `withdrawalLock`.
 * @fires tillit-recovery-phrase-confirmed - The recovery phrase was saved and confirmed (from the recovery step).
 * @fires tillit-cancelled - The user cancelled: `step` is the step they left; the element is back on `start`.
 * @slot - Holds the steps the element renders into its light DOM (the code field must be seen by autofill); leave empty.
 * @csspart base - The frame around everything.
 * @csspart heading - The element's title.
 * @csspart error-summary - The box listing what went wrong.
 * @cssproperty [--totp-setup-max-width=32rem] - Widest the element grows.
 */
export class TotpSetup extends LitElement {
  static override styles = totpSetupStyles;
  static override properties = {
    client: { attribute: false },
    baseUrl: { attribute: 'base-url' },
    headingLevel: { attribute: 'heading-level', type: Number },
    setup: { attribute: false },
    qrPhrase: { attribute: 'qr-phrase', type: Boolean },
  };

  /** The backend client (`createClient()` from `tillit/client`); else the page's `setDefaultClient()` one. */
  declare client?: TotpSetupClient;
  /** Where the backend lives, when there is neither a `client` nor a default client. */
  declare baseUrl?: string;
  /** The level of the element's title (1 to 6; default 2); each step's heading is one below. */
  headingLevel = 2;
  /**
   * A setup the backend already handed out (`restoreAuthenticator` answers one): the element starts on its QR code,
   * without a step-up. Read once when the element connects; the element drops it when the flow ends.
   */
  declare setup?: TotpSetupData;
  /** Offer the recovery phrase as a QR code too (`qr` on the `<recovery-key-backup>` of the recovery step). */
  qrPhrase = false;

  private readonly i18n = new LocalizeController(this, totpSetupSections);
  private readonly light: LightDomController = new LightDomController(this, {
    styles: [fieldStyles, codeStyles, stepUpStyles, stepStyles],
    render: () => this.renderLight(),
    lang: () => this.i18n.locale,
  });
  private readonly feedback: FormFeedbackController<'code'> = new FormFeedbackController<'code'>(this, {
    name: 'totp',
    fields: ['code'],
    root: () => this.light.root,
    words: this.i18n,
  });
  private readonly flow: TotpSetupFlow = new TotpSetupFlow(this, this.i18n, this.feedback);

  /** The current step (see `tillit-step-change` for the names). */
  get step() {
    return this.flow.steps.current;
  }

  /** Back to the first step with nothing held (the key, the URI, a phrase) and no messages. */
  reset(): void {
    this.flow.reset();
  }

  /** What "Cancel" does: like `reset()`, and fires `tillit-cancelled` with the step left. */
  cancel(): void {
    this.flow.cancel();
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    const handed = this.setup;
    if (handed) {
      this.setup = undefined;
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
        <div id="heading" class="heading" part="heading" role="heading" aria-level=${level}>${t.totpSetup.title}</div>
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

  /** The current step, in the light DOM. */
  private renderLight(): TemplateResult {
    const { flow } = this;
    const t = this.i18n.t;
    const level = Math.min(6, this.level + 1);
    const cancel = () => flow.cancel();
    switch (flow.steps.current) {
      case 'start':
        return introStep({
          level, title: t.totpSetup.startTitle, intro: t.totpSetup.startIntro, continueText: t.common.continue,
          cancelText: t.common.cancel, onContinue: () => flow.begin(), onCancel: cancel,
        });
      case 'verify': {
        const view = stepUpViewModel(flow.stepUp, t.stepUp, flow.action.pending, level);
        const failed = flow.stepUp.status === 'verified' && !flow.action.pending;
        const intro = flow.action.pending === 'setup' ? t.totpSetup.settingUp : view.intro;
        const restart = failed ? { text: t.totpSetup.startAgain, run: () => flow.begin() } : view.restart;
        return html`${stepUpView({ ...view, intro, restart })}${cancelButton(t.common.cancel, cancel)}`;
      }
      case 'scan': {
        const { details, setup, qr } = flow;
        if (!details || !setup) return html``;
        const label = t.totpSetup.qrLabel({ issuer: details.issuer || details.account, account: details.account });
        return scanStep({
          level, t: t.totpSetup, details, keyGroups: groupKey(setup.secret),
          qr: typeof qr === 'function' ? qr(details.uri, label) : qr,
          continueText: t.common.continue, cancelText: t.common.cancel,
          onCopy: () => void flow.copyKey(), onContinue: () => flow.toConfirm(), onCancel: cancel,
        });
      }
      case 'confirm':
        return confirmStep({
          level, title: flow.expired ? t.totpSetup.expiredTitle : flow.code.title(),
          // Expired: the error summary says what happened and what to do; the step does not say it twice.
          intro: flow.expired ? undefined : t.totpSetup.confirmIntro({ issuer: flow.details?.issuer || flow.details?.account || '' }),
          code: flow.expired ? undefined : flow.code.view(),
          backText: t.totpSetup.backToQr, cancelText: t.common.cancel, startAgainText: t.totpSetup.startAgain,
          onBack: () => flow.backToScan(), onCancel: cancel, onStartAgain: () => flow.begin(),
        });
      case 'recovery':
        return recoveryStep({
          // Its own title is hidden inside this flow: its steps sit at this element's step level.
          level: this.level, client: this.client, baseUrl: this.baseUrl, qr: this.qrPhrase,
          onEnded: (saved) => flow.recoveryEnded(saved),
        });
      case 'done': {
        const lock = flow.confirmed?.withdrawalLock;
        const until = lock && this.i18n.formatDate(new Date(lock.until), { dateStyle: 'long', timeStyle: 'short' });
        return doneStep({
          level, title: t.totpSetup.doneTitle, intro: t.totpSetup.doneIntro,
          lock: until ? t.totpSetup.lockUntil({ until }) : undefined,
          noPhrase: flow.confirmed?.recoveryPhraseRequired && !flow.phraseSaved ? t.totpSetup.noPhrase : undefined,
        });
      }
    }
    return html`${nothing}`;
  }
}
