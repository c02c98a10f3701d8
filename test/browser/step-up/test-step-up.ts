// A minimal element embedding the shared step-up, as <password-reset>, <totp-setup>, <security-settings> and
// <two-factor-reset> will: its own heading, error summary and live region in the shadow root, the step-up view in
// the light DOM. It exists to test the layer before any product element uses it.
import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { SensitiveAction } from '../../../src/contract/index.js';
import { AsyncActionController } from '../../../src/controllers/async-action-controller.js';
import { ClientController } from '../../../src/controllers/client-controller.js';
import { FormFeedbackController } from '../../../src/controllers/form-feedback-controller.js';
import { LightDomController } from '../../../src/controllers/light-dom-controller.js';
import { LocalizeController } from '../../../src/controllers/localize-controller.js';
import { StepUpController, type StepUpClient, type StepUpGrant } from '../../../src/controllers/step-up-controller.js';
import { StepChangeEvent } from '../../../src/events/step-change.js';
import { VerifiedEvent } from '../../../src/events/verified.js';
import { codeMessages } from '../../../src/i18n/code.js';
import { stepUpMessages } from '../../../src/i18n/step-up.js';
import { defineElement } from '../../../src/elements/define-element.js';
import { errorSummary } from '../../../src/elements/shared/error-summary.js';
import { codeStyles } from '../../../src/elements/shared/code-styles.js';
import { fieldStyles } from '../../../src/elements/shared/field-styles.js';
import { frameStyles } from '../../../src/elements/shared/frame-styles.js';
import { stepUpStyles } from '../../../src/elements/shared/step-up/step-up-styles.js';
import { stepUpView } from '../../../src/elements/shared/step-up/step-up-view.js';
import { stepUpViewModel } from '../../../src/elements/shared/step-up/step-up-view-model.js';
import { tokens } from '../../../src/theme/index.js';

export class TestStepUp extends LitElement {
  static override styles = [tokens, frameStyles];

  @property({ attribute: false }) client?: StepUpClient;
  @property({ attribute: 'base-url' }) baseUrl?: string;
  /** The grants the step-up handed over, in order (a real element would call its action with each). */
  grants: StepUpGrant[] = [];

  readonly i18n = new LocalizeController(this, { code: codeMessages, stepUp: stepUpMessages });
  private readonly light: LightDomController = new LightDomController(this, {
    styles: [fieldStyles, codeStyles, stepUpStyles],
    render: () => stepUpView(stepUpViewModel(this.stepUp, this.i18n.t.stepUp, this.action.pending, 3)),
    lang: () => this.i18n.locale,
  });
  readonly feedback: FormFeedbackController<'code'> = new FormFeedbackController<'code'>(this, {
    name: 'step-up',
    fields: ['code'],
    root: () => this.light.root,
    words: this.i18n,
  });
  private readonly action = new AsyncActionController(this);
  private readonly backend = new ClientController<StepUpClient>(this, { load: () => Promise.reject(new Error('no base-url client')) });
  readonly stepUp: StepUpController = new StepUpController(this, {
    action: this.action,
    feedback: this.feedback,
    words: this.i18n,
    client: () => this.backend.get('startStepUp', 'sendStepUpCode', 'stepUpPasskeyOptions', 'verifyStepUp'),
    verified: (grant) => {
      this.grants.push(grant);
      this.dispatchEvent(new VerifiedEvent(grant.action, grant.tokenExpiresAt));
    },
    factorChanged: (factor) => {
      this.feedback.focusAfterUpdate('heading');
      this.dispatchEvent(new StepChangeEvent('step-up', 'step-up', factor));
    },
  });

  start(action: SensitiveAction): void {
    this.stepUp.start(action);
  }

  override render() {
    const t = this.i18n.t;
    return html`
      <section class="base" lang=${this.i18n.locale}>
        <h2 class="heading" id="heading">${t.stepUp.title}</h2>
        ${errorSummary({
          id: 'summary',
          title: t.common.errorSummaryTitle,
          items: this.feedback.summary(),
          level: 3,
          activate: (target) => this.feedback.focusControl(target),
        })}
        <slot></slot>
        <div class="visually-hidden" role="status" aria-live="polite">${this.feedback.announcement}</div>
      </section>
    `;
  }
}

defineElement('test-step-up', TestStepUp);

declare global {
  interface HTMLElementTagNameMap {
    'test-step-up': TestStepUp;
  }
}
