import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isTillitError, TillitError } from '../../client/errors.js';
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
import { CountdownController } from '../../controllers/countdown-controller.js';
import type { LocalizeController } from '../../controllers/localize-controller.js';
import { callingCodeOf, callingCodes, type CallingCode } from '../shared/countries.js';
import type { ErrorSummaryItem } from '../shared/error-summary.js';
import { CaptchaUnavailable, errorCode, signInWithCaptcha } from './captcha.js';
import { SignedInEvent, StepChangeEvent, type LoginStep, type SignInMethod } from './events.js';
import type { LoginForm } from './login-form.js';
import type { loginFormMessages } from './messages.js';
import { passkeyFailure, passkeySignIn, supportsPasskeyAutofill, supportsPasskeys } from './passkey.js';
import { loadDefaultClient, type SignInClient } from './sign-in-client.js';
import { socialReturn, socialReturnTo } from './social.js';
import type { IdentifierKind } from './steps/identifier-step.js';
import { parseList, readIdentifier, type IdentifierProblem } from './validate.js';

export type Field = 'email' | 'phone' | 'password' | 'code';
/** Messages are kept as functions so a language switch or a ticking countdown re-words them on render. */
type Wording = () => string;

/** What the flow reads of `<login-form>`: its configuration, and its shadow root for focus. */
type Host = Pick<
  LoginForm,
  'client' | 'baseUrl' | 'methods' | 'identifier' | 'defaultCountry' | 'returnTo' | 'captchaProvider' | 'navigate' | 'renderRoot'
> &
  ReactiveControllerHost &
  HTMLElement;
type I18n = LocalizeController<{ loginForm: typeof loginFormMessages }>;

/** What the form shows; changed only through `set`, which re-renders the host. */
type FlowState = Pick<
  SignInFlowController,
  'step' | 'kind' | 'email' | 'phone' | 'country' | 'password' | 'revealed' | 'code' | 'challenge' | 'method' | 'sent'
  | 'session' | 'fieldErrors' | 'alert' | 'announcement'
>;

const METHODS = ['password', 'passkey', 'google', 'apple'] as const;
const KINDS = ['email', 'phone'] as const;

/**
 * The sign-in flow of `<login-form>`: the steps (identifier, second factor, signed in), what the user typed, the
 * requests (through one `AsyncActionController`, so a newer one aborts the one it replaces), failures turned into
 * messages and field errors, the captcha retry, the rate-limit and resend countdowns, passkeys (button and
 * autofill) and Google/Apple. The element renders this state and wires its events to the methods here.
 */
export class SignInFlowController implements ReactiveController {
  step: LoginStep = 'identifier';
  kind: IdentifierKind | undefined;
  email = '';
  phone = '';
  country: CallingCode | undefined;
  password = '';
  revealed = false;
  code = '';
  challenge: SecondFactorChallenge | undefined;
  method: SecondFactorMethod = 'totp';
  sent: Partial<Record<'sms' | 'email', CodeSent>> = {};
  session: Session | undefined;
  fieldErrors: Partial<Record<Field, Wording>> = {};
  alert: { text: Wording; field?: Field } | undefined;
  announcement = '';
  /** The second-factor view loads while the password is being checked: most sign-ins never need it. */
  secondFactorView?: typeof import('./steps/second-factor-step.js');

  readonly action: AsyncActionController;
  /** Runs while the backend says to wait (`rate_limited`); the submit button is blocked meanwhile. */
  readonly retry: CountdownController;
  readonly resend: Record<'sms' | 'email', CountdownController>;

  private readonly host: Host;
  private readonly i18n: I18n;
  private readonly field: (field: Field) => HTMLElement | null;
  private defaultClient?: Promise<SignInClient>;
  private secondFactorLoad?: Promise<unknown>;
  private autofill?: AbortController;
  private focusTarget: 'heading' | 'summary' | 'code' | undefined;
  /** Host properties and step as the previous update saw them, to act on a change once (as `willUpdate` would). */
  private seen: Partial<Pick<Host, 'client' | 'baseUrl' | 'methods' | 'defaultCountry'> & { step: LoginStep }> = {};
  private rearm = false;

  constructor(host: Host, i18n: I18n, field: (field: Field) => HTMLElement | null) {
    this.host = host;
    this.i18n = i18n;
    this.field = field;
    this.action = new AsyncActionController(host);
    this.retry = new CountdownController(host, () => this.retryEnded());
    this.resend = { sms: new CountdownController(host), email: new CountdownController(host) };
    host.addController(this);
  }

  /** Identifier kinds from the `identifier` attribute, in order (the first is the default). */
  get kinds(): IdentifierKind[] {
    const kinds = parseList(this.host.identifier, KINDS);
    return kinds.length ? kinds : ['email'];
  }

  /** The ways in the `methods` attribute offers. */
  get methods(): SignInMethod[] {
    return parseList(this.host.methods, METHODS);
  }

  /** Changes what the form shows and re-renders. */
  set(patch: Partial<FlowState>): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  // --- lifecycle ---------------------------------------------------------------------------------------------

  hostConnected(): void {
    addEventListener('pageshow', this.onPageShow);
    if (this.host.baseUrl && !this.host.client) void this.getClient().catch(() => undefined);
  }

  hostDisconnected(): void {
    removeEventListener('pageshow', this.onPageShow);
    this.stopAutofill();
  }

  hostUpdate(): void {
    const { client, baseUrl, methods, defaultCountry } = this.host;
    const was = this.seen;
    this.seen = { client, baseUrl, methods, defaultCountry, step: this.step };
    if (baseUrl !== was.baseUrl) this.defaultClient = undefined;
    const kinds = this.kinds;
    if (!this.kind || !kinds.includes(this.kind)) this.kind = kinds[0];
    if (defaultCountry !== was.defaultCountry && !this.phone) this.country = callingCodeOf(defaultCountry) ?? this.country;
    this.country ??= callingCodeOf(defaultCountry) ?? callingCodes[0];
    this.rearm = client !== was.client || baseUrl !== was.baseUrl || methods !== was.methods || this.step !== was.step;
  }

  /** After the light DOM is rendered (this controller is added after `LightDomController`). */
  hostUpdated(): void {
    if (this.rearm) void this.armAutofill();
    const target = this.focusTarget;
    this.focusTarget = undefined;
    if (target === 'heading') this.host.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    if (target === 'summary') this.host.renderRoot.querySelector<HTMLElement>('[data-error-summary]')?.focus();
    if (target === 'code') this.field('code')?.focus();
  }

  /** What went wrong, for the error summary: the alert first, then each field's error linked to its field. */
  summary(): ErrorSummaryItem[] {
    const items: ErrorSummaryItem[] = (Object.entries(this.fieldErrors) as [Field, Wording][]).map(([field, text]) => ({
      text: text(),
      field: this.field(field),
    }));
    if (this.alert) items.unshift({ text: this.alert.text(), field: this.alert.field && this.field(this.alert.field) });
    return items;
  }

  /** The field errors in the current language, for the light-DOM form. */
  errorTexts(): Partial<Record<Field, string>> {
    return Object.fromEntries(Object.entries(this.fieldErrors).map(([field, text]) => [field, text()]));
  }

  // --- identifier step ---------------------------------------------------------------------------------------

  submitIdentifier(event: SubmitEvent): void {
    event.preventDefault();
    // Re-hidden on submit, so a shown password is not left on screen while the user looks away.
    this.set({ revealed: false });
    if (this.action.pending === 'sign-in' || this.retry.running) return;
    this.readAutofilled();
    const read = this.readIdentifier();
    const errors: Partial<Record<Field, Wording>> = {};
    if (read && 'problem' in read) errors[read.problem.field] = this.problemText(read.problem);
    if (this.password === '') errors.password = () => this.i18n.t.loginForm.passwordRequired;
    if (!read || 'problem' in read || errors.password) return this.showFieldErrors(errors);
    void this.loadSecondFactorView().catch(() => undefined);
    const input = { identifier: read.identifier, password: this.password };
    void this.send('sign-in', (client, signal) => signInWithCaptcha(client, input, this.host.captchaProvider, signal), (result) =>
      this.signInAnswered(result, 'password'),
    );
  }

  switchKind(kind: IdentifierKind): void {
    this.set({ kind, fieldErrors: {} });
  }

  toggleReveal(): void {
    this.set({ revealed: !this.revealed });
    const common = this.i18n.t.common;
    this.announce(this.revealed ? common.passwordShown : common.passwordHidden);
  }

  /** What the user typed, if it is a valid identifier (for "Forgot your password?" and lost-2FA routing). */
  typedIdentifier(): Identifier | undefined {
    const read = this.readIdentifier();
    return read && 'identifier' in read ? read.identifier : undefined;
  }

  private readIdentifier() {
    const { kind, email, phone, country } = this;
    return kind && country ? readIdentifier(kind, { email, phone, country }) : undefined;
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
    // The password leaves memory and the DOM with its step; a restart asks for it again.
    this.set({ challenge: result.challenge, sent: {}, password: '' });
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

  /** Password managers may fill fields without an input event; read what is really there before sending. */
  private readAutofilled(): void {
    const value = (field: Field) => (this.field(field) as HTMLInputElement | null)?.value;
    this.set({ email: value('email') ?? this.email, phone: value('phone') ?? this.phone, password: value('password') ?? this.password });
  }

  private readonly onPageShow = (event: PageTransitionEvent): void => {
    // Back/forward cache: a page restored from memory must not come back with the password shown.
    if (event.persisted) this.set({ revealed: false });
  };

  // --- second factor -----------------------------------------------------------------------------------------

  chooseMethod(method: SecondFactorMethod): void {
    this.set({ method, code: '', fieldErrors: {}, alert: undefined });
    this.focusTarget = 'heading';
    this.host.dispatchEvent(new StepChangeEvent('second-factor', method));
    if (method !== 'totp' && !this.sent[method]) this.sendCode(method, false);
  }

  sendCode(channel: 'sms' | 'email', again: boolean): void {
    const challenge = this.challenge;
    if (!challenge) return;
    void this.send('send', (client, signal) => client.sendSignInCode({ challengeId: challenge.id, channel }, { signal }), (sent) => {
      this.set({ sent: { ...this.sent, [channel]: sent } });
      this.resend[channel].start(sent.resendAfter);
      const t = this.i18n.t.loginForm;
      this.announce(again ? t.codeResent({ to: sent.sentTo }) : t.codeSent({ to: sent.sentTo }));
      if (again) this.focusTarget = 'code';
    });
  }

  submitCode(event?: Event): void {
    event?.preventDefault();
    // The sixth digit submits by itself; an Enter right after must not send the same code twice.
    if (this.action.pending === 'verify' || !this.challenge) return;
    const code = ((this.field('code') as HTMLInputElement | null)?.value ?? this.code).trim();
    this.set({ code });
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

  restart(): void {
    this.set({ challenge: undefined, code: '', fieldErrors: {}, alert: undefined });
    this.resend.sms.stop();
    this.resend.email.stop();
    this.goTo('identifier');
  }

  // --- passkeys and social -----------------------------------------------------------------------------------

  signInWithPasskey(): void {
    if (!supportsPasskeys()) return this.showAlert(() => this.i18n.t.loginForm.passkeyUnsupported);
    this.stopAutofill();
    void this.send('passkey', (client, signal) => passkeySignIn(client, { autofill: false, signal }), (result) =>
      this.signedIn(result.session, 'passkey'),
    ).finally(() => void this.armAutofill());
  }

  /** Passkeys offered in the identifier field's autofill, where the browser can; runs quietly in the background. */
  private async armAutofill(): Promise<void> {
    const methods = this.methods;
    const wanted = this.step === 'identifier' && methods.includes('passkey') && methods.includes('password');
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

  startSocial(provider: SocialProvider): void {
    const returnTo = socialReturnTo(this.host.returnTo, provider);
    void this.send(provider, (client, signal) => client.startSocialSignIn({ provider, returnTo }, { signal }), ({ url }) =>
      this.host.navigate(url),
    );
  }

  /** See `LoginForm.finishSocialSignIn`. */
  async finishSocial(query: URLSearchParams): Promise<boolean> {
    const answer = socialReturn(query);
    if (!answer) return false;
    await this.send(answer.provider, (client, signal) => client.finishSocialSignIn(answer, { signal }), (result) =>
      this.signInAnswered(result, answer.provider),
    );
    return true;
  }

  // --- requests and their failures ---------------------------------------------------------------------------

  /** Runs one request through the action controller and routes its failure to the right message. */
  private async send<T>(label: string, work: (client: SignInClient, signal: AbortSignal) => Promise<T>, done: (value: T) => void) {
    const outcome = await this.action.run(label, async (signal) => work(await this.getClient(), signal));
    if (outcome.kind === 'stale') return;
    if (outcome.kind === 'done') {
      this.set({ alert: undefined, fieldErrors: {} });
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
    this.set({ fieldErrors: {}, alert: field ? { text, field } : { text } });
    this.focusTarget = 'summary';
  }

  private showFieldErrors(errors: Partial<Record<Field, Wording>>): void {
    this.set({ alert: undefined, fieldErrors: errors });
    this.focusTarget = 'summary';
  }

  private retryEnded(): void {
    if (this.alert) this.set({ alert: undefined });
    this.announce(this.i18n.t.loginForm.retryNow);
  }

  // --- moving on ---------------------------------------------------------------------------------------------

  private signedIn(session: Session, method: SignInMethod): void {
    this.stopAutofill();
    this.set({ session, password: '', code: '', revealed: false, challenge: undefined });
    this.goTo('signed-in');
    this.host.dispatchEvent(new SignedInEvent(session, method));
  }

  private goTo(step: LoginStep): void {
    const changed = step !== this.step;
    this.set({ step });
    this.focusTarget = 'heading';
    if (changed && step !== 'second-factor') this.host.dispatchEvent(new StepChangeEvent(step));
  }

  private announce(text: string): void {
    // Cleared first so the same words said twice (two resends) are announced twice.
    this.set({ announcement: '' });
    requestAnimationFrame(() => this.set({ announcement: text }));
  }

  private async getClient(): Promise<SignInClient> {
    const { client, baseUrl } = this.host;
    if (client) return client;
    // Both faults below are the page's, not the user's: they get the generic messages, never a passkey one.
    if (!baseUrl) {
      console.error('tillit: <login-form> needs a `client` property or a `base-url` attribute.');
      throw new TillitError('internal_error', '<login-form> has no client.');
    }
    this.defaultClient ??= loadDefaultClient(baseUrl).catch((cause: unknown) => {
      this.defaultClient = undefined; // offline while the chunk loaded: the next try loads it again
      throw new TillitError('network', 'The sign-in client could not be loaded.', { cause });
    });
    return this.defaultClient;
  }
}
