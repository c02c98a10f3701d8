import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isTillitError } from '../client/errors.js';
import type { TillitClient } from '../client/types.js';
import type { Factor, SensitiveAction, StepUpChallenge, StepUpFactor, StepUpProgress } from '../contract/index.js';
import type { StepUpMessages } from '../i18n/step-up.js';
import { getPasskeyAssertion } from '../passkeys/assertion.js';
import { passkeyFailure } from '../passkeys/failure.js';
import { supportsPasskeys } from '../passkeys/support.js';
import { interruptedError } from './async-action-controller.js';
import { CodeChallengeController, type CodeChallengeContext, type CodeMethod } from './code-challenge-controller.js';
import type { FormFeedbackController } from './form-feedback-controller.js';

/** The step-up rows of the contract: what a client needs for `StepUpController`. */
export type StepUpClient = Pick<TillitClient, 'startStepUp' | 'sendStepUpCode' | 'stepUpPasskeyOptions' | 'verifyStepUp'>;

/** What a finished step-up hands the embedding element: the token for exactly one call of `action`. */
export interface StepUpGrant {
  readonly action: SensitiveAction;
  readonly verificationToken: string;
  readonly tokenExpiresAt: string | undefined;
}

/**
 * Where a step-up stands: not started, starting, asking for a factor, all confirmed, or gone (it expired or had
 * too many wrong codes: only "Start again" helps).
 */
export type StepUpStatus = 'idle' | 'starting' | 'factor' | 'verified' | 'expired';

/** What the step-up needs of the element that embeds it. */
export interface StepUpContext extends Omit<CodeChallengeContext<StepUpProgress>, 'verified' | 'failed' | 'methodChanged' | 'feedback' | 'words'> {
  readonly feedback: CodeChallengeContext<StepUpProgress>['feedback'] & Pick<FormFeedbackController<'code'>, 'showError'>;
  readonly words: CodeChallengeContext<StepUpProgress>['words'] & { readonly t: { readonly stepUp: StepUpMessages } };
  client(): Promise<StepUpClient>;
  /** Every factor is confirmed: go on with the action, passing `grant.verificationToken`. */
  verified(grant: StepUpGrant): void;
  /** The factor asked for changed (fire the step change with it as `method`). */
  factorChanged?(factor: Factor): void;
}

const CODE_FACTORS: readonly Factor[] = ['totp', 'sms', 'email'];

/**
 * Step-up verification, for every element that guards a sensitive action (password reset, authenticator setup,
 * security settings, 2FA reset): starts a step-up for the action, then asks for each factor the backend lists in
 * turn (an e-mail code, an SMS code, the authenticator app, a passkey) until `verifyStepUp` answers a
 * `verificationToken`. Code factors run through the shared `CodeChallengeController`; the passkey factor through
 * the shared passkey assertion. Render it with `stepUpView(this.stepUp.view())` inside the element's light DOM.
 *
 *   this.stepUp = new StepUpController(this, { action, feedback, words: i18n, client, verified: (g) => ... });
 *   this.stepUp.start('disable_totp');
 */
export class StepUpController implements ReactiveController {
  status: StepUpStatus = 'idle';
  /** The factors of the running step-up, as the backend last reported them. */
  factors: readonly StepUpFactor[] = [];
  /** The factor asked for now. */
  current: Factor | undefined;
  /** Runs the code factors. */
  readonly code: CodeChallengeController<StepUpProgress>;
  private readonly host: ReactiveControllerHost;
  private readonly context: StepUpContext;
  private challenge: StepUpChallenge | undefined;
  private action: SensitiveAction | undefined;

  constructor(host: ReactiveControllerHost, context: StepUpContext) {
    this.host = host;
    this.context = context;
    this.code = new CodeChallengeController<StepUpProgress>(host, {
      action: context.action,
      feedback: context.feedback,
      words: context.words,
      verified: (progress) => this.progressed(progress),
      failed: (error) => this.failed(error),
      methodChanged: (method) => context.factorChanged?.(method),
    });
    host.addController(this);
  }

  /** Starts a step-up for `action` (again, after it expired). */
  start(action: SensitiveAction): void {
    this.reset();
    this.context.feedback.clearErrors();
    this.action = action;
    this.set('starting');
    void this.run('start', (client, signal) => client.startStepUp({ action }, { signal }), (challenge) => {
      this.challenge = challenge;
      this.progressed({ factors: challenge.factors });
    });
  }

  /** Starts the same action's step-up again ("Start again" after it expired). */
  restart(): void {
    if (this.action) this.start(this.action);
  }

  /** The passkey factor: options, the browser's prompt, verification. */
  usePasskey(): void {
    const challenge = this.challenge;
    if (!challenge || this.context.action.pending === 'passkey') return;
    if (!supportsPasskeys()) return this.context.feedback.showAlert(() => this.context.words.t.stepUp.passkeyUnsupported);
    const { stepUpId } = challenge;
    void this.run(
      'passkey',
      async (client, signal) => {
        const { options } = await client.stepUpPasskeyOptions({ stepUpId }, { signal });
        const response = await getPasskeyAssertion(options, signal);
        return client.verifyStepUp({ stepUpId, factor: 'passkey', response }, { signal });
      },
      (progress) => this.progressed(progress),
    );
  }

  /** Forgets the step-up (the element left the flow): its code and countdowns go with it. */
  reset(): void {
    this.code.stop();
    this.challenge = undefined;
    this.factors = [];
    this.current = undefined;
    this.set('idle');
  }

  /** Whether "Start again" can help: a step-up was asked for and is not running. */
  get canRestart(): boolean {
    return this.action !== undefined && this.status !== 'starting' && this.status !== 'factor';
  }

  /** The destination of a code factor, masked, as the backend gave it. */
  destination(factor: Factor): string {
    return this.factors.find((f) => f.factor === factor)?.destination ?? '';
  }

  hostConnected(): void {}

  /** A new state of the factors: the next one unconfirmed is asked for, or the token has come. */
  private progressed(progress: Pick<StepUpProgress, 'factors' | 'verificationToken' | 'tokenExpiresAt'>): void {
    this.factors = progress.factors;
    const { action } = this;
    if (progress.verificationToken && action) {
      this.code.stop();
      this.current = undefined;
      this.set('verified');
      this.context.verified({ action, verificationToken: progress.verificationToken, tokenExpiresAt: progress.tokenExpiresAt });
      return;
    }
    const next = this.factors.find((f) => !f.verified);
    const challenge = this.challenge;
    if (!next || !challenge) return;
    this.current = next.factor;
    this.set('factor');
    if (!CODE_FACTORS.includes(next.factor)) {
      this.code.stop();
      this.context.factorChanged?.(next.factor);
      return;
    }
    const { stepUpId } = challenge;
    const method = next.factor as CodeMethod;
    const destinations = { sms: this.destination('sms'), email: this.destination('email') };
    this.code.start({ methods: [method], destinations }, {
      send: async (channel, signal) => (await this.context.client()).sendStepUpCode({ stepUpId, channel }, { signal }),
      verify: async (factor, code, signal) => (await this.context.client()).verifyStepUp({ stepUpId, factor, code }, { signal }),
    }, method);
  }

  /** Failures of the step-up's own requests and of its code factors. */
  private failed(error: unknown): void {
    const { feedback, words } = this.context;
    const code = isTillitError(error) ? error.code : undefined;
    if (code === 'challenge_expired' || code === 'too_many_attempts') {
      this.code.stop();
      this.set('expired');
      return feedback.showAlert(() => (code === 'too_many_attempts' ? words.error('too_many_attempts') : words.t.stepUp.expired));
    }
    if (code) {
      // A start that failed leaves the step-up idle, with "Start again" (see the view) to try once more.
      if (this.status === 'starting') this.set('idle');
      return feedback.showError(error as { code: string });
    }
    const failure = passkeyFailure(error);
    if (failure === 'aborted') return;
    if (failure === 'failed') console.error('tillit: a step-up passkey ceremony failed', error);
    const t = () => words.t.stepUp;
    const key = failure === 'cancelled' ? 'passkeyCancelled' : failure === 'unsupported' ? 'passkeyUnsupported' : 'passkeyError';
    feedback.showAlert(() => t()[key]);
  }

  private async run<T>(label: string, work: (client: StepUpClient, signal: AbortSignal) => Promise<T>, done: (value: T) => void) {
    const outcome = await this.context.action.run(label, async (signal) =>
      // Still pending while the error messages load: the first words said about a failure are the right ones.
      work(await this.context.client(), signal).catch(async (error: unknown) => {
        await this.context.words.errorsReady();
        throw error;
      }),
    );
    if (outcome.kind === 'done') {
      this.context.feedback.clearErrors();
      return done(outcome.value);
    }
    if (outcome.kind === 'stale') return;
    await this.context.words.errorsReady();
    this.failed(outcome.kind === 'failed' ? outcome.error : interruptedError());
  }

  private set(status: StepUpStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }
}
