// A minimal element with the shared new-password fields, as <password-reset> and <security-settings> will use them:
// the two inputs in a real light-DOM <form>, the error summary and the live region in the shadow root. On a valid
// submit it keeps the password (or shows the backend refusal it was given) instead of calling a backend. Not shipped.
import { html, LitElement } from 'lit';
import type { FieldErrorCode } from '../../../src/contract/errors.js';
import { FormFeedbackController } from '../../../src/controllers/form-feedback-controller.js';
import { LightDomController } from '../../../src/controllers/light-dom-controller.js';
import { LocalizeController } from '../../../src/controllers/localize-controller.js';
import { defineElement } from '../../../src/elements/define-element.js';
import { errorSummary } from '../../../src/elements/shared/error-summary.js';
import { fieldStyles } from '../../../src/elements/shared/field-styles.js';
import { frameStyles } from '../../../src/elements/shared/frame-styles.js';
import { NewPasswordController } from '../../../src/elements/shared/new-password-controller.js';
import { newPasswordFields } from '../../../src/elements/shared/new-password-fields.js';
import { newPasswordStyles } from '../../../src/elements/shared/new-password-styles.js';
import { newPasswordMessages } from '../../../src/i18n/new-password.js';
import { passwordMessages } from '../../../src/i18n/sections.js';
import { tokens } from '../../../src/theme/index.js';

type Field = 'newPassword' | 'repeatPassword';

export class TestNewPassword extends LitElement {
  static override styles = [tokens, frameStyles];

  /** The account's identifiers the password must not contain. */
  identifiers: string[] = [];
  username: string | undefined;
  /** What a backend answers to the next valid submit (undefined: it accepts). */
  refusal: { code: string; fields?: { path: string; code: FieldErrorCode }[] } | undefined;
  /** Passwords accepted, in order. */
  accepted: string[] = [];

  readonly i18n = new LocalizeController(this, { password: passwordMessages, newPassword: newPasswordMessages });
  private readonly light: LightDomController = new LightDomController(this, {
    styles: [fieldStyles, newPasswordStyles],
    render: () => html`
      <form id=${this.feedback.ids.form} class="tillit-form" novalidate @submit=${(e: SubmitEvent) => void this.submit(e)}>
        ${newPasswordFields(this.newPassword.view())}
        <button class="tillit-button" type="submit">${this.i18n.t.common.continue}</button>
      </form>
    `,
    lang: () => this.i18n.locale,
  });
  readonly feedback: FormFeedbackController<Field> = new FormFeedbackController<Field>(this, {
    name: 'new-password',
    fields: ['newPassword', 'repeatPassword'],
    root: () => this.light.root,
    words: this.i18n,
  });
  readonly newPassword: NewPasswordController<Field> = new NewPasswordController(this, {
    feedback: this.feedback,
    words: this.i18n,
    fields: { password: 'newPassword', repeat: 'repeatPassword' },
    identifiers: () => this.identifiers,
    username: () => this.username,
  });

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const errors = this.newPassword.validate();
    if (Object.keys(errors).length) return this.feedback.showFieldErrors(errors);
    const refusal = this.refusal;
    this.refusal = undefined;
    if (refusal) {
      await this.i18n.errorsReady();
      if (!this.newPassword.showBackendError(refusal)) this.feedback.showError(refusal.code);
      return;
    }
    this.accepted.push(this.newPassword.password);
    this.newPassword.clear();
    this.feedback.clearErrors();
  }

  override render() {
    const t = this.i18n.t;
    return html`
      <section class="base" lang=${this.i18n.locale}>
        <h2 class="heading" data-tillit-heading tabindex="-1">Choose a new password</h2>
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

defineElement('test-new-password', TestNewPassword);

declare global {
  interface HTMLElementTagNameMap {
    'test-new-password': TestNewPassword;
  }
}
