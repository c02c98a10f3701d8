import type { CSSResult, ReactiveControllerHost } from 'lit';
import { withCaptcha, type CaptchaProvider } from '../../captcha/with-captcha.js';
import { TillitError } from '../../client/errors.js';
import type { CodeChannel, Identifier, PasswordResetCompleted, PasswordResetStarted, ResetCodeSent } from '../../contract/index.js';
import { AsyncActionController } from '../../controllers/async-action-controller.js';
import { ClientController } from '../../controllers/client-controller.js';
import { CodeChallengeController } from '../../controllers/code-challenge-controller.js';
import type { CountdownController } from '../../controllers/countdown-controller.js';
import type { FormFeedbackController } from '../../controllers/form-feedback-controller.js';
import { StepController } from '../../controllers/step-controller.js';
import { PasswordResetCompletedEvent } from '../../events/password-reset-completed.js';
import { SignInRequestedEvent } from '../../events/sign-in-requested.js';
import { codeStyles } from '../shared/code-styles.js';
import { identifierText } from '../shared/identifier.js';
import { NewPasswordController } from '../shared/new-password-controller.js';
import { newPasswordStyles } from '../shared/new-password-styles.js';
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

/**
 * The reset of `<password-reset>`: the identifier and the robot check start it, a code by the channel the user
 * picks confirms it (the shared code flow over the reset rows), the new password completes it, and the last step
 * says until when withdrawals stay disabled. One request at a time; a failure is worded by reset-failures.ts
 * (loaded with the first one).
 */
export class ResetFlow {
  readonly action: AsyncActionController;
  readonly steps: StepController<PasswordResetStep>;
  readonly client: ClientController<PasswordResetClient>;
  readonly entry: IdentifierEntry;
  readonly code: CodeChallengeController<{ verified: true }>;
  /** A rate limit's wait, made by the failure handling with the first one. */
  lock: CountdownController | undefined;
  /** The reset under way: its id, for whom, and the channels offered (null destination: "the account's phone"). */
  started: { id: string; identifier: Identifier; channels: PasswordResetStarted['channels'] } | undefined;
  completed: PasswordResetCompleted | undefined;
  readonly newPassword: NewPasswordController<ResetField>;
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
      // The code and the new password leave memory and the DOM with their steps.
      leave: (step) => {
        if (step === 'code') this.code.stop();
        if (step === 'password') this.newPassword.clear();
      },
      focusHeading: () => feedback.focusAfterUpdate('heading'),
    });
    this.client = new ClientController<PasswordResetClient>(host, { load: loadResetClient });
    this.entry = new IdentifierEntry(host, feedback, i18n);
    const account = () => this.started && identifierText(this.started.identifier);
    this.newPassword = new NewPasswordController(host, {
      feedback,
      words: i18n,
      fields: { password: 'password', repeat: 'repeat' },
      // The backend refuses a password with the e-mail name or the phone number in it: say so while typing.
      identifiers: () => [account()],
      username: account,
    });
    this.code = new CodeChallengeController(host, {
      action: this.action,
      feedback,
      words: i18n,
      verified: () => this.steps.goTo('password'),
      failed: (error) => this.fail(error),
      methodChanged: (method) => this.steps.goTo('code', method),
    });
  }

  /** The light-DOM sheets of what has loaded (the phone field) and the code form's. */
  lazyStyles(): CSSResult[] {
    return [codeStyles, newPasswordStyles, this.entry.styles].filter((sheet): sheet is CSSResult => sheet !== undefined);
  }

  /** First step: read the identifier, pass the robot check (asked first: this row always wants one), start. */
  async start(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.action.pending || this.lock?.running) return;
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
    await this.send('start', (client, signal) =>
      withCaptcha((captchaToken) => client.startPasswordReset({ identifier, captchaToken }, { signal }), provider, { askFirst: true }),
      (started) => {
        this.started = { id: started.resetId, identifier, channels: started.channels };
        this.beginCode();
      },
    );
  }

  /** The channel of a null destination: the code goes to "the account's phone (or e-mail), if it has one". */
  hidden(channel: CodeChannel): boolean {
    return this.started?.channels.some((c) => c.channel === channel && c.destination === null) ?? false;
  }

  /** Third step: the new password, checked against the policy and its repeat; the backend has the last word. */
  async complete(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const started = this.started;
    if (!started || this.action.pending) return;
    const errors = this.newPassword.validate();
    if (Object.keys(errors).length) return this.feedback.showFieldErrors(errors);
    const newPassword = this.newPassword.password;
    await this.send('complete', (client, signal) => client.completePasswordReset({ resetId: started.id, newPassword }, { signal }), (done) => {
      this.completed = done;
      this.steps.goTo('done');
      this.host.dispatchEvent(new PasswordResetCompletedEvent(started.identifier, done.withdrawalLock));
    });
  }

  /** "Log in" / "Back to log in": the host routes to `<login-form>`, prefilled with the identifier of the reset. */
  requestSignIn(): void {
    this.host.dispatchEvent(new SignInRequestedEvent(this.started?.identifier));
  }

  /** Back to the first step with the identifier kept: "Start again", or a reset that is gone. */
  restart(): void {
    this.action.abort();
    this.code.stop();
    this.started = undefined;
    this.feedback.clearErrors();
    this.steps.goTo('identifier');
  }

  /** The host's `reset()`: the first step, nothing typed but the prefill, no messages. */
  reset(): void {
    // As restart(), but the host asked, not the user: focus stays where it is.
    this.action.abort();
    this.code.stop();
    this.started = undefined;
    this.completed = undefined;
    this.feedback.clearErrors();
    this.newPassword.clear();
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

  private beginCode(): void {
    const started = this.started!;
    const channels = started.channels.map((c) => c.channel);
    // Shown destinations only: a null one is worded by the element ("the phone number of your account").
    const destinations = Object.fromEntries(started.channels.map((c) => [c.channel, c.destination ?? '']));
    const client = () => this.client.get('sendPasswordResetCode', 'verifyPasswordResetCode');
    this.code.start(
      { methods: channels, destinations },
      {
        send: async (channel, signal): Promise<ResetCodeSent & { sentTo: string }> => {
          const sent = await (await client()).sendPasswordResetCode({ resetId: started.id, channel }, { signal });
          return { ...sent, sentTo: sent.sentTo ?? this.accountDestination(channel) };
        },
        verify: async (_method, code, signal) => (await client()).verifyPasswordResetCode({ resetId: started.id, code }, { signal }),
      },
      channels[0]!,
    );
  }

  /** "the phone number of your account, if it has one", for what the code flow announces. */
  accountDestination(channel: CodeChannel): string {
    const t = this.i18n.t.passwordReset;
    return channel === 'sms' ? t.accountPhone : t.accountEmail;
  }

  private async send<T>(label: string, work: (client: PasswordResetClient, signal: AbortSignal) => Promise<T>, done: (value: T) => void): Promise<void> {
    await this.action.send(label, async (signal) => work(await this.client.get('startPasswordReset', 'completePasswordReset'), signal), this.outcomes, done);
  }

  private async failureHandling(): Promise<Failures> {
    if (this.failures) return this.failures;
    const [, failures] = await Promise.all([this.i18n.errorsReady(), import('./reset-failures.js')]);
    return (this.failures = failures);
  }
}
