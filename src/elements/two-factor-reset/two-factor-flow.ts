import type { ReactiveControllerHost } from 'lit';
import type { AuthenticatorRestored, Identifier, TwoFactorResetReason, TwoFactorResetRequested, TwoFactorResetState } from '../../contract/index.js';
import { AsyncActionController } from '../../controllers/async-action-controller.js';
import { ClientController } from '../../controllers/client-controller.js';
import type { FormFeedbackController, Wording } from '../../controllers/form-feedback-controller.js';
import { StepController } from '../../controllers/step-controller.js';
import type { LostTwoFactorChallenge } from '../../events/lost-two-factor.js';
import { TwoFactorResetRequestedEvent, type TwoFactorResetTicket } from '../../events/two-factor-reset-requested.js';
import { LazyPart } from '../shared/lazy-part.js';
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

// Deliberately loose, as at sign-in: the backend has the final word.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
/** The reasons a user can give for losing the authenticator, in the order the request step lists them. */
const REASONS: readonly TwoFactorResetReason[] = ['lost_device', 'app_deleted', 'phone_changed', 'other'];
/** The longest note a request carries, in characters. */
const NOTE_MAX = 1000;

type Failures = typeof import('./two-factor-failures.js');
type LaterSteps = import('./later-steps.js').LaterSteps;

/** The steps whose views and controllers load with later-steps.ts. */
const LATER: ReadonlySet<TwoFactorResetStep> = new Set(['phrase', 'request', 'restored']);

/**
 * The flow of `<two-factor-reset>`: the self-service ways first; with the sign-in challenge `<login-form>` handed
 * over, the recovery phrase or a request for review (their steps load when chosen, later-steps.ts); the request's
 * status, read again with its ticket.
 */
export class TwoFactorFlow {
  readonly action: AsyncActionController;
  readonly steps: StepController<TwoFactorResetStep>;
  readonly client: ClientController<TwoFactorResetClient>;
  reason: TwoFactorResetReason | undefined;
  /** What the request step offers and allows; the step (in the later part) reads them here. */
  readonly reasons = REASONS;
  readonly noteMax = NOTE_MAX;
  /** The request sent from this element (its ticket, review date, where the answer goes). */
  requested: (TwoFactorResetRequested & { contactEmail: string | undefined }) | undefined;
  status: TwoFactorResetState | undefined;
  /** What the recovery phrase restored: the session, the lock; the new authenticator's setup went to the host. */
  restored: Omit<AuthenticatorRestored, 'totpSetup'> | undefined;
  /** The phrase, restored and request steps, loaded when the user picks one. */
  readonly later: LazyPart<LaterSteps>;
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
      leave: (step) => step === 'phrase' && this.later.value?.phrase.clear(),
      focusHeading: () => this.quiet || feedback.focusAfterUpdate('heading'),
    });
    this.client = new ClientController<TwoFactorResetClient>(host, { load: loadTwoFactorClient });
    this.later = new LazyPart<LaterSteps>(
      () =>
        import('./later-steps.js').then(async (m) => {
          await i18n.add(m.laterSections);
          return new m.LaterSteps(this);
        }),
      async () => {
        await i18n.errorsReady();
        feedback.showError('network');
      },
      host,
    );
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
    if (LATER.has(step) && !this.later.value) {
      if (!this.later.loading) void this.later.with(() => this.go(step));
      return;
    }
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
