import type { CSSResult, ReactiveControllerHost } from 'lit';
import { isTillitError, type TillitError } from '../../client/errors.js';
import type { CodeSent, SecurityOverview, WithdrawalLock } from '../../contract/index.js';
import { AsyncActionController, interruptedError } from '../../controllers/async-action-controller.js';
import { ClientController } from '../../controllers/client-controller.js';
import { CodeChallengeController } from '../../controllers/code-challenge-controller.js';
import type { FormFeedbackController } from '../../controllers/form-feedback-controller.js';
import type { LocalizeController } from '../../controllers/localize-controller.js';
import { StepController } from '../../controllers/step-controller.js';
import { StepUpController, type StepUpGrant } from '../../controllers/step-up-controller.js';
import { SecurityChangedEvent } from '../../events/security-changed.js';
import { StepChangeEvent } from '../../events/step-change.js';
import { devicePasskeyIds } from '../../passkeys/device-passkeys.js';
import { VerifiedEvent } from '../../events/verified.js';
import type { CallingCode } from '../shared/countries.js';
import { NewPasswordController } from '../shared/new-password-controller.js';
import { createEmbedded, embeddedTag, type EmbeddedKind } from './steps/embedded-view.js';
import type { securitySettingsSections } from './messages.js';
import { loadSettingsClient, SETTINGS_ROWS, type SettingsClient } from './settings-client.js';
import { actionOf, fieldsOf, type Outcome, type SettingsField, type SettingsStep, type Task } from './settings-context.js';
import { showTaskFailure } from './task-failures.js';
import { readTaskInput, type TaskInput } from './task-input.js';
import { performTask, type Next, type PerformContext } from './task-perform.js';

type PhoneInput = typeof import('../shared/phone-input.js');

/** What the flow needs of its element. */
export interface SettingsHost extends ReactiveControllerHost, HTMLElement {
  client?: SettingsClient | undefined;
  baseUrl?: string | undefined;
  defaultCountry: string;
  headingLevel: number;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** Marks the resend of a binding code: a new start needs a new step-up (the backend spends a token per start). */
class ResendNeedsStepUp extends Error {}

/**
 * The flow of `<security-settings>`: loads the overview (and again after every action), opens a task, checks it
 * with the backend before the step-up (see task-perform.ts), runs the step-up through every factor the backend asks
 * for, carries the task out with the token, and for a new e-mail or phone asks for the code sent there. One
 * request runs at a time; a task's secrets leave with its step.
 */
export class SettingsFlow {
  readonly action: AsyncActionController;
  readonly steps: StepController<SettingsStep>;
  readonly client: ClientController<SettingsClient>;
  readonly stepUp: StepUpController;
  /** The new password and its repeat (shared fields with the live policy). */
  readonly newPassword: NewPasswordController<SettingsField>;
  /** The code sent to a new e-mail or phone. */
  readonly code: CodeChallengeController<SecurityOverview>;
  overview: SecurityOverview | undefined;
  /** The passkey ids this browser remembers creating or using (read with each overview). */
  devicePasskeys: ReadonlySet<string> = new Set();
  /** Loading the overview failed: the overview shows the error and "Try again". */
  overviewFailed = false;
  task: Task | undefined;
  outcome: Outcome | undefined;
  /** The `<totp-setup>` or `<recovery-key-backup>` of an embedded task. */
  embedded: HTMLElement | undefined;
  phone: PhoneInput | undefined;
  country = 'SE';
  /** A step-up grant not spent yet (the action failed a rule checked before the token is used). */
  private grant: StepUpGrant | undefined;
  private input: Extract<TaskInput, { ok: true }> | undefined;
  private readonly perform: PerformContext = { overview: undefined, registration: undefined };

  constructor(
    readonly host: SettingsHost,
    readonly i18n: LocalizeController<typeof securitySettingsSections>,
    readonly feedback: FormFeedbackController<SettingsField>,
  ) {
    this.action = new AsyncActionController(host);
    this.steps = new StepController<SettingsStep>(host, {
      initial: 'overview',
      leave: (step) => this.left(step),
      focusHeading: () => feedback.focusAfterUpdate('heading'),
    });
    this.client = new ClientController<SettingsClient>(host, { load: loadSettingsClient, changed: () => this.load() });
    this.stepUp = new StepUpController(host, {
      action: this.action,
      feedback,
      words: i18n,
      client: () => this.client.get(...SETTINGS_ROWS),
      verified: (grant) => {
        host.dispatchEvent(new VerifiedEvent(grant.action, grant.tokenExpiresAt));
        this.grant = grant;
        void this.carryOut();
      },
      factorChanged: (factor) => {
        feedback.focusAfterUpdate('heading');
        host.dispatchEvent(new StepChangeEvent<SettingsStep>('verify', 'verify', factor));
      },
    });
    this.newPassword = new NewPasswordController<SettingsField>(host, {
      feedback,
      words: i18n,
      fields: { password: 'newPassword', repeat: 'repeatPassword' },
    });
    this.code = new CodeChallengeController<SecurityOverview>(host, {
      action: this.action,
      feedback,
      words: i18n,
      verified: (overview) => this.contactConfirmed(overview),
      failed: (error) => this.codeFailed(error),
      methodChanged: () => undefined,
    });
  }

  /** Loads (or reloads) the overview; the first load happens when a client is there. */
  load(): void {
    if (!this.client.available) return;
    void this.send('load', (client, signal) => client.getSecurityOverview({}, { signal }), (overview) => {
      // The errors on screen are a task's (kept), unless they were this load's own failure.
      if (this.overviewFailed) this.feedback.clearErrors();
      this.overviewFailed = false;
      this.setOverview(overview);
    }, () => {
      this.overviewFailed = true;
    }, false);
  }

  /** Opens a task's form (its consequences are stated there, before anything is sent). */
  open(task: Task): void {
    this.task = task;
    this.outcome = undefined;
    this.grant = undefined;
    this.perform.registration = undefined;
    this.feedback.clearErrors();
    if (task.kind === 'rename-passkey') this.feedback.setValue('name', task.passkey.name);
    if (task.kind === 'contact' && task.contact === 'phone') void this.loadPhone();
    this.steps.goTo('edit');
  }

  /**
   * Opens `<totp-setup>` or `<recovery-key-backup>` inside this element (their code loads now: a page that never
   * sets one up never downloads it). They run their own step-up and steps; `embeddedChanged` hears how they end.
   */
  embed(kind: EmbeddedKind): void {
    void this.action.run('embed', () => embeddedTag(kind)).then((outcome) => {
      if (outcome.kind === 'failed') return this.feedback.showError('network');
      if (outcome.kind !== 'done') return;
      this.feedback.clearErrors();
      this.task = { kind };
      this.outcome = undefined;
      const level = Math.min(6, Math.max(1, Math.round(this.host.headingLevel) || 2) + 1);
      this.embedded = createEmbedded(kind, outcome.value, {
        client: this.host.client,
        baseUrl: this.host.baseUrl,
        level,
        close: () => this.close(),
        changed: (change, lock) => this.embeddedChanged(change, lock),
      });
      this.steps.goTo('embedded');
    });
  }

  /** The embedded element finished its change: the overview is reloaded and the host told. */
  embeddedChanged(change: 'setup_totp' | 'issue_recovery_phrase', lock: WithdrawalLock): void {
    this.host.dispatchEvent(new SecurityChangedEvent(change, lock ?? this.overview?.withdrawalLock ?? null));
    this.load();
  }

  /** Back to the overview from any step: the step-up and the code stop, the overview is loaded again. */
  close(): void {
    this.action.abort();
    this.stepUp.reset();
    this.code.stop();
    this.feedback.clearErrors();
    this.endTask();
    this.steps.goTo('overview');
    this.task = undefined;
    this.load();
  }

  /** The task's form was submitted: read it, check it with the backend, then step up (or carry it out). */
  submit(event?: Event): void {
    event?.preventDefault();
    const task = this.task;
    // A reload of the overview gives way (the task reloads it when it ends); any other request is not repeated.
    if (!task || (this.action.pending && this.action.pending !== 'load')) return;
    if (task.kind === 'contact' && task.contact === 'phone' && !this.callingCode) {
      return void this.loadPhone().then(() => this.submit(), () => this.feedback.showError('network'));
    }
    const phone = this.phone && this.callingCode ? { module: this.phone, country: this.callingCode } : undefined;
    const input = readTaskInput(task, this.feedback, this.i18n, phone, this.newPassword);
    if (!input.ok) return this.feedback.showFieldErrors(input.errors);
    this.input = input;
    // Adding a passkey has no rule to check first: straight to the step-up (unless a prompt is to be retried).
    if (task.kind === 'add-passkey' && !this.grant && !this.perform.registration) {
      this.steps.goTo('verify');
      return this.stepUp.start('register_passkey');
    }
    void this.carryOut();
  }

  /** The light-DOM sheets of the parts that have loaded (the phone field). */
  lazyStyles(): CSSResult[] {
    return this.phone ? [this.phone.phoneStyles] : [];
  }

  get callingCode(): CallingCode | undefined {
    return this.phone && (this.phone.callingCodeOf(this.country) ?? this.phone.callingCodes[0]);
  }

  setCountry(country: CallingCode): void {
    this.country = country.region;
    this.host.requestUpdate();
  }

  /** Runs the task with the grant the step-up gave, or without one as the check before the step-up. */
  private async carryOut(): Promise<void> {
    const task = this.task;
    const input = this.input;
    if (!task || !input) return;
    const grant = this.grant;
    const label = task.kind === 'add-passkey' && (grant || this.perform.registration) ? 'passkey' : 'task';
    await this.send(label, (client, signal) => performTask(task, input, client, grant?.verificationToken, signal, this.perform), (next) => {
      this.grant = undefined;
      this.next(next);
    }, (error) => {
      const code = isTillitError(error) ? error.code : undefined;
      if (code === 'step_up_required' || code === 'verification_invalid') {
        this.grant = undefined;
        const action = actionOf(task);
        if (!action) return false;
        this.steps.goTo('verify');
        this.stepUp.start(action);
        // verification_invalid: the confirmation ran out; say so above the new step-up.
        if (code === 'verification_invalid') this.feedback.showError(error as TillitError);
        return true;
      }
      // A rule checked before the token is used leaves the grant usable for the corrected try.
      if (!isTillitError(error) || !KEEPS_GRANT.has(error.code)) this.grant = undefined;
      if (this.steps.current !== 'edit') this.steps.goTo('edit');
      return false;
    });
  }

  private next(next: Next): void {
    if (next.kind === 'code') return this.codeSent(next.bindingId, next.sent);
    if (next.kind === 'renamed') {
      const name = next.passkey.name;
      this.close();
      this.feedback.announce(() => this.i18n.t.securitySettings.renamed({ name }));
      return;
    }
    this.finish(next.outcome);
  }

  private codeSent(bindingId: string, sent: CodeSent): void {
    const method = sent.channel;
    let first = true;
    this.steps.goTo('code', method);
    this.code.start({ methods: [method], destinations: { [method]: sent.sentTo } }, {
      send: async () => {
        if (!first) throw new ResendNeedsStepUp();
        first = false;
        return sent;
      },
      verify: async (_method, code, signal) => (await this.client.get('confirmContactBinding')).confirmContactBinding({ bindingId, code }, { signal }),
    }, method);
  }

  private contactConfirmed(overview: SecurityOverview): void {
    const task = this.task;
    if (task?.kind !== 'contact') return;
    this.setOverview(overview);
    const now = task.contact === 'email' ? overview.email?.address : overview.phone?.number;
    this.finish({ done: `${task.change ? 'change' : 'bind'}_${task.contact}`, lock: overview.withdrawalLock, now }, false);
  }

  private codeFailed(error: unknown): void {
    const task = this.task;
    if (error instanceof ResendNeedsStepUp && task) {
      // A new code needs a new start, and a start needs a new step-up: back through it, the value kept.
      this.code.stop();
      this.steps.goTo('verify');
      const action = actionOf(task);
      if (action) this.stepUp.start(action);
      this.feedback.announce(() => this.i18n.t.securitySettings.resendNeedsStepUp);
      return;
    }
    void showTaskFailure(this, error);
  }

  private finish(outcome: Outcome, reload = true): void {
    this.stepUp.reset();
    this.code.stop();
    this.endTask();
    this.outcome = outcome;
    this.steps.goTo('done');
    this.host.dispatchEvent(new SecurityChangedEvent(outcome.done, outcome.lock));
    if (reload) this.load();
  }

  private setOverview(overview: SecurityOverview): void {
    this.overview = overview;
    this.devicePasskeys = devicePasskeyIds();
    this.perform.overview = overview;
    this.host.requestUpdate();
  }

  /** A password leaves the DOM with the form's step (the flow keeps what was read only until the task ends). */
  private left(step: SettingsStep): void {
    if (step === 'edit') {
      this.feedback.clear('currentPassword');
      this.newPassword.clear();
    }
  }

  /** The task is over: what it typed and read goes (an embedded element with it). */
  private endTask(): void {
    this.embedded = undefined;
    this.feedback.clear(...fieldsOf(this.task));
    this.input = undefined;
    this.grant = undefined;
    this.perform.registration = undefined;
  }

  private loadPhone(): Promise<PhoneInput> {
    if (this.phone) return Promise.resolve(this.phone);
    return import('../shared/phone-input.js').then((phone) => {
      this.phone = phone;
      this.country = this.host.defaultCountry.toUpperCase();
      this.host.requestUpdate();
      return phone;
    });
  }

  /**
   * One request through the element's runner. `failed` may take a failure over (return true); otherwise it is
   * shown on the task's form or as an alert (task-failures.ts).
   */
  private async send<T>(
    label: string,
    work: (client: SettingsClient, signal: AbortSignal) => Promise<T>,
    done: (value: T) => void,
    failed?: (error: unknown) => boolean | void,
    clearsErrors = true,
  ): Promise<void> {
    const outcome = await this.action.run(label, async (signal) =>
      work(await this.client.get(...SETTINGS_ROWS), signal).catch(async (error: unknown) => {
        await this.i18n.errorsReady();
        throw error;
      }),
    );
    if (outcome.kind === 'stale') return;
    if (outcome.kind === 'done') {
      if (clearsErrors) this.feedback.clearErrors();
      return done(outcome.value);
    }
    const error = outcome.kind === 'failed' ? outcome.error : interruptedError();
    await this.i18n.errorsReady();
    if (failed?.(error) === true) return;
    await showTaskFailure(this, error);
  }
}

/** Codes of rules the backend checks before it spends the token: a corrected retry may use the same grant. */
const KEEPS_GRANT = new Set([
  'validation_failed',
  'invalid_credentials',
  'password_too_weak',
  'identifier_taken',
  'identifier_in_cooldown',
  'already_bound',
  'resend_too_soon',
  'rate_limited',
  'prerequisite_missing',
]);
