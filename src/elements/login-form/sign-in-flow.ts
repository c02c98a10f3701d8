import type { Session, SignInResult } from '../../contract/index.js';
import { AsyncActionController, interruptedError } from '../../controllers/async-action-controller.js';
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
import { showSignInFailure } from './sign-in-failures.js';
import { SocialSignIn } from './social-sign-in.js';

const METHODS = ['password', 'passkey', 'google', 'apple'] as const;

/**
 * The sign-in flow of `<login-form>`: which step shows and how one leads to the next (identifier, second factor,
 * signed in), the one request runner, the client, and the wait a lock imposes. The steps' own work sits in the
 * parts it holds: the identifier form, passkeys, Google/Apple, and the second factor (loaded while the password is
 * checked, since most sign-ins never need it).
 */
export class SignInFlow implements SignInContext {
  readonly action: AsyncActionController;
  readonly steps: StepController<LoginStep>;
  readonly client: ClientController<SignInClient>;
  readonly lock: CountdownController;
  readonly identifier: IdentifierForm;
  readonly passkey: PasskeySignIn;
  readonly social: SocialSignIn;
  /** The signed-in session, for the last step's words. */
  session: Session | undefined;
  secondFactor: SecondFactor | undefined;
  private secondFactorLoad?: Promise<SecondFactor>;

  constructor(
    readonly host: SignInHost,
    readonly i18n: SignInI18n,
    readonly feedback: FormFeedbackController<LoginField>,
  ) {
    this.action = new AsyncActionController(host);
    this.lock = new CountdownController(host, () => this.lockEnded());
    this.steps = new StepController<LoginStep>(host, {
      initial: 'identifier',
      // Secrets leave memory and the DOM with their step; a restart asks for the password again.
      leave: (step) => (step === 'identifier' ? feedback.clear('password') : step === 'second-factor' && this.secondFactor?.code.stop()),
      focusHeading: () => feedback.focusAfterUpdate('heading'),
    });
    this.client = new ClientController<SignInClient>(host, { load: loadSignInClient, changed: () => this.passkey.clientChanged() });
    this.identifier = new IdentifierForm(this);
    this.passkey = new PasskeySignIn(this);
    this.social = new SocialSignIn(this);
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
    const outcome = await this.action.run(label, async (signal) => work(await this.client.get(...needs), signal));
    if (outcome.kind === 'stale') return;
    if (outcome.kind === 'interrupted') return this.fail(interruptedError());
    if (outcome.kind === 'failed') return this.fail(outcome.error);
    this.feedback.clearErrors();
    await done(outcome.value);
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

  signedIn(session: Session, via: SignInMethod): void {
    this.passkey.stop();
    this.session = session;
    this.identifier.revealed = false;
    this.steps.goTo('signed-in');
    this.host.dispatchEvent(new SignedInEvent(session, via));
  }

  fail(error: unknown): void {
    showSignInFailure(this, error);
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
    if (!this.lock.running) this.feedback.clearErrors();
  }

  /** Starts loading the second factor's code, in parallel with the request whose answer may need it. */
  preloadSecondFactor(): void {
    void this.loadSecondFactor().catch(() => undefined);
  }

  private loadSecondFactor(): Promise<SecondFactor> {
    this.secondFactorLoad ??= import('./second-factor.js').then(
      ({ SecondFactor }) => (this.secondFactor = new SecondFactor(this)),
      (error: unknown) => {
        this.secondFactorLoad = undefined;
        throw error;
      },
    );
    return this.secondFactorLoad;
  }

  private lockEnded(): void {
    this.feedback.clearErrors();
    this.feedback.announce(() => this.i18n.t.common.retryNow);
  }
}
