import { html, LitElement, nothing, type TemplateResult } from 'lit';
import type { CaptchaProvider } from '../../captcha/with-captcha.js';
import { CapsLockController } from '../../controllers/caps-lock-controller.js';
import { FormFeedbackController } from '../../controllers/form-feedback-controller.js';
import { LightDomController } from '../../controllers/light-dom-controller.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { ForgotPasswordEvent } from '../../events/forgot-password.js';
import { LostTwoFactorEvent } from '../../events/lost-two-factor.js';
import { errorSummary } from '../shared/error-summary.js';
import { fieldStyles } from '../shared/field-styles.js';
import { loginFormStyles } from './login-form.styles.js';
import { loginFormSections } from './messages.js';
import type { LoginField } from './sign-in-context.js';
import type { SignInClient } from './sign-in-client.js';
import { SignInFlow } from './sign-in-flow.js';
import { alternatives } from './steps/alternatives.js';
import { headingText, intro, type HeadingView } from './steps/heading.js';
import { identifierStep } from './steps/identifier-step.js';

/**
 * Every way into an exchange account: e-mail or phone and password, a second factor, passkeys, Google and Apple.
 *
 * @tagname login-form
 * @summary Log-in form: identifier + password, second factor, passkeys, Google/Apple, captcha hook.
 * @fires tillit-signed-in - Logged in; `session` and `method` (`password`, `passkey`, `google`, `apple`) on the event.
 * @fires tillit-step-change - Moved to another step: `step`, `previousStep` (`identifier`, `second-factor`, `signed-in`), `method`.
 * @fires tillit-forgot-password - "Forgot your password?" chosen (no `forgot-href`); `identifier` if typed.
 * @fires tillit-lost-two-factor - "Lost your authenticator app?" chosen: `identifier` and the sign-in `challenge` for `<two-factor-reset>`.
 * @slot - Holds the form the element renders into its light DOM (password managers must see it); leave empty.
 * @csspart base - The frame around everything.
 * @csspart heading - The step's heading.
 * @csspart intro - The line under the heading on the second-factor step.
 * @csspart error-summary - The box listing what went wrong.
 * @csspart alternatives - The group of passkey and social buttons.
 * @csspart passkey-button - "Log in with a passkey".
 * @csspart social-button - Both brand buttons (also `google-button`, `apple-button`).
 * @cssproperty [--login-form-max-width=28rem] - Widest the form grows.
 */
export class LoginForm extends LitElement {
  static override styles = loginFormStyles;
  // `static properties` rather than decorators: the same reactive properties without the decorator runtime.
  static override properties = {
    client: { attribute: false },
    baseUrl: { attribute: 'base-url' },
    methods: {},
    identifier: {},
    defaultCountry: { attribute: 'default-country' },
    prefill: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    forgotHref: { attribute: 'forgot-href' },
    returnTo: { attribute: 'return-to' },
    captchaProvider: { attribute: false },
    navigate: { attribute: false },
  };

  /** The backend client (`createClient()` from `tillit/client`); else the page's `setDefaultClient()` one. */
  declare client?: SignInClient;
  /** Where the backend lives, when there is neither a `client` nor a default client: one is built on first use. */
  declare baseUrl?: string;
  /** Which ways in to offer, space-separated: `password passkey google apple`. */
  methods = 'password passkey google apple';
  /** Identifier kinds and their order (the first is the default): `email phone`, `phone`, ... */
  identifier = 'email phone';
  /** ISO country preselected in the phone country picker. */
  defaultCountry = 'SE';
  /** An e-mail address or phone number (international form) to start with, e.g. the one a reset just used. */
  declare prefill?: string;
  /** The level of the element's heading (1 to 6; default 2), to fit the page's outline. */
  headingLevel = 2;
  /** Link "Forgot your password?" here instead of firing `tillit-forgot-password`. */
  declare forgotHref?: string;
  /** Where Google/Apple send the browser back to (default: this page). */
  declare returnTo?: string;
  /** Asked for a robot-check token when the backend answers `captcha_required`. */
  declare captchaProvider?: CaptchaProvider;
  /** Sends the browser to the identity provider (http(s) URLs only); tests and routers may replace it. */
  navigate: (url: string) => void = (url) => location.assign(url);

  private readonly i18n = new LocalizeController(this, loginFormSections);
  private readonly light: LightDomController = new LightDomController(this, {
    styles: () => [fieldStyles, ...this.flow.lazyStyles()],
    render: () => this.renderLight(),
    lang: () => this.i18n.locale,
  });
  private readonly feedback: FormFeedbackController<LoginField> = new FormFeedbackController<LoginField>(this, {
    name: 'login',
    fields: ['email', 'phone', 'password', 'code'],
    root: () => this.light.root,
    words: this.i18n,
  });
  private readonly flow: SignInFlow = new SignInFlow(this, this.i18n, this.feedback);
  private readonly capsLock = new CapsLockController(this, (target) => target === this.feedback.control('password'));

  /**
   * Finishes a Google/Apple sign-in on the page the provider sent the browser back to: reads `code`, `state` and
   * the provider this element marked on `return-to` from the query (default: the page's own), and removes them
   * from the address bar. Resolves `false` when the query is not such a return, so a host can call it on every
   * load. An account with 2FA continues on the second-factor step; a refusal at the provider is explained.
   */
  finishSocialSignIn(query: URLSearchParams = new URLSearchParams(location.search)): Promise<boolean> {
    return this.flow.finishSocial(query);
  }

  /** Back to the first step with nothing typed (the `prefill` again) and no messages: e.g. when a dialog reopens. */
  reset(): void {
    this.flow.reset();
  }

  override render() {
    const { flow, feedback } = this;
    const t = this.i18n.t;
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    const step = flow.steps.current;
    const code = step === 'second-factor' ? flow.secondFactor?.code : undefined;
    const heading: HeadingView = { step, codeTitle: code?.title(), codeIntro: code?.intro(), name: flow.session?.user.displayName };
    return html`
      <section class="base" part="base" aria-labelledby="heading" lang=${this.i18n.locale}>
        <div id="heading" class="heading" part="heading" role="heading" aria-level=${level} tabindex="-1" data-tillit-heading>
          ${headingText(t.loginForm, heading)}
        </div>
        ${intro(t.loginForm, heading)}
        ${errorSummary({
          id: 'summary',
          title: t.common.errorSummaryTitle,
          items: feedback.summary(),
          level: Math.min(6, level + 1),
          activate: (target) => feedback.focusControl(target),
        })}
        <slot></slot>
        ${step === 'identifier'
          ? alternatives({
              t: t.loginForm,
              methods: flow.methods,
              pending: flow.action.pending,
              onPasskey: () => flow.passkey.signIn(),
              onPasskeyIntent: () => flow.passkey.prepare(),
              onSocial: (provider) => flow.startSocial(provider),
            })
          : nothing}
        <div class="visually-hidden" role="status" aria-live="polite">${feedback.announcement}</div>
      </section>
    `;
  }

  /** The light-DOM part: the current step's form (credentials must be visible to password managers). */
  private renderLight(): TemplateResult {
    const { flow } = this;
    const t = this.i18n.t.loginForm;
    const step = flow.steps.current;
    if (step === 'identifier' && flow.methods.includes('password')) {
      const onForgot = () => this.dispatchEvent(new ForgotPasswordEvent(flow.identifier.typed()));
      return identifierStep(flow.identifier.view({ capsLock: this.capsLock.on, forgotHref: this.forgotHref, onForgot }));
    }
    const secondFactor = flow.secondFactor;
    if (step === 'second-factor' && secondFactor) {
      const lost = () => this.dispatchEvent(new LostTwoFactorEvent(flow.identifier.typed(), secondFactor.challenge));
      return secondFactor.render({
        lost: secondFactor.code.method === 'totp' ? { text: t.lostAuthenticator, onClick: lost } : undefined,
        restart: { text: t.startAgain, onClick: () => flow.restart() },
      });
    }
    return html``;
  }
}
