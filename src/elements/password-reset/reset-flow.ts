import type { CSSResult, ReactiveControllerHost } from 'lit';
import { withCaptcha, type CaptchaProvider } from '../../captcha/with-captcha.js';
import { TillitError } from '../../client/errors.js';
import type { CodeChannel, Identifier, PasswordResetCompleted, PasswordResetStarted } from '../../contract/index.js';
import { AsyncActionController } from '../../controllers/async-action-controller.js';
import { ClientController } from '../../controllers/client-controller.js';
import type { CountdownController } from '../../controllers/countdown-controller.js';
import type { FormFeedbackController } from '../../controllers/form-feedback-controller.js';
import { StepController } from '../../controllers/step-controller.js';
import { SignInRequestedEvent } from '../../events/sign-in-requested.js';
import { identifierText } from '../shared/identifier.js';
import { LazyPart } from '../shared/lazy-part.js';
import { IdentifierEntry, type IdentifierHost } from './identifier-entry.js';
import { loadResetClient, type PasswordResetClient, type PasswordResetStep, type ResetField, type ResetI18n } from './reset-context.js';

/** What the flow reads of its element: its configuration. */
export interface ResetHost extends IdentifierHost, ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  client?: PasswordResetClient | undefined;
  baseUrl?: string | undefined;
  captchaProvider?: CaptchaProvider | undefined;
}

type Failures = typeof import('./reset-failures.js');
type LaterSteps = import('./reset-later.js').LaterSteps;

/**
 * The reset of `<password-reset>`: the identifier and the robot check start it, a code by the channel the user
 * picks confirms it, the new password completes it, and the last step says until when withdrawals stay disabled.
 * The steps after the identifier load while the reset starts (reset-later.ts). One request at a time; a failure is
 * worded by reset-failures.ts (loaded with the first one).
 */
export class ResetFlow {
  readonly action: AsyncActionController;
  readonly steps: StepController<PasswordResetStep>;
  readonly client: ClientController<PasswordResetClient>;
  readonly entry: IdentifierEntry;
  /** The code, new-password and done steps, loaded while the reset starts. */
  readonly later: LazyPart<LaterSteps>;
  /** A rate limit's wait, made by the failure handling with the first one. */
  lock: CountdownController | undefined;
  /** The reset under way: its id, for whom, and the channels offered (null destination: "the account's phone"). */
  started: { id: string; identifier: Identifier; channels: PasswordResetStarted['channels'] } | undefined;
  completed: PasswordResetCompleted | undefined;
  private failures: Failures | undefined;
  /** How this flow's requests end (`AsyncActionController.send`): failures worded by its own lazy part. */
  private readonly outcomes = {
    beforeFailure: () => this.failureHandling(),
    fail: (error: unknown) => this.fail(error),
    clearErrors: () => this.feedback.clearErrors(),
  };

  constructor(
    readonly host: ResetHost,
    readonly i18n: ResetI18n,
    readonly feedback: FormFeedbackController<ResetField>,
  ) {
    this.action = new AsyncActionController(host);
    this.steps = new StepController<PasswordResetStep>(host, {
      initial: 'identifier',
      leave: (step) => this.later.value?.left(step),
      focusHeading: () => feedback.focusAfterUpdate('heading'),
    });
    this.client = new ClientController<PasswordResetClient>(host, { load: loadResetClient });
    this.entry = new IdentifierEntry(host, feedback, i18n);
    this.later = new LazyPart<LaterSteps>(
      () =>
        import('./reset-later.js').then(async (m) => {
          await i18n.add(m.laterSections);
          return new m.LaterSteps(this);
        }),
      () => this.showOffline(),
      host,
    );
  }

  /** The account being reset as the user typed it (the e-mail, or the phone in E.164), while a reset is under way. */
  get account(): string | undefined {
    return this.started && identifierText(this.started.identifier);
  }

  /** The light-DOM sheets of what has loaded (the phone field) and the code form's. */
  lazyStyles(): CSSResult[] {
    return [...(this.later.value?.styles ?? []), this.entry.styles].filter((sheet): sheet is CSSResult => sheet !== undefined);
  }

  /** First step: read the identifier, pass the robot check (asked first: this row always wants one), start. */
  async start(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.action.pending || this.later.loading || this.lock?.running) return;
    let read;
    try {
      read = await this.entry.read();
    } catch {
      return this.feedback.showError('network');
    }
    if ('errors' in read) return this.feedback.showFieldErrors(read.errors);
    const { identifier } = read;
    const own = this.host.captchaProvider;
    // A robot check the user closed or that failed: "Complete the security check to continue", input kept.
    const provider = own && (() => own().catch((cause: unknown) => Promise.reject(new TillitError('captcha_required', 'robot check not done', { cause }))));
    this.later.preload();
    await this.send('start', (client, signal) =>
      withCaptcha((captchaToken) => client.startPasswordReset({ identifier, captchaToken }, { signal }), provider, { askFirst: true }),
      (started) => {
        this.started = { id: started.resetId, identifier, channels: started.channels };
        return this.later.with((later) => later.beginCode());
      },
    );
  }

  /** "Log in" / "Back to log in": the host routes to `<login-form>`, prefilled with the identifier of the reset. */
  requestSignIn(): void {
    this.host.dispatchEvent(new SignInRequestedEvent(this.started?.identifier));
  }

  /** Back to the first step with the identifier kept: "Start again", or a reset that is gone. */
  restart(): void {
    this.action.abort();
    this.later.value?.code.stop();
    this.started = undefined;
    this.feedback.clearErrors();
    this.steps.goTo('identifier');
  }

  /** The host's `reset()`: the first step, nothing typed but the prefill, no messages. */
  reset(): void {
    // As restart(), but the host asked, not the user: focus stays where it is.
    this.action.abort();
    this.later.value?.code.stop();
    this.started = undefined;
    this.completed = undefined;
    this.feedback.clearErrors();
    this.later.value?.newPassword.clear();
    this.feedback.clear('email', 'phone');
    this.entry.reset();
    this.steps.reset();
  }

  fail(error: unknown): void {
    void this.failureHandling().then(
      (failures) => failures.showResetFailure(this, error),
      () => this.feedback.showError('unknown'),
    );
  }

  lockEnded(): void {
    this.feedback.clearErrors();
    this.feedback.announce(() => this.i18n.t.common.retryNow);
  }

  /** "the phone number of your account, if it has one", for what the code flow announces. */
  accountDestination(channel: CodeChannel): string {
    const t = this.i18n.t.passwordReset;
    return channel === 'sms' ? t.accountPhone : t.accountEmail;
  }

  /** A part of the flow could not be fetched: for the user that is a connection problem. */
  private async showOffline(): Promise<void> {
    await this.i18n.errorsReady();
    this.feedback.showError('network');
  }

  async send<T>(label: string, work: (client: PasswordResetClient, signal: AbortSignal) => Promise<T>, done: (value: T) => void): Promise<void> {
    await this.action.send(label, async (signal) => work(await this.client.get('startPasswordReset', 'completePasswordReset'), signal), this.outcomes, done);
  }

  private async failureHandling(): Promise<Failures> {
    if (this.failures) return this.failures;
    const [, failures] = await Promise.all([this.i18n.errorsReady(), import('./reset-failures.js')]);
    return (this.failures = failures);
  }
}
