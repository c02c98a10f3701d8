import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { CapsLockController } from '../../controllers/caps-lock-controller.js';
import { LightDomController } from '../../controllers/light-dom-controller.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { errorSummary } from '../shared/error-summary.js';
import { ForgotPasswordEvent, LostTwoFactorEvent } from './events.js';
import { loginFormStyles } from './login-form.styles.js';
import { loginFormLightStyles } from './login-form.light-styles.js';
import { loginFormMessages } from './messages.js';
import { SignInFlowController, type Field } from './sign-in-flow-controller.js';
import type { SignInClient } from './sign-in-client.js';
import { alternatives } from './steps/alternatives.js';
import { headingText, intro } from './steps/heading.js';
import { identifierStepFor } from './steps/identifier-step.js';

let instances = 0;

/**
 * Every way into an exchange account: e-mail or phone and password, a second factor, passkeys, Google and Apple.
 *
 * @tagname login-form
 * @summary Sign-in form: identifier + password, second factor, passkeys, Google/Apple, captcha hook.
 * @fires tillit-signed-in - Signed in; `session` and `method` on the event.
 * @fires tillit-step-change - Moved to another step (`step`, and `method` on the second-factor step).
 * @fires tillit-forgot-password - "Forgot your password?" chosen (no `forgot-href`); `identifier` if typed.
 * @fires tillit-lost-two-factor - "Lost your authenticator app?" chosen; route to `<two-factor-reset>`.
 * @slot - Holds the form the element renders into its light DOM (password managers must see it); leave empty.
 * @csspart base - The frame around everything.
 * @csspart heading - The step's heading.
 * @csspart intro - The line under the heading on the second-factor step.
 * @csspart error-summary - The box listing what went wrong.
 * @csspart alternatives - The group of passkey and social buttons.
 * @csspart passkey-button - "Sign in with a passkey".
 * @csspart social-button - Both brand buttons (also `google-button`, `apple-button`).
 * @cssproperty [--login-form-max-width=28rem] - Widest the form grows.
 */
export class LoginForm extends LitElement {
  static override styles = loginFormStyles;

  /** The backend client (`createClient()` from `tillit/client`, or any client with the sign-in methods). */
  @property({ attribute: false }) client?: SignInClient;
  /** Where the backend lives, when no `client` is given: a default client is created on first use. */
  @property({ attribute: 'base-url' }) baseUrl?: string;
  /** Which ways in to offer, space-separated: `password passkey google apple`. */
  @property() methods = 'password passkey google apple';
  /** Identifier kinds and their order (the first is the default): `email phone`, `phone`, ... */
  @property() identifier = 'email phone';
  /** ISO country preselected in the phone country picker. */
  @property({ attribute: 'default-country' }) defaultCountry = 'SE';
  /** Link "Forgot your password?" here instead of firing `tillit-forgot-password`. */
  @property({ attribute: 'forgot-href' }) forgotHref?: string;
  /** Where Google/Apple send the browser back to (default: this page). */
  @property({ attribute: 'return-to' }) returnTo?: string;
  /** Asked for a robot-check token when the backend answers `captcha_required`. */
  @property({ attribute: false }) captchaProvider?: () => Promise<string>;
  /** Sends the browser to the identity provider; tests and routers may replace it. */
  @property({ attribute: false }) navigate: (url: string) => void = (url) => location.assign(url);

  private readonly ids = formIds();
  private readonly i18n = new LocalizeController(this, { loginForm: loginFormMessages });
  private readonly light = new LightDomController(this, loginFormLightStyles, () => this.renderLight());
  // After `light`: the flow moves focus into the light DOM once it is rendered.
  private readonly flow = new SignInFlowController(this, this.i18n, (field) => this.field(field));
  private readonly capsLock = new CapsLockController(this, (target) => target === this.field('password'));

  /**
   * Finishes a Google/Apple sign-in on the page the provider sent the browser back to: reads `code`, `state` and
   * the provider this element marked on `return-to` from the query (default: the page's own). Resolves `false`
   * when the query is not such a return, so a host can call it on every load. An account with 2FA continues on the
   * second-factor step.
   */
  finishSocialSignIn(query: URLSearchParams = new URLSearchParams(location.search)): Promise<boolean> {
    return this.flow.finishSocial(query);
  }

  override render() {
    const { flow } = this;
    const t = this.i18n.t;
    return html`
      <section class="base" part="base" aria-labelledby="heading" lang=${this.i18n.locale}>
        <h2 id="heading" part="heading" tabindex="-1">${headingText(t.loginForm, flow)}</h2>
        ${intro(t.loginForm, flow)}
        ${errorSummary('summary', t.common.errorSummaryTitle, flow.summary())}
        <slot></slot>
        ${flow.step === 'identifier' ? alternatives(t.loginForm, flow) : nothing}
        <div class="visually-hidden" role="status" aria-live="polite">${flow.announcement}</div>
      </section>
    `;
  }

  /** The light-DOM part: the current step's form (credentials must be visible to password managers). */
  private renderLight() {
    const { flow } = this;
    const t = this.i18n.t;
    const view = { ids: this.ids, t: t.loginForm, common: t.common };
    if (flow.step === 'identifier' && flow.methods.includes('password')) {
      const forgot = () => this.dispatchEvent(new ForgotPasswordEvent(flow.typedIdentifier()));
      const { locale } = this.i18n;
      return identifierStepFor(flow, { ...view, locale, capsLock: this.capsLock.on, forgotHref: this.forgotHref }, forgot);
    }
    if (flow.step === 'second-factor' && flow.secondFactorView) {
      const lost = () => this.dispatchEvent(new LostTwoFactorEvent(flow.typedIdentifier()));
      return flow.secondFactorView.secondFactorStepFor(flow, view, lost);
    }
    return html``;
  }

  private field(field: Field): HTMLElement | null {
    return this.light.root?.querySelector<HTMLElement>(`#${this.ids[field]}`) ?? null;
  }
}

/** Ids of the light-DOM form and its inputs, unique per element (labels and error links point at them). */
function formIds() {
  const base = `tillit-login-${++instances}`;
  return { form: `${base}-form`, email: `${base}-email`, phone: `${base}-phone`, password: `${base}-password`, code: `${base}-code` };
}
