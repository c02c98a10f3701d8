import type { ReactiveControllerHost } from 'lit';
import type { AuthenticatorRestored, Identifier, TwoFactorResetReason, TwoFactorResetRequested, TwoFactorResetState } from '../../contract/index.js';
import { AsyncActionController } from '../../controllers/async-action-controller.js';
import { ClientController } from '../../controllers/client-controller.js';
import type { FormFeedbackController, Wording } from '../../controllers/form-feedback-controller.js';
import { StepController } from '../../controllers/step-controller.js';
import { AuthenticatorRestoredEvent } from '../../events/authenticator-restored.js';
import type { LostTwoFactorChallenge } from '../../events/lost-two-factor.js';
import { TwoFactorResetRequestedEvent, type TwoFactorResetTicket } from '../../events/two-factor-reset-requested.js';
import { RecoveryPhraseController } from '../shared/recovery-phrase-controller.js';
import { loadTwoFactorClient, type TwoFactorField, type TwoFactorI18n, type TwoFactorResetClient, type TwoFactorResetStep } from './two-factor-context.js';

/** What the flow reads of its element. */
export interface TwoFactorHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  client?: TwoFactorResetClient | undefined;
  baseUrl?: string | undefined;
  challenge?: LostTwoFactorChallenge | undefined;
  identifier?: Identifier | undefined;
  ticket?: TwoFactorResetTicket | undefined;
}

export const REASONS: readonly TwoFactorResetReason[] = ['lost_device', 'app_deleted', 'phone_changed', 'other'];
export const NOTE_MAX = 1000;
// Deliberately loose, as at sign-in: the backend has the final word.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

type Failures = typeof import('./two-factor-failures.js');

/**
 * The flow of `<two-factor-reset>`: the self-service ways first; with the sign-in challenge `<login-form>` handed
 * over, the recovery phrase or a request for review; the request's status, read again with its ticket.
 */
export class TwoFactorFlow {
  readonly action: AsyncActionController;
  readonly steps: StepController<TwoFactorResetStep>;
  readonly client: ClientController<TwoFactorResetClient>;
  reason: TwoFactorResetReason | undefined;
  /** The request sent from this element (its ticket, review date, where the answer goes). */
  requested: (TwoFactorResetRequested & { contactEmail: string | undefined }) | undefined;
  status: TwoFactorResetState | undefined;
  /** What the recovery phrase restored: the session, the lock; the new authenticator's setup went to the host. */
  restored: Omit<AuthenticatorRestored, 'totpSetup'> | undefined;
  readonly phrase: RecoveryPhraseController<TwoFactorField>;
  /** The challenge was refused as gone (expired or used): the ways that need it ask for a new log-in. */
  challengeGone = false;
  private quiet = false;
  private failures: Failures | undefined;
  /** How this flow's requests end (`AsyncActionController.send`): failures worded by its own lazy part. */
  private readonly outcomes = {
    beforeFailure: () => this.failureHandling(),
    fail: (error: unknown) => this.fail(error),
    clearErrors: () => this.feedback.clearErrors(),
  };

  constructor(
    readonly host: TwoFactorHost,
    readonly i18n: TwoFactorI18n,
    readonly feedback: FormFeedbackController<TwoFactorField>,
  ) {
    this.action = new AsyncActionController(host);
    this.steps = new StepController<TwoFactorResetStep>(host, {
      initial: 'options',
      // The phrase leaves the boxes (and memory) with its step, whatever comes next.
      leave: (step) => step === 'phrase' && this.phrase.clear(),
      focusHeading: () => this.quiet || feedback.focusAfterUpdate('heading'),
    });
    this.client = new ClientController<TwoFactorResetClient>(host, { load: loadTwoFactorClient });
    this.phrase = new RecoveryPhraseController<TwoFactorField>(host, { feedback, words: i18n });
  }

  /** The recovery phrase: all 12 words with the sign-in challenge; right, the user is logged in without the app. */
  async restore(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const challenge = this.host.challenge;
    if (this.action.pending || !challenge) return;
    const errors = this.phrase.validate();
    if (Object.keys(errors).length) return this.feedback.showFieldErrors(errors);
    const words = this.phrase.values;
    await this.send('restore', (client, signal) => client.restoreAuthenticator({ challengeId: challenge.id, words }, { signal }), (restored) => {
      this.challengeGone = true;
      this.restored = { status: restored.status, session: restored.session, withdrawalLock: restored.withdrawalLock };
      this.go('restored');
      // The new authenticator's setup (its secret) goes to the host for <totp-setup>, never into this element's DOM.
      this.host.dispatchEvent(new AuthenticatorRestoredEvent(restored));
    });
  }

  /** The ticket to read the status with: the host's, else the one of the request sent here. */
  get ticket(): TwoFactorResetTicket | undefined {
    return this.host.ticket ?? (this.requested && { requestId: this.requested.requestId, statusToken: this.requested.statusToken });
  }

  /** Whether the sign-in challenge can still prove the password (restore, request). */
  get challengeUsable(): boolean {
    const c = this.host.challenge;
    return Boolean(c && !this.challengeGone && Date.parse(c.expiresAt) > Date.now());
  }

  go(step: TwoFactorResetStep): void {
    this.feedback.clearErrors();
    this.steps.goTo(step);
  }

  /** A host handed a ticket and no challenge: the page is the status view, without taking focus on load. */
  showStatusFirst(): void {
    this.quiet = true;
    this.steps.goTo('status');
    this.quiet = false;
    void this.loadStatus();
  }

  openStatus(): void {
    this.go('status');
    void this.loadStatus();
  }

  async loadStatus(): Promise<void> {
    const ticket = this.ticket;
    if (!ticket) return;
    await this.send('status', (client, signal) => client.getTwoFactorResetStatus(ticket, { signal }), (state) => {
      this.status = state;
      this.feedback.announce(() => this.i18n.t.twoFactorReset[`status_${state.status}`]);
    });
  }

  async request(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const challenge = this.host.challenge;
    if (this.action.pending || !challenge) return;
    const { feedback } = this;
    feedback.readFields('email', 'note');
    const t = () => this.i18n.t;
    const contactEmail = feedback.value('email').trim() || undefined;
    const note = feedback.value('note').trim() || undefined;
    const errors: Partial<Record<TwoFactorField, Wording>> = {};
    if (!this.reason) errors.reason = () => t().twoFactorReset.reasonRequired;
    if (contactEmail && !EMAIL.test(contactEmail)) errors.email = () => t().identifier.emailInvalid;
    if (note && [...note].length > NOTE_MAX) errors.note = () => t().twoFactorReset.noteTooLong({ max: NOTE_MAX });
    if (Object.keys(errors).length) return feedback.showFieldErrors(errors);
    const input = { challengeId: challenge.id, reason: this.reason!, contactEmail, note };
    await this.send('request', (client, signal) => client.requestTwoFactorReset(input, { signal }), (requested) => {
      this.requested = { ...requested, contactEmail };
      this.challengeGone = true; // a request made uses the challenge up
      feedback.clear('email', 'note');
      this.go('sent');
      this.host.dispatchEvent(new TwoFactorResetRequestedEvent(requested));
    });
  }

  fail(error: unknown): void {
    void this.failureHandling().then(
      (failures) => failures.showTwoFactorFailure(this, error),
      () => this.feedback.showError('unknown'),
    );
  }

  async send<T>(label: string, work: (client: TwoFactorResetClient, signal: AbortSignal) => Promise<T>, done: (value: T) => void): Promise<void> {
    const client = () => this.client.get('restoreAuthenticator', 'requestTwoFactorReset', 'getTwoFactorResetStatus');
    await this.action.send(label, async (signal) => work(await client(), signal), this.outcomes, done);
  }

  private async failureHandling(): Promise<Failures> {
    if (this.failures) return this.failures;
    const [, failures] = await Promise.all([this.i18n.errorsReady(), import('./two-factor-failures.js')]);
    return (this.failures = failures);
  }
}
