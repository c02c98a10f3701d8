import { adoptStyles, nothing, type CSSResult, type ReactiveControllerHost, type ReactiveElement } from 'lit';
import { TillitError } from '../../client/errors.js';
import type { SecurityOverview, WithdrawalLock } from '../../contract/index.js';
import { AsyncActionController, interruptedError } from '../../controllers/async-action-controller.js';
import { ClientController } from '../../controllers/client-controller.js';
import type { FormFeedbackController } from '../../controllers/form-feedback-controller.js';
import type { LocalizeController } from '../../controllers/localize-controller.js';
import { StepController } from '../../controllers/step-controller.js';
import { SecurityChangedEvent } from '../../events/security-changed.js';
import type { CallingCode } from '../shared/countries.js';
import { LazyPart } from '../shared/lazy-part.js';
import { createEmbedded, embeddedTag, type EmbeddedKind } from './steps/embedded-view.js';
import type { DateWords } from './format.js';
import type { securitySettingsSections } from './messages.js';
import type { OverviewSections } from './overview-part.js';
import { loadSettingsClient, SETTINGS_ROWS, type SettingsClient } from './settings-client.js';
import { fieldsOf, type Outcome, type SettingsField, type SettingsStep, type Task } from './settings-context.js';
import type * as TaskPartModule from './task-part.js';
import type { TaskSections } from './task-sections.js';

type PhoneInput = typeof import('../shared/phone-input.js');
type Failures = typeof import('./task-failures.js');
type OverviewPart = typeof import('./overview-part.js');

/** What the flow needs of its element. */
export interface SettingsHost extends ReactiveControllerHost, HTMLElement {
  client?: SettingsClient | undefined;
  baseUrl?: string | undefined;
  defaultCountry: string;
  headingLevel: number;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The loaded task part: its flow and the steps it renders. */
export interface TaskPart {
  readonly flow: TaskPartModule.TaskFlow;
  readonly render: typeof TaskPartModule.taskSteps;
}

/**
 * The flow of `<security-settings>`: loads the overview (and again after every action), opens a task, and goes
 * back to the overview when it ends. A task's own work (the check with the backend before the step-up, the step-up,
 * the code for a new e-mail or phone, see task-flow.ts) loads with the first task opened: a page that only shows
 * the overview never downloads it. One request runs at a time; a task's secrets leave with its step.
 */
export class SettingsFlow {
  readonly action: AsyncActionController;
  readonly steps: StepController<SettingsStep>;
  readonly client: ClientController<SettingsClient>;
  /** The task steps, loaded when a task first opens. */
  readonly tasks: LazyPart<TaskPart>;
  overview: SecurityOverview | undefined;
  /** The lock notice and this device's passkeys (overview-part.ts), loaded with the first overview. */
  overviewPart: OverviewPart | undefined;
  private overviewPartLoad: Promise<OverviewPart> | undefined;
  /** The passkey ids this browser remembers creating or using (read with each overview). */
  devicePasskeys: ReadonlySet<string> = new Set();
  /** Loading the overview failed: the overview shows the error and "Try again". */
  overviewFailed = false;
  task: Task | undefined;
  outcome: Outcome | undefined;
  /** The `<totp-setup>` or `<recovery-key-backup>` of an embedded task. */
  embedded: HTMLElement | undefined;
  phone: PhoneInput | undefined;
  private failures: Failures | undefined;
  country = 'SE';

  constructor(
    readonly host: SettingsHost,
    readonly i18n: LocalizeController<typeof securitySettingsSections, TaskSections & OverviewSections>,
    readonly feedback: FormFeedbackController<SettingsField>,
  ) {
    this.action = new AsyncActionController(host);
    this.steps = new StepController<SettingsStep>(host, {
      initial: 'overview',
      leave: (step) => this.tasks.value?.flow.left(step),
      focusHeading: () => feedback.focusAfterUpdate('heading'),
    });
    this.client = new ClientController<SettingsClient>(host, { load: loadSettingsClient, changed: () => this.load() });
    this.tasks = new LazyPart<TaskPart>(
      () =>
        import('./task-part.js').then(async (m) => {
          await i18n.add(m.taskSections);
          return { flow: new m.TaskFlow(this), render: m.taskSteps };
        }),
      async () => {
        await i18n.errorsReady();
        feedback.showError('network');
      },
      host,
    );
  }

  /** Loads (or reloads) the overview; the first load happens when a client is there. */
  load(): void {
    if (!this.client.available) return;
    const overview = async (client: SettingsClient, signal: AbortSignal) =>
      (await Promise.all([client.getSecurityOverview({}, { signal }), this.loadOverviewPart()]))[0];
    void this.send('load', overview, (overview) => {
      // The errors on screen are a task's (kept), unless they were this load's own failure.
      if (this.overviewFailed) this.feedback.clearErrors();
      this.overviewFailed = false;
      this.setOverview(overview);
    }, () => {
      this.overviewFailed = true;
    }, false);
  }

  /**
   * The overview part, once: its texts added and its sheet adopted into the shadow root after the element's own. A
   * chunk that cannot load (offline) fails the overview as its request would; "Try again" loads it again.
   */
  private loadOverviewPart(): Promise<OverviewPart> {
    this.overviewPartLoad ??= import('./overview-part.js').then(
      async (part) => {
        await this.i18n.add(part.overviewSections);
        const root = this.host.renderRoot;
        const own = (this.host.constructor as typeof ReactiveElement).elementStyles;
        if (root instanceof ShadowRoot) adoptStyles(root, [...own, part.withdrawalLockStyles]);
        return (this.overviewPart = part);
      },
      (cause: unknown) => {
        this.overviewPartLoad = undefined;
        throw new TillitError('network', 'overview part not loaded', { cause });
      },
    );
    return this.overviewPartLoad;
  }

  /** The overview's withdrawal lock notice: nothing without a lock, or before the overview part is in. */
  lockNotice(level: number, dates: DateWords): unknown {
    const part = this.overviewPart;
    if (!part) return nothing;
    const t = this.i18n.withAdded<OverviewSections>().t.withdrawalLock;
    return part.withdrawalLockNotice({ lock: this.overview?.withdrawalLock, t, locale: dates.locale, id: 'lock', level, timeZone: dates.timeZone });
  }

  /** Opens a task's form (its consequences are stated there, before anything is sent); the first loads its part. */
  open(task: Task): void {
    if (this.tasks.loading) return;
    void this.tasks.with((part) => {
      this.task = task;
      this.outcome = undefined;
      part.flow.opened(this.overview);
      this.feedback.clearErrors();
      if (task.kind === 'rename-passkey') this.feedback.setValue('name', task.passkey.name);
      if (task.kind === 'contact' && task.contact === 'phone') void this.loadPhone();
      this.steps.goTo('edit');
    });
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
    this.tasks.value?.flow.stop();
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
    const part = this.tasks.value;
    // A reload of the overview gives way (the task reloads it when it ends); any other request is not repeated.
    if (!task || !part || (this.action.pending && this.action.pending !== 'load')) return;
    if (task.kind === 'contact' && task.contact === 'phone' && !this.callingCode) {
      return void this.loadPhone().then(() => this.submit(), () => this.feedback.showError('network'));
    }
    part.flow.submit(task);
  }

  /** The light-DOM sheets of the parts that have loaded (the task steps, the phone field). */
  lazyStyles(): CSSResult[] {
    return [...(this.tasks.value?.flow.styles ?? []), ...(this.phone ? [this.phone.phoneStyles] : [])];
  }

  get callingCode(): CallingCode | undefined {
    return this.phone && (this.phone.callingCodeOf(this.country) ?? this.phone.callingCodes[0]);
  }

  setCountry(country: CallingCode): void {
    this.country = country.region;
    this.host.requestUpdate();
  }

  /** The task is done: what changed, the overview reloaded (unless the answer carried it), the host told. */
  finish(outcome: Outcome, reload = true): void {
    this.endTask();
    this.outcome = outcome;
    this.steps.goTo('done');
    this.host.dispatchEvent(new SecurityChangedEvent(outcome.done, outcome.lock));
    if (reload) this.load();
  }

  setOverview(overview: SecurityOverview): void {
    this.overview = overview;
    this.devicePasskeys = this.overviewPart?.devicePasskeyIds() ?? new Set();
    this.tasks.value?.flow.overviewChanged(overview);
    this.host.requestUpdate();
  }

  /** The task is over: what it typed and read goes (an embedded element with it). */
  private endTask(): void {
    this.embedded = undefined;
    this.feedback.clear(...fieldsOf(this.task));
    this.tasks.value?.flow.ended();
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

  /** The client with every row the element calls (the task part's step-up asks through this too). */
  settingsClient(): Promise<SettingsClient> {
    return this.client.get(...SETTINGS_ROWS);
  }

  /**
   * One request through the element's runner. `failed` may take a failure over (return true); otherwise it is
   * shown on the task's form or as an alert (task-failures.ts).
   */
  async send<T>(
    label: string,
    work: (client: SettingsClient, signal: AbortSignal) => Promise<T>,
    done: (value: T) => void,
    failed?: (error: unknown) => boolean | void,
    clearsErrors = true,
  ): Promise<void> {
    const outcome = await this.action.run(label, async (signal) =>
      work(await this.settingsClient(), signal).catch(async (error: unknown) => {
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
    await this.showFailure(error);
  }

  /**
   * Says what went wrong, where it belongs (a field, the summary, or back to the step-up). Its module loads with
   * the first failure, as login-form's and two-factor-reset's do; the task part calls this rather than importing
   * it, since a lazy part that imports a module of the element's own chunk makes a customer's bundler cut that
   * chunk out of the page's file (scripts/rollup-core-chunks.mjs says why).
   */
  showFailure(error: unknown): Promise<void> {
    return this.failureHandling().then(
      (failures) => failures.showTaskFailure(this, error),
      () => this.feedback.showError('unknown'),
    );
  }

  private async failureHandling(): Promise<Failures> {
    return (this.failures ??= await import('./task-failures.js'));
  }
}
