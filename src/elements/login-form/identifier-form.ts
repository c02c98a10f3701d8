import type { ReactiveController } from 'lit';
import { withCaptcha } from '../../captcha/with-captcha.js';
import type { Identifier } from '../../contract/index.js';
import type { Wording } from '../../controllers/form-feedback-controller.js';
import { prefillOf, readIdentifier } from '../shared/identifier.js';
import { IdentifierChoice } from '../shared/identifier-choice.js';
import type { LoginField, SignInContext } from './sign-in-context.js';
import type { IdentifierStepView } from './steps/identifier-step.js';

/**
 * The identifier step: e-mail or phone (with its country) and password, checked on submit (never on blur), then
 * sent with the captcha retry. Follows the host's `identifier`, `default-country` and `prefill` as they change,
 * re-hides a shown password on submit and on a back/forward-cache restore. The phone field and its country table
 * load when the phone kind shows, or as soon as the user reaches for the switch.
 */
export class IdentifierForm extends IdentifierChoice implements ReactiveController {
  revealed = false;
  private readonly ctx: SignInContext;
  private seen: { identifier?: string; defaultCountry?: string; prefill?: string | undefined } = {};

  constructor(ctx: SignInContext) {
    super(ctx.host, ctx.feedback);
    this.ctx = ctx;
    ctx.host.addController(this);
  }

  hostConnected(): void {
    addEventListener('pageshow', this.onPageShow);
  }

  hostDisconnected(): void {
    removeEventListener('pageshow', this.onPageShow);
  }

  /** Follows the host's attributes once per change (as `willUpdate` would). */
  hostUpdate(): void {
    const { identifier, defaultCountry, prefill } = this.ctx.host;
    // The first kind listed is the default; a later change of the list keeps the user's pick if it is still there.
    if (this.seen.identifier === undefined || !this.kinds.includes(this.kind)) this.kind = this.kinds[0]!;
    if (defaultCountry !== this.seen.defaultCountry && !this.ctx.feedback.value('phone')) this.country = defaultCountry.toUpperCase();
    if (prefill !== this.seen.prefill) this.applyPrefill(prefill);
    this.seen = { identifier, defaultCountry, prefill };
    if (this.kind === 'phone') void this.loadPhone();
  }

  /** Back to the start: nothing typed, the first kind, the host's prefill again. */
  reset(): void {
    this.ctx.feedback.clear('email', 'phone', 'password');
    this.kind = this.kinds[0]!;
    this.country = this.ctx.host.defaultCountry.toUpperCase();
    this.revealed = false;
    this.applyPrefill(this.ctx.host.prefill);
  }

  submit(event: SubmitEvent): void {
    event.preventDefault();
    // Re-hidden on submit, so a shown password is not left on screen while the user looks away.
    this.setRevealed(false);
    const { feedback, action, lock, i18n } = this.ctx;
    if (action.pending === 'sign-in' || lock?.running) return;
    feedback.readFields('email', 'phone', 'password');
    const code = this.callingCode;
    if (this.kind === 'phone' && !code) return void this.loadPhone().then(() => this.submit(event), () => feedback.showError('network'));
    const read = this.read();
    const password = feedback.value('password');
    if ('problem' in read || password === '') {
      const errors: Partial<Record<LoginField, Wording>> = {};
      if (password === '') errors.password = () => i18n.t.password.required;
      if (!('problem' in read)) return feedback.showFieldErrors(errors);
      // The identifier's messages (with the country's name) load with the first slip: most people never make one.
      const { problem } = read;
      return void import('../shared/identifier-problem.js').then(
        ({ identifierProblemText }) => feedback.showFieldErrors({ [problem.field]: identifierProblemText(problem, i18n, code!), ...errors }),
        () => feedback.showError('network'),
      );
    }
    const input = { identifier: read.identifier, password };
    this.ctx.preloadSecondFactor();
    void this.ctx.send(
      'sign-in',
      ['signIn'],
      (client, signal) => withCaptcha((captchaToken) => client.signIn({ ...input, captchaToken }, { signal }), this.ctx.host.captchaProvider),
      (result) => this.ctx.answered(result, 'password'),
    );
  }

  /** The user reaches for the switch: fetch the phone field now, so it is there when they choose it. */
  expectPhone(): void {
    if (this.kinds.includes('phone')) void this.loadPhone().catch(() => undefined);
  }

  toggleReveal(): void {
    this.setRevealed(!this.revealed);
    const t = () => this.ctx.i18n.t.password;
    const shown = this.revealed;
    this.ctx.feedback.announce(() => (shown ? t().shown : t().hidden));
  }

  /** What the user typed, if it is a valid identifier (for "Forgot your password?" and lost-2FA routing). */
  typed(): Identifier | undefined {
    const read = this.read();
    return 'identifier' in read ? read.identifier : undefined;
  }

  /** The step's view model; `capsLock` and `forgotHref` are what only the element knows. */
  view(extra: Pick<IdentifierStepView, 'capsLock' | 'forgotHref' | 'onForgot'>): IdentifierStepView {
    const { feedback, i18n, action, lock } = this.ctx;
    return {
      ...extra,
      ids: feedback.ids,
      t: i18n.t,
      locale: i18n.locale,
      kinds: this.kinds,
      kind: this.kind,
      phone: this.phone,
      country: this.callingCode,
      values: { email: feedback.value('email'), phone: feedback.value('phone'), password: feedback.value('password') },
      errors: { email: feedback.error('email'), phone: feedback.error('phone'), password: feedback.error('password') },
      revealed: this.revealed,
      busy: action.pending === 'sign-in',
      blocked: lock?.running ?? false,
      on: {
        kind: (kind) => this.switchTo(kind),
        intent: () => this.expectPhone(),
        email: (value) => feedback.setValue('email', value),
        phone: (value) => feedback.setValue('phone', value),
        country: (country) => this.setCountry(country),
        password: (value) => feedback.setValue('password', value),
        reveal: () => this.toggleReveal(),
        submit: (event) => this.submit(event),
      },
    };
  }

  /** The phone country's name in the current language. */
  countryName(): string {
    return new Intl.DisplayNames([this.ctx.i18n.locale], { type: 'region' }).of(this.country) ?? this.country;
  }

  /** What the fields hold, read as an identifier (the phone needs its country table, loaded with its field). */
  private read() {
    const { feedback } = this.ctx;
    const code = this.callingCode;
    const phone = code && this.phone?.toE164(feedback.value('phone'), code);
    return readIdentifier(this.kind, { email: feedback.value('email'), phone });
  }

  private applyPrefill(text: string | undefined): void {
    const prefill = prefillOf(text);
    if (!prefill || !this.kinds.includes(prefill.kind)) return;
    this.kind = prefill.kind;
    this.ctx.feedback.setValue(prefill.kind, prefill.value);
    const region = this.phone?.regionOfInternational(prefill.value)?.region;
    if (prefill.kind === 'phone' && region) this.country = region;
  }

  private setRevealed(revealed: boolean): void {
    this.revealed = revealed;
    this.ctx.host.requestUpdate();
  }

  private readonly onPageShow = (event: PageTransitionEvent): void => {
    // Back/forward cache: a page restored from memory must not come back with the password shown.
    if (event.persisted) this.setRevealed(false);
  };
}
