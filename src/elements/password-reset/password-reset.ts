import { html, LitElement, nothing, type TemplateResult } from 'lit';
import type { CaptchaProvider } from '../../captcha/with-captcha.js';
import type { Identifier } from '../../contract/index.js';
import { FormFeedbackController } from '../../controllers/form-feedback-controller.js';
import { LightDomController } from '../../controllers/light-dom-controller.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { errorSummary } from '../shared/error-summary.js';
import { fieldStyles } from '../shared/field-styles.js';
import { passwordResetSections } from './messages.js';
import { passwordResetLightStyles, passwordResetStyles } from './password-reset.styles.js';
import type { PasswordResetClient, ResetField, ResetI18n } from './reset-context.js';
import { ResetFlow } from './reset-flow.js';
import { identifierStep } from './steps/identifier-step.js';
import { signInLink, type SignInLink } from './steps/sign-in-link.js';

/**
 * "Forgot your password?": the account's e-mail or phone, a robot check, a code by e-mail or SMS, a new password,
 * and until when withdrawals stay disabled.
 *
 * @tagname password-reset
 * @summary Password reset: identifier, captcha hook, code by the channel offered, new password, withdrawal lock.
 * @fires tillit-step-change - Moved to another step: `step`, `previousStep` (`identifier`, `code`, `password`, `done`), `method` (`email`, `sms`).
 * @fires tillit-password-reset-completed - The new password is set: `identifier`, `withdrawalLock` (until when withdrawals are disabled).
 * @fires tillit-sign-in-requested - "Log in" or "Back to log in" chosen (no `sign-in-href`): `identifier` to prefill `<login-form>`.
 * @slot - Holds the form the element renders into its light DOM (password managers must see it); leave empty.
 * @csspart base - The frame around everything.
 * @csspart heading - The step's heading.
 * @csspart intro - The line under the heading.
 * @csspart error-summary - The box listing what went wrong.
 * @cssproperty [--password-reset-max-width=28rem] - Widest the element grows.
 */
export class PasswordReset extends LitElement {
  static override styles = passwordResetStyles;
  static override properties = {
    client: { attribute: false },
    baseUrl: { attribute: 'base-url' },
    identifier: {},
    defaultCountry: { attribute: 'default-country' },
    prefill: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    signInHref: { attribute: 'sign-in-href' },
    captchaProvider: { attribute: false },
  };

  /** The backend client (`createClient()` from `tillit/client`); else the page's `setDefaultClient()` one. */
  declare client?: PasswordResetClient;
  /** Where the backend lives, when there is neither a `client` nor a default client. */
  declare baseUrl?: string;
  /** Identifier kinds and their order (the first is the default): `email phone`, `phone`, ... */
  identifier = 'email phone';
  /** ISO country preselected in the phone country picker. */
  defaultCountry = 'SE';
  /** The account's e-mail or phone to start with: a string, or the `identifier` of `tillit-forgot-password`. */
  declare prefill?: string | Identifier;
  /** The level of the element's heading (1 to 6; default 2), to fit the page's outline. */
  headingLevel = 2;
  /** Link "Log in" here instead of firing `tillit-sign-in-requested`. */
  declare signInHref?: string;
  /** Runs the robot check before a reset starts: resolves with the token the backend accepts as `captchaToken`. */
  declare captchaProvider?: CaptchaProvider;

  private readonly i18n: ResetI18n = new LocalizeController(this, passwordResetSections);
  private readonly light: LightDomController = new LightDomController(this, {
    styles: () => [fieldStyles, passwordResetLightStyles, ...this.flow.lazyStyles()],
    render: () => this.renderLight(),
    lang: () => this.i18n.locale,
  });
  private readonly feedback: FormFeedbackController<ResetField> = new FormFeedbackController<ResetField>(this, {
    name: 'reset',
    fields: ['email', 'phone', 'code', 'password', 'repeat'],
    root: () => this.light.root,
    words: this.i18n,
  });
  private readonly flow: ResetFlow = new ResetFlow(this, this.i18n, this.feedback);

  /** Back to the first step with nothing typed but the `prefill`, and no messages (e.g. when a dialog reopens). */
  reset(): void {
    this.flow.reset();
  }

  protected override willUpdate(): void {
    this.flow.entry.follow();
  }

  private get level(): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
  }

  override render() {
    const { feedback, level } = this;
    const t = this.i18n.t;
    const later = this.flow.steps.current === 'identifier' ? undefined : this.flow.later.value;
    const { title, intro } = later?.heading() ?? { title: t.passwordReset.title, intro: t.passwordReset.intro };
    return html`
      <section class="base" part="base" aria-labelledby="heading" lang=${this.i18n.locale}>
        <div id="heading" class="heading" part="heading" role="heading" aria-level=${level} tabindex="-1" data-tillit-heading>${title}</div>
        ${intro ? html`<p class="intro" part="intro">${intro}</p>` : nothing}
        ${errorSummary({
          id: 'summary',
          title: t.common.errorSummaryTitle,
          items: feedback.summary(),
          level: Math.min(6, level + 1),
          activate: (target) => feedback.focusControl(target),
        })}
        <slot></slot>
        <div class="visually-hidden" role="status" aria-live="polite">${feedback.announcement}</div>
      </section>
    `;
  }

  private signIn(text: string): SignInLink {
    return { text, href: this.signInHref, onClick: () => this.flow.requestSignIn() };
  }

  /** The light-DOM part: the current step's form (credentials must be visible to password managers). */
  private renderLight(): TemplateResult {
    const { flow, feedback } = this;
    const t = this.i18n.t;
    switch (flow.steps.current) {
      case 'identifier': {
        const { entry } = flow;
        return identifierStep({
          ids: feedback.ids,
          t,
          locale: this.i18n.locale,
          kinds: entry.kinds,
          kind: entry.kind,
          phone: entry.phone,
          country: entry.callingCode,
          values: { email: feedback.value('email'), phone: feedback.value('phone') },
          errors: { email: feedback.error('email'), phone: feedback.error('phone') },
          busy: flow.action.pending === 'start' || flow.later.loading,
          blocked: flow.lock?.running ?? false,
          back: this.signIn(t.passwordReset.backToSignIn),
          on: {
            kind: (kind) => entry.switchTo(kind),
            intent: () => void entry.loadPhone().catch(() => undefined),
            email: (value) => feedback.setValue('email', value),
            phone: (value) => feedback.setValue('phone', value),
            country: (country) => entry.setCountry(country),
            submit: (event) => void flow.start(event),
          },
        });
      }
      default:
        return flow.later.value?.render({ level: this.level, signIn: (text) => signInLink({ ...this.signIn(text), primary: true }) }) ?? html``;
    }
  }
}
