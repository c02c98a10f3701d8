import type { CSSResult } from 'lit';
import { isTillitError } from '../../client/errors.js';
import type { Session, SignInResult, SocialProvider } from '../../contract/index.js';
import { AsyncActionController } from '../../controllers/async-action-controller.js';
import { ClientController } from '../../controllers/client-controller.js';
import { CountdownController } from '../../controllers/countdown-controller.js';
import type { FormFeedbackController } from '../../controllers/form-feedback-controller.js';
import { StepController } from '../../controllers/step-controller.js';
import { SignedInEvent, type SignInMethod } from '../../events/signed-in.js';
import { parseList } from '../shared/parse-list.js';
import { IdentifierForm } from './identifier-form.js';
import { PasskeySignIn } from './passkey-sign-in.js';
import type { SecondFactor } from './second-factor.js';
import type { LoginField, LoginStep, SignInContext, SignInHost, SignInI18n } from './sign-in-context.js';
import { loadSignInClient, type SignInClient } from './sign-in-client.js';
import { isSocialReturn } from './social-marker.js';

const METHODS = ['password', 'passkey', 'google', 'apple'] as const;

type Failures = typeof import('./sign-in-failures.js');

/**
 * The sign-in flow of `<login-form>`: which step shows and how one leads to the next (identifier, second factor,
 * signed in), the one request runner, the client, and the wait a lock imposes (see sign-in-failures.ts). The steps' own work sits in the
 * parts it holds: the identifier form, passkeys, Google/Apple, and the second factor (loaded while the password is
 * checked, since most sign-ins never need it).
 */
export class SignInFlow implements SignInContext {
  readonly action: AsyncActionController;
  readonly steps: StepController<LoginStep>;
  readonly client: ClientController<SignInClient>;
  lock: CountdownController | undefined;
  readonly identifier: IdentifierForm;
  readonly passkey: PasskeySignIn;
  /** The signed-in session, for the last step's words. */
  session: Session | undefined;
  secondFactor: SecondFactor | undefined;
  private secondFactorLoad?: Promise<SecondFactor>;
  /** Counts requests and failures, so a failure whose words arrive after a newer request started is not shown. */
  private turn = 0;
  private failures: Failures | undefined;
  /** How this flow's requests end (`AsyncActionController.send`): failures worded by its own lazy part. */
  private readonly outcomes = {
    beforeFailure: () => this.failureHandling(),
    fail: (error: unknown) => this.fail(error),
    clearErrors: () => this.feedback.clearErrors(),
  };

  constructor(
    readonly host: SignInHost,
    readonly i18n: SignInI18n,
    readonly feedback: FormFeedbackController<LoginField>,
  ) {
    this.action = new AsyncActionController(host);
    this.steps = new StepController<LoginStep>(host, {
      initial: 'identifier',
      // Secrets leave memory and the DOM with their step; a restart asks for the password again.
      leave: (step) => (step === 'identifier' ? feedback.clear('password') : step === 'second-factor' && this.secondFactor?.code.stop()),
      focusHeading: () => feedback.focusAfterUpdate('heading'),
    });
    this.client = new ClientController<SignInClient>(host, { load: loadSignInClient, changed: () => this.passkey.clientChanged() });
    this.identifier = new IdentifierForm(this);
    this.passkey = new PasskeySignIn(this);
  }

  /** The ways in the `methods` attribute offers. */
  get methods(): SignInMethod[] {
    return parseList(this.host.methods, METHODS);
  }

  async send<T>(
    label: string,
    needs: readonly (keyof SignInClient)[],
    work: (client: SignInClient, signal: AbortSignal) => Promise<T>,
    done: (value: T) => void | Promise<void>,
  ): Promise<void> {
    this.turn += 1;
    await this.action.send(label, async (signal) => work(await this.client.get(...needs), signal), this.outcomes, done);
  }

  async answered(result: SignInResult, via: SignInMethod): Promise<void> {
    if (result.status === 'signed_in') return this.signedIn(result.session, via);
    let secondFactor: SecondFactor;
    try {
      secondFactor = await this.loadSecondFactor();
    } catch {
      // The chunk could not be fetched: for the user that is a connection problem.
      return this.feedback.showError('network');
    }
    secondFactor.start(result.challenge, via);
  }

  /** The light-DOM sheets of the parts that have loaded (the phone field, the code form). */
  lazyStyles(): CSSResult[] {
    return [this.identifier.styles, this.secondFactor?.styles].filter((sheet): sheet is CSSResult => sheet !== undefined);
  }

  /** "Continue with Google / Apple" (its code loads when pressed). */
  startSocial(provider: SocialProvider): void {
    void import('./social-sign-in.js').then(
      (social) => social.startSocialSignIn(this, provider),
      () => this.feedback.showError('network'),
    );
  }

  /** See `LoginForm.finishSocialSignIn`: nothing loads unless the query is a return this element marked. */
  async finishSocial(query: URLSearchParams): Promise<boolean> {
    if (!isSocialReturn(query)) return false;
    try {
      return await (await import('./social-sign-in.js')).finishSocialSignIn(this, query);
    } catch {
      this.feedback.showError('network');
      return true;
    }
  }

  signedIn(session: Session, via: SignInMethod): void {
    this.passkey.stop();
    this.session = session;
    this.identifier.revealed = false;
    this.steps.goTo('signed-in');
    this.host.dispatchEvent(new SignedInEvent(session, via));
  }

  /**
   * Shows a failure. Its handling and the error messages load on the first failure (a sign-in that goes well
   * never downloads them); offline, when they cannot load, the built-in messages still say what happened.
   */
  fail(error: unknown): void {
    if (this.failures) return this.failures.showSignInFailure(this, error);
    const turn = ++this.turn;
    void this.failureHandling().then(
      (failures) => turn === this.turn && failures.showSignInFailure(this, error),
      () => turn === this.turn && this.feedback.showError(isTillitError(error) ? error : 'unknown'),
    );
  }

  /** The failure handling and the error messages, loaded once (with the first failure). */
  private async failureHandling(): Promise<Failures> {
    const [, failures] = await Promise.all([this.i18n.errorsReady(), import('./sign-in-failures.js')]);
    return (this.failures = failures);
  }

  /** The phone country's name, for the phone field's messages. */
  countryName(): string {
    return this.identifier.countryName();
  }

  /** Back to the identifier step with what was typed ("Start again", or a challenge that is gone). */
  restart(): void {
    this.secondFactor?.code.stop();
    this.feedback.clearErrors();
    this.steps.goTo('identifier');
  }

  /** The host's `reset()`: the first step, nothing typed (the prefill again), no messages, no request running. */
  reset(): void {
    this.action.abort();
    this.secondFactor?.code.stop();
    this.session = undefined;
    this.steps.reset();
    this.identifier.reset();
    // A lock is the backend's: it outlives a reset, and so does the message that explains the disabled button.
    if (!this.lock?.running) this.feedback.clearErrors();
  }

  /** Starts loading the second factor's code, in parallel with the request whose answer may need it. */
  preloadSecondFactor(): void {
    void this.loadSecondFactor().catch(() => undefined);
  }

  private loadSecondFactor(): Promise<SecondFactor> {
    this.secondFactorLoad ??= import('./second-factor.js').then(
      async ({ loadSecondFactor }) => (this.secondFactor = await loadSecondFactor(this)),
      (error: unknown) => {
        this.secondFactorLoad = undefined;
        throw error;
      },
    );
    return this.secondFactorLoad;
  }

  lockCountdown(): CountdownController {
    // Made here rather than in the lazily loaded failure handling: the class is shared with the code form, and as
    // part of the element's chunk it costs a sign-in page less than as a chunk of its own.
    return (this.lock ??= new CountdownController(this.host, () => this.lockEnded()));
  }

  lockEnded(): void {
    this.feedback.clearErrors();
    this.feedback.announce(() => this.i18n.t.common.retryNow);
  }
}
