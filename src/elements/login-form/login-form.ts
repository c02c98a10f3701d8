import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isTillitError } from '../../client/errors.js';
import type {
  CodeSent,
  Identifier,
  SecondFactorChallenge,
  SecondFactorMethod,
  Session,
  SignInResult,
  SocialProvider,
} from '../../contract/index.js';
import { AsyncActionController } from '../../controllers/async-action-controller.js';
import { CapsLockController } from '../../controllers/caps-lock-controller.js';
import { CountdownController } from '../../controllers/countdown-controller.js';
import { LightDomController } from '../../controllers/light-dom-controller.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { callingCodeOf, callingCodes, type CallingCode } from '../shared/countries.js';
import { errorSummary, type ErrorSummaryItem } from '../shared/error-summary.js';
import { ForgotPasswordEvent, LostTwoFactorEvent, SignedInEvent, StepChangeEvent } from './events.js';
import type { LoginStep, SignInMethod } from './events.js';
import { loginFormStyles } from './login-form.styles.js';
import { loginFormLightStyles } from './login-form.light-styles.js';
import { loginFormMessages } from './messages.js';
import { passkeyFailure, passkeySignIn, supportsPasskeyAutofill, supportsPasskeys } from './passkey.js';
import { loadDefaultClient, type SignInClient } from './sign-in-client.js';
import { identifierStep, type IdentifierKind } from './steps/identifier-step.js';
import { SOCIAL_PROVIDER_PARAM, socialButtons } from './steps/social-buttons.js';
import { parseList, readIdentifier, type IdentifierProblem } from './validate.js';

type Field = 'email' | 'phone' | 'password' | 'code';
/** Messages are kept as functions so a language switch or a ticking countdown re-words them on render. */
type Wording = () => string;

const METHODS = ['password', 'passkey', 'google', 'apple'] as const;
const KINDS = ['email', 'phone'] as const;
let instances = 0;

/**
 * Every way into an exchange account: e-mail or phone and password, a second factor, passkeys, Google and Apple.
 *
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

  @state() private step: LoginStep = 'identifier';
  @state() private kind: IdentifierKind | undefined;
  @state() private email = '';
  @state() private phone = '';
  @state() private country: CallingCode | undefined;
  @state() private password = '';
  @state() private revealed = false;
  @state() private code = '';
  @state() private challenge: SecondFactorChallenge | undefined;
  @state() private method: SecondFactorMethod = 'totp';
  @state() private sent: Partial<Record<'sms' | 'email', CodeSent>> = {};
  @state() private session: Session | undefined;
  @state() private fieldErrors: Partial<Record<Field, Wording>> = {};
  @state() private alert: { text: Wording; field?: Field } | undefined;
  @state() private announcement = '';

  private readonly i18n = new LocalizeController(this, { loginForm: loginFormMessages });
  private readonly action = new AsyncActionController(this);
  private readonly light = new LightDomController(this, loginFormLightStyles, () => this.renderLight());
  private readonly capsLock = new CapsLockController(this, (target) => target === this.field('password'));
  private readonly retry = new CountdownController(this, () => this.retryEnded());
  private readonly resend = { sms: new CountdownController(this), email: new CountdownController(this) };
  private readonly ids = (() => {
    const base = `tillit-login-${++instances}`;
    return {
      form: `${base}-form`,
      email: `${base}-email`,
      phone: `${base}-phone`,
      password: `${base}-password`,
      code: `${base}-code`,
    };
  })();
  private defaultClient?: Promise<SignInClient>;
  /** The second-factor view loads while the password is being checked: most sign-ins never need it. */
  private secondFactorView?: typeof import('./steps/second-factor-step.js');
  private secondFactorLoad?: Promise<unknown>;
  private autofill?: AbortController;
  private focusTarget: 'heading' | 'summary' | 'code' | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('pageshow', this.onPageShow);
    if (this.baseUrl && !this.client) void this.getClient().catch(() => undefined);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('pageshow', this.onPageShow);
    this.stopAutofill();
  }

  /**
   * Finishes a Google/Apple sign-in on the page the provider sent the browser back to: reads `code`, `state` and
   * the provider this element marked on `return-to` from the query (default: the page's own). Resolves `false`
   * when the query is not such a return, so a host can call it on every load. An account with 2FA continues on the
   * second-factor step.
   */
  async finishSocialSignIn(query: URLSearchParams = new URLSearchParams(location.search)): Promise<boolean> {
    const provider = query.get(SOCIAL_PROVIDER_PARAM);
    const code = query.get('code');
    const state = query.get('state');
    if ((provider !== 'google' && provider !== 'apple') || !code || !state) return false;
    await this.send(provider, (client, signal) => client.finishSocialSignIn({ provider, code, state }, { signal }), (result) =>
      this.signInAnswered(result, provider),
    );
    return true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('baseUrl')) this.defaultClient = undefined;
    const kinds = this.kinds();
    if (!this.kind || !kinds.includes(this.kind)) this.kind = kinds[0];
    if (changed.has('defaultCountry') && !this.phone) {
      this.country = callingCodeOf(this.defaultCountry) ?? this.country;
    }
    this.country ??= callingCodeOf(this.defaultCountry) ?? callingCodes[0];
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('client') || changed.has('baseUrl') || changed.has('methods') || changed.has('step')) void this.armAutofill();
    const target = this.focusTarget;
    this.focusTarget = undefined;
    if (target === 'heading') this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    if (target === 'summary') this.renderRoot.querySelector<HTMLElement>('[data-error-summary]')?.focus();
    if (target === 'code') this.field('code')?.focus();
  }

  // --- rendering -------------------------------------------------------------------------------------------

  override render() {
    const t = this.i18n.t;
    return html`
      <section class="base" part="base" aria-labelledby="heading" lang=${this.i18n.locale}>
        <h2 id="heading" part="heading" tabindex="-1">${this.heading()}</h2>
        ${this.intro()}
        ${errorSummary('summary', t.common.errorSummaryTitle, this.summaryItems())}
        <slot></slot>
        ${this.step === 'identifier' ? this.alternatives() : nothing}
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      </section>
    `;
  }

  private heading(): string {
    const t = this.i18n.t.loginForm;
    if (this.step === 'signed-in') return t.signedInTitle;
    if (this.step === 'second-factor') return { totp: t.totpTitle, sms: t.smsTitle, email: t.emailTitle }[this.method];
    return t.title;
  }

  private intro() {
    const t = this.i18n.t.loginForm;
    let text: string | undefined;
    if (this.step === 'signed-in' && this.session) text = t.signedInAs({ name: this.session.user.displayName });
    if (this.step === 'second-factor') {
      const sent = this.method === 'totp' ? undefined : this.sent[this.method];
      text = this.method === 'totp' ? t.totpIntro : sent ? t.codeSent({ to: sent.sentTo }) : undefined;
    }
    return text ? html`<p class="intro" part="intro">${text}</p>` : nothing;
  }

  private summaryItems() {
    const items: ErrorSummaryItem[] = (Object.entries(this.fieldErrors) as [Field, Wording][]).map(([field, text]) => ({
      text: text(),
      field: this.field(field),
    }));
    if (this.alert) items.unshift({ text: this.alert.text(), field: this.alert.field && this.field(this.alert.field) });
    return items;
  }

  private alternatives() {
    const methods = this.enabledMethods();
    const social = methods.filter((m): m is SocialProvider => m === 'google' || m === 'apple');
    const passkey = methods.includes('passkey');
    if (!passkey && social.length === 0) return nothing;
    const t = this.i18n.t.loginForm;
    const pending = this.action.pending;
    return html`
      ${methods.includes('password') ? html`<p class="divider" aria-hidden="true"><span>${t.or}</span></p>` : nothing}
      <div class="alternatives" part="alternatives" role="group" aria-label=${t.otherWays}>
        ${passkey
          ? html`<button
              type="button"
              class="passkey"
              part="passkey-button"
              aria-disabled=${pending ? 'true' : 'false'}
              aria-busy=${pending === 'passkey' ? 'true' : 'false'}
              @click=${() => (pending ? undefined : this.signInWithPasskey())}
            >
              ${pending === 'passkey' ? t.passkeyPending : t.passkey}
            </button>`
          : nothing}
        ${socialButtons({
          providers: social,
          labels: { google: t.google, apple: t.apple },
          pending: pending === 'google' || pending === 'apple' ? pending : undefined,
          onStart: (provider) => this.startSocial(provider),
        })}
      </div>
    `;
  }

  /** The light-DOM part: the current step's form (credentials must be visible to password managers). */
  private renderLight() {
    const t = this.i18n.t;
    const errors = Object.fromEntries(Object.entries(this.fieldErrors).map(([field, text]) => [field, text()]));
    if (this.step === 'identifier' && this.enabledMethods().includes('password') && this.kind && this.country) {
      return identifierStep({
        ids: this.ids,
        t: t.loginForm,
        common: t.common,
        locale: this.i18n.locale,
        kinds: this.kinds(),
        kind: this.kind,
        email: this.email,
        phone: this.phone,
        country: this.country,
        password: this.password,
        revealed: this.revealed,
        capsLock: this.capsLock.on,
        errors,
        busy: this.action.pending === 'sign-in',
        blocked: this.retry.running,
        forgotHref: this.forgotHref,
        on: {
          kind: (kind) => this.switchKind(kind),
          email: (value) => (this.email = value),
          phone: (value) => (this.phone = value),
          country: (country) => (this.country = country),
          password: (value) => (this.password = value),
          reveal: () => this.toggleReveal(),
          forgot: () => this.dispatchEvent(new ForgotPasswordEvent(this.typedIdentifier())),
          submit: (event) => this.submitIdentifier(event),
        },
      });
    }
    if (this.step === 'second-factor' && this.challenge && this.secondFactorView) {
      const channel = this.method === 'totp' ? undefined : this.method;
      return this.secondFactorView.secondFactorStep({
        ids: { form: this.ids.form, code: this.ids.code },
        t: t.loginForm,
        common: t.common,
        challenge: this.challenge,
        method: this.method,
        code: this.code,
        error: errors['code'],
        sent: channel && this.sent[channel],
        resendIn: channel ? this.resend[channel].remaining : 0,
        pending: this.action.pending,
        on: {
          code: (value) => (this.code = value),
          submit: (event) => this.submitCode(event),
          resend: () => channel && this.sendCode(channel, true),
          choose: (method) => this.chooseMethod(method),
          lost: () => this.dispatchEvent(new LostTwoFactorEvent(this.typedIdentifier())),
          restart: () => this.restart(),
        },
      });
    }
    return html``;
  }

  // --- identifier step ---------------------------------------------------------------------------------------

  private submitIdentifier(event: SubmitEvent): void {
    event.preventDefault();
    // Re-hidden on submit, so a shown password is not left on screen while the user looks away.
    this.revealed = false;
    if (this.action.pending === 'sign-in' || this.retry.running) return;
    this.readAutofilled();
    const read = this.kind && this.country ? readIdentifier(this.kind, { email: this.email, phone: this.phone, country: this.country }) : undefined;
    const errors: Partial<Record<Field, Wording>> = {};
    if (read && 'problem' in read) errors[read.problem.field] = this.problemText(read.problem);
    if (this.password === '') errors.password = () => this.i18n.t.loginForm.passwordRequired;
    if (!read || 'problem' in read || errors.password) return this.showFieldErrors(errors);
    const identifier = read.identifier;
    void this.loadSecondFactorView().catch(() => undefined);
    void this.send('sign-in', (client, signal) => this.signInRequest(client, identifier, signal), (result) =>
      this.signInAnswered(result, 'password'),
    );
  }

  /** Sign-in, asking the host's captcha provider and trying once more when the backend wants a robot check. */
  private async signInRequest(client: SignInClient, identifier: Identifier, signal: AbortSignal): Promise<SignInResult> {
    const password = this.password;
    try {
      return await client.signIn({ identifier, password }, { signal });
    } catch (error) {
      if (errorCode(error) !== 'captcha_required') throw error;
      if (!this.captchaProvider) throw new CaptchaUnavailable();
      const captchaToken = await this.captchaProvider().catch(() => {
        throw error;
      });
      return client.signIn({ identifier, password, captchaToken }, { signal });
    }
  }

  private async signInAnswered(result: SignInResult, method: SignInMethod): Promise<void> {
    if (result.status === 'signed_in') return this.signedIn(result.session, method);
    try {
      await this.loadSecondFactorView();
    } catch {
      this.secondFactorLoad = undefined;
      // The chunk could not be fetched: for the user that is a connection problem.
      return this.showAlert(() => this.i18n.error('network'));
    }
    this.challenge = result.challenge;
    this.sent = {};
    // The password leaves memory and the DOM with its step; a restart asks for it again.
    this.password = '';
    this.goTo('second-factor');
    this.chooseMethod(result.challenge.preferredMethod);
  }

  private loadSecondFactorView(): Promise<unknown> {
    this.secondFactorLoad ??= import('./steps/second-factor-step.js').then((view) => (this.secondFactorView = view));
    return this.secondFactorLoad;
  }

  private problemText(problem: IdentifierProblem): Wording {
    const t = () => this.i18n.t.loginForm;
    if (problem.field === 'password') return () => t().passwordRequired;
    if (problem.field === 'email') return () => (problem.problem === 'required' ? t().emailRequired : t().emailInvalid);
    const country = this.country ?? callingCodes[0]!;
    const name = () => new Intl.DisplayNames([this.i18n.locale], { type: 'region' }).of(country.region) ?? country.region;
    if (problem.problem === 'required') return () => t().phoneRequired;
    if (problem.problem === 'invalid_format') return () => t().phoneInvalid({ country: name() });
    return () => t().phoneLength({ country: name(), min: country.min, max: country.max });
  }

  private switchKind(kind: IdentifierKind): void {
    this.kind = kind;
    this.fieldErrors = {};
  }

  private toggleReveal(): void {
    this.revealed = !this.revealed;
    const common = this.i18n.t.common;
    this.announce(this.revealed ? common.passwordShown : common.passwordHidden);
  }

  /** Password managers may fill fields without an input event; read what is really there before sending. */
  private readAutofilled(): void {
    const value = (field: Field) => (this.field(field) as HTMLInputElement | null)?.value;
    this.email = value('email') ?? this.email;
    this.phone = value('phone') ?? this.phone;
    this.password = value('password') ?? this.password;
  }

  private typedIdentifier(): Identifier | undefined {
    if (!this.kind || !this.country) return undefined;
    const read = readIdentifier(this.kind, { email: this.email, phone: this.phone, country: this.country });
    return 'identifier' in read ? read.identifier : undefined;
  }

  private readonly onPageShow = (event: PageTransitionEvent): void => {
    // Back/forward cache: a page restored from memory must not come back with the password shown.
    if (event.persisted) this.revealed = false;
  };

  // --- second factor -----------------------------------------------------------------------------------------

  private chooseMethod(method: SecondFactorMethod): void {
    this.method = method;
    this.code = '';
    this.fieldErrors = {};
    this.alert = undefined;
    this.focusTarget = 'heading';
    this.dispatchEvent(new StepChangeEvent('second-factor', method));
    if (method !== 'totp' && !this.sent[method]) this.sendCode(method, false);
  }

  private sendCode(channel: 'sms' | 'email', again: boolean): void {
    const challenge = this.challenge;
    if (!challenge) return;
    void this.send('send', (client, signal) => client.sendSignInCode({ challengeId: challenge.id, channel }, { signal }), (sent) => {
      this.sent = { ...this.sent, [channel]: sent };
      this.resend[channel].start(sent.resendAfter);
      const t = this.i18n.t.loginForm;
      this.announce(again ? t.codeResent({ to: sent.sentTo }) : t.codeSent({ to: sent.sentTo }));
      if (again) this.focusTarget = 'code';
    });
  }

  private submitCode(event?: Event): void {
    event?.preventDefault();
    // The sixth digit submits by itself; an Enter right after must not send the same code twice.
    if (this.action.pending === 'verify' || !this.challenge) return;
    const code = ((this.field('code') as HTMLInputElement | null)?.value ?? this.code).trim();
    this.code = code;
    if (!/^\d{6}$/.test(code)) {
      const t = () => this.i18n.t.loginForm;
      return this.showFieldErrors({ code: () => (code === '' ? t().codeRequired : t().codeFormat) });
    }
    const { id } = this.challenge;
    const method = this.method;
    void this.send('verify', (client, signal) => client.verifySignInCode({ challengeId: id, method, code }, { signal }), (result) =>
      this.signedIn(result.session, 'password'),
    );
  }

  private restart(): void {
    this.challenge = undefined;
    this.code = '';
    this.fieldErrors = {};
    this.alert = undefined;
    this.resend.sms.stop();
    this.resend.email.stop();
    this.goTo('identifier');
  }

  // --- passkeys and social -----------------------------------------------------------------------------------

  private signInWithPasskey(): void {
    if (!supportsPasskeys()) return this.showAlert(() => this.i18n.t.loginForm.passkeyUnsupported);
    this.stopAutofill();
    void this.send('passkey', (client, signal) => passkeySignIn(client, { autofill: false, signal }), (result) =>
      this.signedIn(result.session, 'passkey'),
    ).finally(() => void this.armAutofill());
  }

  /** Passkeys offered in the identifier field's autofill, where the browser can; runs quietly in the background. */
  private async armAutofill(): Promise<void> {
    const wanted = this.step === 'identifier' && this.enabledMethods().includes('passkey') && this.enabledMethods().includes('password');
    if (!wanted) return this.stopAutofill();
    if (this.autofill || this.action.pending === 'passkey' || !(await supportsPasskeyAutofill())) return;
    const controller = new AbortController();
    this.autofill = controller;
    try {
      const client = await this.getClient();
      const result = await passkeySignIn(client, { autofill: true, signal: controller.signal });
      if (!controller.signal.aborted) this.signedIn(result.session, 'passkey');
    } catch (error) {
      // Autofill runs unasked, so only a passkey the user picked and the backend refused is worth a message; a
      // dismissed prompt, or a backend fault the user's own next action will meet anyway, stays quiet.
      const code = errorCode(error);
      if (!controller.signal.aborted && (code === 'passkey_failed' || code === 'account_locked')) this.showError(error);
    } finally {
      if (this.autofill === controller) this.autofill = undefined;
    }
  }

  private stopAutofill(): void {
    this.autofill?.abort();
    this.autofill = undefined;
  }

  private startSocial(provider: SocialProvider): void {
    // The provider is marked on the way out, so the return page knows which one to finish with.
    const back = new URL(this.returnTo ?? location.href, location.href);
    back.searchParams.set(SOCIAL_PROVIDER_PARAM, provider);
    const returnTo = back.href;
    void this.send(provider, (client, signal) => client.startSocialSignIn({ provider, returnTo }, { signal }), ({ url }) =>
      this.navigate(url),
    );
  }

  // --- shared plumbing ---------------------------------------------------------------------------------------

  /** Runs one request through the action controller and routes its failure to the right message. */
  private async send<T>(label: string, work: (client: SignInClient, signal: AbortSignal) => Promise<T>, done: (value: T) => void) {
    const outcome = await this.action.run(label, async (signal) => work(await this.getClient(), signal));
    if (outcome.kind === 'stale') return;
    if (outcome.kind === 'done') {
      this.alert = undefined;
      this.fieldErrors = {};
      return done(outcome.value);
    }
    this.showError(outcome.error);
  }

  private showError(error: unknown): void {
    const t = () => this.i18n.t;
    if (error instanceof CaptchaUnavailable) return this.showAlert(() => t().loginForm.captchaUnavailable);
    if (!isTillitError(error)) {
      const failure = passkeyFailure(error);
      if (failure === 'aborted') return;
      const key = failure === 'cancelled' ? 'passkeyCancelled' : failure === 'unsupported' ? 'passkeyUnsupported' : 'passkeyError';
      if (failure === 'failed') console.error('tillit: <login-form> failed', error);
      return this.showAlert(() => t().loginForm[key]);
    }
    const text = () => this.i18n.error(error);
    switch (error.code) {
      case 'aborted':
        return;
      case 'rate_limited':
        this.retry.start(error.retryAfter ?? 60);
        return this.showAlert(() => this.i18n.error({ code: 'rate_limited', retryAfter: this.retry.remaining }));
      case 'challenge_expired':
      case 'too_many_attempts':
        // The challenge is gone: back to the start with the identifier kept, and say why in words that fit there.
        if (this.step !== 'second-factor') return this.showAlert(text);
        this.restart();
        return this.showAlert(error.code === 'too_many_attempts' ? text : () => t().loginForm.challengeExpired, 'password');
      case 'invalid_code':
      case 'code_expired':
      case 'code_already_used':
        return this.showFieldErrors({ code: text });
      case 'resend_too_soon':
        if (this.method !== 'totp') this.resend[this.method].start(error.retryAfter ?? 30);
        return this.showAlert(text);
      case 'invalid_credentials':
        return this.showAlert(text, 'password');
      default:
        return this.showAlert(text);
    }
  }

  private showAlert(text: Wording, field?: Field): void {
    this.fieldErrors = {};
    this.alert = field ? { text, field } : { text };
    this.focusTarget = 'summary';
  }

  private showFieldErrors(errors: Partial<Record<Field, Wording>>): void {
    this.alert = undefined;
    this.fieldErrors = errors;
    this.focusTarget = 'summary';
  }

  private retryEnded(): void {
    if (this.alert) this.alert = undefined;
    this.announce(this.i18n.t.loginForm.retryNow);
  }

  private signedIn(session: Session, method: SignInMethod): void {
    this.stopAutofill();
    this.session = session;
    this.password = '';
    this.code = '';
    this.revealed = false;
    this.challenge = undefined;
    this.goTo('signed-in');
    this.dispatchEvent(new SignedInEvent(session, method));
  }

  private goTo(step: LoginStep): void {
    const changed = step !== this.step;
    this.step = step;
    this.focusTarget = 'heading';
    if (changed && step !== 'second-factor') this.dispatchEvent(new StepChangeEvent(step));
  }

  private announce(text: string): void {
    // Cleared first so the same words said twice (two resends) are announced twice.
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = text));
  }

  private async getClient(): Promise<SignInClient> {
    if (this.client) return this.client;
    if (!this.baseUrl) throw new Error('<login-form> needs a `client` property or a `base-url` attribute.');
    this.defaultClient ??= loadDefaultClient(this.baseUrl);
    return this.defaultClient;
  }

  private field(field: Field): HTMLElement | null {
    return this.light.root?.querySelector<HTMLElement>(`#${this.ids[field]}`) ?? null;
  }

  private kinds(): IdentifierKind[] {
    const kinds = parseList(this.identifier, KINDS);
    return kinds.length ? kinds : ['email'];
  }

  private enabledMethods() {
    return parseList(this.methods, METHODS);
  }
}

/** The backend wants a robot check and the host gave no `captchaProvider`. */
class CaptchaUnavailable extends Error {}

function errorCode(error: unknown): string | undefined {
  return isTillitError(error) ? error.code : undefined;
}
