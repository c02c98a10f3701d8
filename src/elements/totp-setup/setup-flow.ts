import { isTillitError } from '../../client/errors.js';
import type { IssuedRecoveryPhrase, TotpSetup, WithdrawalLock } from '../../contract/index.js';
import { AsyncActionController } from '../../controllers/async-action-controller.js';
import { CountdownController } from '../../controllers/countdown-controller.js';
import type { ClientController, ClientHost } from '../../controllers/client-controller.js';
import { CodeChallengeController } from '../../controllers/code-challenge-controller.js';
import type { FeedbackHost, FormFeedbackController } from '../../controllers/form-feedback-controller.js';
import type { ErrorLike } from '../../i18n/error-message.js';
import type { WithdrawalLockMessages } from '../../i18n/withdrawal-lock.js';
import type { StepController } from '../../controllers/step-controller.js';
import { StepUpController, type StepUpContext } from '../../controllers/step-up-controller.js';
import { TotpEnabledEvent } from '../../events/totp-enabled.js';
import { VerifiedEvent } from '../../events/verified.js';
import type { FlowShellPage } from '../shared/flow-shell.js';
import type { QrCode } from '../shared/qr-code.js';
import { GuardedRequest } from '../shared/step-up/guarded-request.js';
import type { TotpSetupMessages } from './messages.js';
import { parseOtpauth, secondsToNextCode, type OtpauthDetails } from './otpauth.js';
import { loadRecoveryTag, type RecoverySlot } from './steps/recovery-step.js';
import type { TotpSetupClient } from './totp-setup-client.js';

/**
 * The steps of `<totp-setup>`: `start` (what is needed), `verify` (step-up), `scan` (QR code, setup key),
 * `confirm` (the first code), `recovery` (`<recovery-key-backup>`), `done`.
 */
export type TotpSetupStep = 'start' | 'verify' | 'scan' | 'confirm' | 'recovery' | 'done';

export interface TotpSetupHost extends ClientHost, FeedbackHost {
  client?: TotpSetupClient | undefined;
}

/** What the element hands the flow: the shell's feedback, steps and `tillit-cancelled`, and the client it made. */
export interface TotpSetupPage extends FlowShellPage<'code', TotpSetupStep> {
  readonly backend: ClientController<TotpSetupClient>;
}

/** The texts the flow and its steps read: the step-up's and the code field's (with `common`), the lock's, its own. */
export type TotpSetupWords = StepUpContext['words'] & {
  readonly t: StepUpContext['words']['t'] & { readonly totpSetup: TotpSetupMessages; readonly withdrawalLock: WithdrawalLockMessages };
  error(error: ErrorLike | string): string;
};

/** What the backend answered when the first code was right (`confirmTotpSetup`). */
export interface TotpConfirmed {
  readonly enabledAt: string;
  readonly withdrawalLock: WithdrawalLock;
  /** Issued with the binding when the account had no confirmed phrase; null otherwise. */
  readonly recoveryPhrase: IssuedRecoveryPhrase | null;
}

/** What the flow keeps of the binding for its last steps: never the phrase's words. */
export interface TotpBound {
  readonly enabledAt: string;
  readonly withdrawalLock: WithdrawalLock;
  /** A recovery phrase came with the binding (the account had no confirmed one). */
  readonly phraseIssued: boolean;
}

/**
 * The authenticator binding: which step shows and how one leads to the next, the step-up before it, the setup
 * the backend hands out (key, URI) and the first code that proves the app has it. The setup is held here only
 * between `scan` and `confirm`: it is dropped when the code is accepted, when the setup expires and on cancel, so
 * the key leaves memory and the DOM with the flow.
 */
export class TotpSetupFlow {
  readonly action: AsyncActionController;
  readonly feedback: FormFeedbackController<'code'>;
  readonly steps: StepController<TotpSetupStep>;
  readonly backend: ClientController<TotpSetupClient>;
  private readonly cancelled: (step: TotpSetupStep) => void;
  readonly stepUp: StepUpController;
  readonly code: CodeChallengeController<TotpConfirmed>;
  /** `startTotpSetup` with the step-up's grant, sent again with it after a fault. */
  readonly setupRequest: GuardedRequest<TotpSetup>;
  /** Seconds until the app shows its next code, while the code step shows (a new end each 30 s window). */
  readonly codeWindow: CountdownController;
  /** The running setup and what the app will read from it; undefined outside `scan` and `confirm`. */
  setup: TotpSetup | undefined;
  details: OtpauthDetails | undefined;
  /** The QR encoder, loaded with the scan step; `failed` when it could not load (the key is shown instead). */
  qr: QrCode | 'failed' | undefined;
  /** The setup is gone (expired, or too many wrong codes): only "Start again" helps. */
  expired = false;
  confirmed: TotpBound | undefined;
  /** The phrase issued with the binding, held only until the recovery step's element has taken it. */
  issuedPhrase: IssuedRecoveryPhrase | undefined;
  /** Whether the recovery phrase was saved in the `recovery` step (false when it was skipped). */
  phraseSaved = false;
  /** The `recovery` step's `<recovery-key-backup>`, new for each binding. */
  recovery: RecoverySlot = {};

  constructor(
    private readonly host: TotpSetupHost,
    readonly i18n: TotpSetupWords,
    page: TotpSetupPage,
  ) {
    ({ feedback: this.feedback, steps: this.steps, backend: this.backend, cancelled: this.cancelled } = page);
    const { feedback } = page;
    this.action = new AsyncActionController(host);
    const client = () => this.backend.get('startStepUp', 'sendStepUpCode', 'stepUpPasskeyOptions', 'verifyStepUp');
    this.stepUp = new StepUpController(host, {
      action: this.action,
      feedback,
      words: i18n,
      client,
      verified: (grant) => {
        host.dispatchEvent(new VerifiedEvent(grant.action, grant.tokenExpiresAt));
        void this.setupRequest.send(grant);
      },
      // Another factor of the same step: `tillit-step-change` with the method, focus on the heading.
      factorChanged: (factor) => this.steps.goTo('verify', factor),
    });
    this.code = new CodeChallengeController<TotpConfirmed>(host, {
      action: this.action,
      feedback,
      words: i18n,
      verified: (result) => this.bound(result),
      failed: (error) => this.confirmFailed(error),
      methodChanged: (method) => this.steps.goTo('confirm', method),
    });
    this.setupRequest = new GuardedRequest<TotpSetup>(
      { action: this.action, words: i18n, feedback },
      'setup',
      async (verificationToken, signal) => (await this.backend.get('startTotpSetup')).startTotpSetup({ verificationToken }, { signal }),
      (setup) => this.show(setup),
    );
    this.codeWindow = new CountdownController(host, () => this.codeWindow.start(this.nextCodeIn()));
  }

  /** "Continue" on the first step: the step-up for `setup_totp`. */
  begin(): void {
    this.expired = false;
    this.setupRequest.forget();
    this.feedback.clearErrors();
    this.steps.goTo('verify');
    this.stepUp.start('setup_totp');
  }

  /** A setup handed in by the host (after a restore with the recovery phrase, which needs no step-up). */
  resume(setup: TotpSetup): void {
    this.show(setup);
  }

  /** From the QR code to the first code. */
  toConfirm(): void {
    const setup = this.setup;
    if (!setup) return;
    const { setupId } = setup;
    this.code.start(
      { methods: ['totp'], destinations: {} },
      {
        send: () => Promise.reject(new Error('an authenticator sends no codes')),
        verify: async (_method, code, signal) => (await this.backend.get('confirmTotpSetup')).confirmTotpSetup({ setupId, code }, { signal }),
      },
      'totp',
    );
    this.codeWindow.start(this.nextCodeIn());
  }

  /** Seconds until the app's next code, by this device's clock (the phone's is set the same way, as a rule). */
  private nextCodeIn(): number {
    return secondsToNextCode(Date.now(), this.details?.period);
  }

  /** "Back to the QR code" from the code step; the setup is still running. */
  backToScan(): void {
    this.code.stop();
    this.feedback.clearErrors();
    this.steps.goTo('scan');
  }

  /** The recovery phrase step ended: saved, or skipped (its own "Leave without saving"). */
  /** The recovery step's element has the phrase (its first step change): it leaves this flow's memory. */
  phraseTaken(): void {
    this.issuedPhrase = undefined;
  }

  recoveryEnded(saved: boolean): void {
    this.phraseSaved = saved;
    this.steps.goTo('done');
  }

  /** Copies the setup key (without the grouping spaces) and says so. */
  async copyKey(): Promise<void> {
    const secret = this.setup?.secret;
    if (!secret) return;
    const t = () => this.i18n.t.totpSetup;
    try {
      await navigator.clipboard.writeText(secret.replace(/=+$/, ''));
      this.feedback.announce(() => t().keyCopied);
    } catch {
      this.feedback.showAlert(() => t().copyFailed);
    }
  }

  /** The step `step` is being left: the code form and the app's 30 s window stop with the confirm step. */
  left(step: TotpSetupStep): void {
    if (step !== 'confirm') return;
    this.code.stop();
    this.codeWindow.stop();
  }

  /** "Cancel": everything held is dropped, the first step shows again, and the host hears which step was left. */
  cancel(): void {
    const step = this.steps.current;
    this.stop();
    this.cancelled(step);
  }

  /** The host's `reset()`: back to the first step, nothing held, no event but the step change. */
  reset(): void {
    this.stop();
  }

  private stop(): void {
    this.action.abort();
    this.stepUp.reset();
    this.code.stop();
    this.codeWindow.stop();
    this.setupRequest.forget();
    this.forget();
    this.expired = false;
    this.confirmed = undefined;
    this.issuedPhrase = undefined;
    this.phraseSaved = false;
    this.recovery = {};
    this.feedback.clearErrors();
    this.steps.reset();
  }

  private show(setup: TotpSetup): void {
    this.setup = setup;
    this.details = parseOtpauth(setup.otpauthUri);
    this.expired = false;
    this.feedback.clearErrors();
    this.steps.goTo('scan');
    if (!this.qr || this.qr === 'failed') {
      void import('../shared/qr-code.js').then(
        (module) => (this.qr = module.qrCode),
        () => (this.qr = 'failed'),
      ).finally(() => this.host.requestUpdate());
    }
  }

  private bound({ enabledAt, withdrawalLock, recoveryPhrase }: TotpConfirmed): void {
    this.confirmed = { enabledAt, withdrawalLock, phraseIssued: recoveryPhrase !== null };
    this.forget();
    this.host.dispatchEvent(new TotpEnabledEvent(enabledAt, withdrawalLock));
    if (!recoveryPhrase) return this.steps.goTo('done');
    // Handed to <recovery-key-backup> as issued: the setup's step-up covered it, so no second one.
    this.issuedPhrase = recoveryPhrase;
    // <recovery-key-backup> loads with this step and shows under the name this page gave it.
    const slot: RecoverySlot = (this.recovery = {});
    void loadRecoveryTag().then(
      (tag) => {
        slot.tag = tag;
        this.host.requestUpdate();
      },
      () => this.feedback.showError('network'),
    );
    this.steps.goTo('recovery');
  }

  private confirmFailed(error: unknown): void {
    const code = isTillitError(error) ? error.code : undefined;
    if (code === 'challenge_expired' || code === 'too_many_attempts') {
      this.code.stop();
      this.codeWindow.stop();
      this.forget();
      this.expired = true;
      return this.feedback.showAlert(() => (code === 'too_many_attempts' ? this.i18n.error('too_many_attempts') : this.i18n.t.totpSetup.expired));
    }
    this.feedback.showError(isTillitError(error) ? error : 'unknown');
  }

  /** The key and the URI leave memory (the DOM follows with the next render). */
  private forget(): void {
    this.setup = undefined;
    this.details = undefined;
  }
}

