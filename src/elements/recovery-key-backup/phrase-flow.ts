import { isTillitError } from '../../client/errors.js';
import { AsyncActionController, interruptedError } from '../../controllers/async-action-controller.js';
import type { ClientController, ClientHost } from '../../controllers/client-controller.js';
import type { FeedbackHost, FormFeedbackController, Wording } from '../../controllers/form-feedback-controller.js';
import type { ErrorLike } from '../../i18n/error-message.js';
import type { StepController } from '../../controllers/step-controller.js';
import { StepUpController, type StepUpContext } from '../../controllers/step-up-controller.js';
import { RecoveryPhraseConfirmedEvent } from '../../events/recovery-phrase-confirmed.js';
import { VerifiedEvent } from '../../events/verified.js';
import type { FlowShellPage } from '../shared/flow-shell.js';
import type { QrCode } from '../shared/qr-code.js';
import { GuardedRequest } from '../shared/step-up/guarded-request.js';
import { downloadText, numberedWords } from './phrase-file.js';
import type { IssuedRecoveryPhrase, RecoveryKeyBackupClient } from './recovery-client.js';
import type { RecoveryKeyBackupMessages } from './messages.js';
import type { RecoveryPhraseMessages } from '../../i18n/recovery-phrase.js';
import type { Locale } from '../../i18n/types.js';
import { normalizeWord } from '../shared/recovery-phrase.js';
import { RecoveryPhraseController, wordField, type WordField } from '../shared/recovery-phrase-controller.js';

/** The steps: `start`, `verify` (step-up), `show` (the phrase), `prove` (words at chosen positions), `done`. */
export type RecoveryStep = 'start' | 'verify' | 'show' | 'prove' | 'done';


/** What the element hands the flow: the shell's feedback, steps and `tillit-cancelled`, and the client it made. */
export interface RecoveryPage extends FlowShellPage<WordField | 'code', RecoveryStep> {
  readonly backend: ClientController<RecoveryKeyBackupClient>;
}

export interface RecoveryHost extends ClientHost, FeedbackHost {
  client?: RecoveryKeyBackupClient | undefined;
  /** Whether the phrase is also shown as a QR code. */
  readonly qr: boolean;
}

/** The texts the flow reads: the step-up's and the code field's (with `common`), and its own section. */
export type RecoveryWords = StepUpContext['words'] & {
  readonly t: StepUpContext['words']['t'] & { readonly recoveryKeyBackup: RecoveryKeyBackupMessages; readonly recoveryPhrase: RecoveryPhraseMessages };
  readonly locale: Locale;
  error(error: ErrorLike | string): string;
};

/**
 * The recovery phrase flow: the step-up and the issue (unless the host handed in an issued phrase), showing the
 * phrase once with copy, download and print, the proof that it was saved, and the confirmation. The words are
 * held only from the issue to the confirmation (or a cancel, or the phrase expiring): then they leave memory, and
 * the DOM with the next render.
 */
export class RecoveryFlow {
  readonly action: AsyncActionController;
  readonly feedback: FormFeedbackController<WordField | 'code'>;
  readonly steps: StepController<RecoveryStep>;
  readonly backend: ClientController<RecoveryKeyBackupClient>;
  private readonly cancelled: (step: RecoveryStep) => void;
  readonly stepUp: StepUpController;
  /** The shared word boxes of the proof (the words at the backend's positions). */
  readonly boxes: RecoveryPhraseController<'code'>;
  /** `issueRecoveryPhrase` with the step-up's grant, sent again with it after a fault. */
  readonly issueRequest: GuardedRequest<IssuedRecoveryPhrase>;
  /** The phrase being saved; undefined before the issue and after the flow. */
  phrase: IssuedRecoveryPhrase | undefined;
  /** The QR encoder, once loaded (only when the host asks for the phrase's QR code). */
  qr: QrCode | 'failed' | undefined;
  /** The user pressed "Cancel" with the phrase unsaved: the in-page warning shows. */
  leaving = false;
  /** The phrase can no longer be confirmed (expired, too many wrong tries): only "Start again" helps. */
  expired = false;

  constructor(
    private readonly host: RecoveryHost,
    readonly i18n: RecoveryWords,
    page: RecoveryPage,
  ) {
    ({ feedback: this.feedback, steps: this.steps, backend: this.backend, cancelled: this.cancelled } = page);
    const { feedback } = page;
    this.action = new AsyncActionController(host);
    this.boxes = new RecoveryPhraseController<'code'>(host, { feedback, words: i18n });
    this.stepUp = new StepUpController(host, {
      action: this.action,
      feedback,
      words: i18n,
      client: () => this.backend.get('startStepUp', 'sendStepUpCode', 'stepUpPasskeyOptions', 'verifyStepUp'),
      verified: (grant) => {
        host.dispatchEvent(new VerifiedEvent(grant.action, grant.tokenExpiresAt));
        void this.issueRequest.send(grant);
      },
      // Another factor of the same step: `tillit-step-change` with the method, focus on the heading.
      factorChanged: (factor) => this.steps.goTo('verify', factor),
    });
    this.issueRequest = new GuardedRequest<IssuedRecoveryPhrase>(
      { action: this.action, words: i18n, feedback },
      'issue',
      async (verificationToken, signal) => (await this.backend.get('issueRecoveryPhrase')).issueRecoveryPhrase({ verificationToken }, { signal }),
      (phrase) => this.show(phrase),
    );
  }

  /** Whether a phrase is on screen that is not confirmed yet (the leave warnings apply). */
  get unsaved(): boolean {
    return this.phrase !== undefined && !this.expired;
  }

  /** "Continue" on the first step: the step-up for `issue_recovery_phrase`. */
  begin(): void {
    this.forget();
    this.issueRequest.forget();
    this.feedback.clearErrors();
    this.steps.goTo('verify');
    this.stepUp.start('issue_recovery_phrase');
  }

  /** A phrase the host issued itself: shown at once. */
  resume(phrase: IssuedRecoveryPhrase): void {
    this.show(phrase);
  }

  /** "I have written it down". */
  toProve(): void {
    this.feedback.clearErrors();
    if (this.phrase) this.boxes.ask(this.phrase.confirmIndexes);
    this.steps.goTo('prove');
  }

  backToPhrase(): void {
    this.feedback.clearErrors();
    this.steps.goTo('show');
  }

  /** The step `step` is being left: the proof's boxes are emptied with the prove step. */
  left(step: RecoveryStep): void {
    if (step === 'prove') this.boxes.clear();
  }

  /** "Cancel": with a phrase unsaved, the in-page warning first; otherwise the flow ends. */
  cancel(): void {
    if (this.unsaved && !this.leaving) {
      this.leaving = true;
      this.feedback.clearErrors();
      this.feedback.focusAfterUpdate('heading');
      return this.host.requestUpdate();
    }
    const step = this.steps.current;
    this.stop();
    this.cancelled(step);
  }

  /** "Go back to my phrase" from the warning. */
  stay(): void {
    this.leaving = false;
    this.feedback.focusAfterUpdate('heading');
    this.host.requestUpdate();
  }

  /** The host's `reset()`. */
  reset(): void {
    this.stop();
  }

  async copy(): Promise<void> {
    const words = this.phrase?.words;
    if (!words) return;
    const t = () => this.i18n.t.recoveryKeyBackup;
    try {
      await navigator.clipboard.writeText(words.join(' '));
      this.feedback.announce(() => t().copied);
    } catch {
      this.feedback.showAlert(() => t().copyFailed);
    }
  }

  download(): void {
    const words = this.phrase?.words;
    if (!words) return;
    const t = this.i18n.t.recoveryKeyBackup;
    const text = [t.fileTitle, '', numberedWords(words), '', t.onlyOnce, t.notKept, t.storeOffline, ''].join('\n');
    downloadText(text, t.fileName);
    this.feedback.announce(() => this.i18n.t.recoveryKeyBackup.downloaded);
  }

  /** Checks the words in the boxes, here first (a typo costs no try), then with the backend. */
  async prove(event?: Event): Promise<void> {
    event?.preventDefault();
    const phrase = this.phrase;
    if (!phrase || this.action.pending) return;
    const missing = this.boxes.validate();
    if (Object.keys(missing).length) return this.feedback.showFieldErrors(missing);
    const t = () => this.i18n.t.recoveryKeyBackup;
    const words = this.boxes.entries();
    const wrong: Partial<Record<WordField, Wording>> = {};
    for (const { index, word } of words) {
      if (word !== normalizeWord(phrase.words[index] ?? '')) wrong[wordField(index)] = () => t().wordWrong({ position: index + 1 });
    }
    if (Object.keys(wrong).length) return this.feedback.showFieldErrors(wrong);
    const { phraseId } = phrase;
    const outcome = await this.action.run('confirm', async (signal) => {
      try {
        return await (await this.backend.get('confirmRecoveryPhrase')).confirmRecoveryPhrase({ phraseId, words }, { signal });
      } catch (error) {
        await this.i18n.errorsReady();
        throw error;
      }
    });
    if (outcome.kind === 'stale') return;
    if (outcome.kind === 'done') {
      this.forget();
      this.feedback.clearErrors();
      this.steps.goTo('done');
      this.host.dispatchEvent(new RecoveryPhraseConfirmedEvent(outcome.value.issuedAt, outcome.value.confirmedAt));
      return;
    }
    const error = outcome.kind === 'failed' ? outcome.error : interruptedError();
    const code = isTillitError(error) ? error.code : undefined;
    if (code === 'challenge_expired' || code === 'too_many_attempts') {
      this.expired = true;
      this.phrase = undefined;
      this.boxes.clear();
      return this.feedback.showAlert(() => (code === 'too_many_attempts' ? this.i18n.error('too_many_attempts') : t().expired));
    }
    if (code === 'invalid_code') {
      const left = isTillitError(error) ? error.problem?.attemptsRemaining : undefined;
      return this.feedback.showAlert(() => (left === undefined ? t().wrongWords : `${t().wrongWords} ${this.i18n.t.common.attemptsLeft({ count: left })}.`));
    }
    this.feedback.showError(isTillitError(error) ? error : 'unknown');
  }

  private show(phrase: IssuedRecoveryPhrase): void {
    this.phrase = phrase;
    this.expired = false;
    this.leaving = false;
    this.feedback.clearErrors();
    this.steps.goTo('show');
    if (this.host.qr && (!this.qr || this.qr === 'failed')) {
      void import('../shared/qr-code.js')
        .then((module) => (this.qr = module.qrCode), () => (this.qr = 'failed'))
        .finally(() => this.host.requestUpdate());
    }
  }

  private stop(): void {
    this.action.abort();
    this.issueRequest.forget();
    this.stepUp.reset();
    this.forget();
    this.feedback.clearErrors();
    this.steps.reset();
  }

  /** The words leave memory; the fields that held some of them are emptied. */
  private forget(): void {
    this.phrase = undefined;
    this.leaving = false;
    this.expired = false;
    this.boxes.clear();
  }
}
