import type { CSSResult } from 'lit';
import { isTillitError, type TillitError } from '../../client/errors.js';
import type { CodeSent, SecurityOverview } from '../../contract/index.js';
import { CodeChallengeController } from '../../controllers/code-challenge-controller.js';
import type { LocalizeController } from '../../controllers/localize-controller.js';
import { StepUpController, type StepUpGrant } from '../../controllers/step-up-controller.js';
import { VerifiedEvent } from '../../events/verified.js';
import { codeStyles } from '../shared/code-styles.js';
import { NewPasswordController } from '../shared/new-password-controller.js';
import { newPasswordStyles } from '../shared/new-password-styles.js';
import { stepUpStyles } from '../shared/step-up/step-up-styles.js';
import { withdrawalLockStyles } from '../shared/withdrawal-lock-styles.js';
import type { Outcome, SettingsField, SettingsStep, Task } from './settings-context.js';
import { actionOf } from './task-action.js';
import type { SettingsFlow } from './settings-flow.js';
import type { securitySettingsSections } from './messages.js';
import { readTaskInput, type TaskInput } from './task-input.js';
import type { TaskSections } from './task-sections.js';
import { performTask, type Next, type PerformContext } from './task-perform.js';

/** Marks the resend of a binding code: a new start needs a new step-up (the backend spends a token per start). */
class ResendNeedsStepUp extends Error {}

/**
 * What `<security-settings>` needs once a task is opened (loaded then, task-flow.ts and its steps in one chunk: a
 * page that only shows the overview never downloads them): the task's form read and checked with the backend
 * before the step-up (see task-perform.ts), the step-up through every factor the backend asks for, the task carried
 * out with the token, and for a new e-mail or phone the code sent there.
 */
export class TaskFlow {
  readonly stepUp: StepUpController;
  /** The new password and its repeat (shared fields with the live policy). */
  readonly newPassword: NewPasswordController<SettingsField>;
  /** The code sent to a new e-mail or phone. */
  readonly code: CodeChallengeController<SecurityOverview>;
  /** The light-DOM sheets of the task steps (the code form, the step-up, the new-password fields, the lock notice). */
  readonly styles: readonly CSSResult[] = [codeStyles, stepUpStyles, newPasswordStyles, withdrawalLockStyles];
  /** The current password is shown (the new ones' show/hide is the shared fields'). */
  revealed = false;
  /** A step-up grant not spent yet (the action failed a rule checked before the token is used). */
  private grant: StepUpGrant | undefined;
  private input: Extract<TaskInput, { ok: true }> | undefined;
  private readonly perform: PerformContext = { overview: undefined, registration: undefined };

  /** The element's words with the task part's sections, which SettingsFlow added before this part went on. */
  readonly words: LocalizeController<typeof securitySettingsSections & TaskSections>;

  constructor(private readonly flow: SettingsFlow) {
    const { host, feedback, i18n } = flow;
    const words = (this.words = i18n.withAdded());
    this.stepUp = new StepUpController(host, {
      action: flow.action,
      feedback,
      words,
      client: () => flow.settingsClient(),
      verified: (grant) => {
        host.dispatchEvent(new VerifiedEvent(grant.action, grant.tokenExpiresAt));
        this.grant = grant;
        void this.carryOut();
      },
      // Another factor of the same step: `tillit-step-change` with the method, focus on the heading.
      factorChanged: (factor) => flow.steps.goTo('verify', factor),
    });
    this.newPassword = new NewPasswordController<SettingsField>(host, {
      feedback,
      words,
      fields: { password: 'newPassword', repeat: 'repeatPassword' },
    });
    this.code = new CodeChallengeController<SecurityOverview>(host, {
      action: flow.action,
      feedback,
      words,
      verified: (overview) => this.contactConfirmed(overview),
      failed: (error) => this.codeFailed(error),
      methodChanged: () => undefined,
    });
  }

  /** A task's form opens: nothing of an earlier task is kept. */
  opened(overview: SecurityOverview | undefined): void {
    this.grant = undefined;
    this.perform.overview = overview;
    this.perform.registration = undefined;
  }

  overviewChanged(overview: SecurityOverview): void {
    this.perform.overview = overview;
  }

  /** The task's form was submitted: read it, check it with the backend, then step up (or carry it out). */
  submit(task: Task): void {
    const { flow } = this;
    const phone = flow.phone && flow.callingCode ? { module: flow.phone, country: flow.callingCode } : undefined;
    const input = readTaskInput(task, flow.feedback, this.words, phone, this.newPassword);
    if (!input.ok) return flow.feedback.showFieldErrors(input.errors);
    this.input = input;
    // Adding a passkey has no rule to check first: straight to the step-up (unless a prompt is to be retried).
    if (task.kind === 'add-passkey' && !this.grant && !this.perform.registration) {
      flow.steps.goTo('verify');
      return this.stepUp.start('register_passkey');
    }
    void this.carryOut();
  }

  /** The step-up and the code stop (back to the overview). */
  stop(): void {
    this.stepUp.reset();
    this.code.stop();
  }

  /** A password leaves the DOM with the form's step (the flow keeps what was read only until the task ends). */
  left(step: SettingsStep): void {
    if (step === 'edit') {
      this.flow.feedback.clear('currentPassword');
      this.newPassword.clear();
    }
  }

  /** The task is over: what it read goes. */
  ended(): void {
    this.input = undefined;
    this.grant = undefined;
    this.perform.registration = undefined;
  }

  /** Runs the task with the grant the step-up gave, or without one as the check before the step-up. */
  private async carryOut(): Promise<void> {
    const { flow } = this;
    const task = flow.task;
    const input = this.input;
    if (!task || !input) return;
    const grant = this.grant;
    const label = task.kind === 'add-passkey' && (grant || this.perform.registration) ? 'passkey' : 'task';
    await flow.send(label, (client, signal) => performTask(task, input, client, grant?.verificationToken, signal, this.perform), (next) => {
      this.grant = undefined;
      this.next(next);
    }, (error) => {
      const code = isTillitError(error) ? error.code : undefined;
      if (code === 'step_up_required' || code === 'verification_invalid') {
        this.grant = undefined;
        const action = actionOf(task);
        if (!action) return false;
        flow.steps.goTo('verify');
        this.stepUp.start(action);
        // verification_invalid: the confirmation ran out; say so above the new step-up.
        if (code === 'verification_invalid') flow.feedback.showError(error as TillitError);
        return true;
      }
      // A rule checked before the token is used leaves the grant usable for the corrected try.
      if (!isTillitError(error) || !KEEPS_GRANT.has(error.code)) this.grant = undefined;
      if (flow.steps.current !== 'edit') flow.steps.goTo('edit');
      return false;
    });
  }

  private next(next: Next): void {
    if (next.kind === 'code') return this.codeSent(next.bindingId, next.sent);
    if (next.kind === 'renamed') {
      const name = next.passkey.name;
      this.flow.close();
      this.flow.feedback.announce(() => this.flow.i18n.t.securitySettings.renamed({ name }));
      return;
    }
    this.finish(next.outcome);
  }

  private codeSent(bindingId: string, sent: CodeSent): void {
    const method = sent.channel;
    let first = true;
    this.flow.steps.goTo('code', method);
    this.code.start({ methods: [method], destinations: { [method]: sent.sentTo } }, {
      send: async () => {
        if (!first) throw new ResendNeedsStepUp();
        first = false;
        return sent;
      },
      verify: async (_method, code, signal) => (await this.flow.client.get('confirmContactBinding')).confirmContactBinding({ bindingId, code }, { signal }),
    }, method);
  }

  private contactConfirmed(overview: SecurityOverview): void {
    const task = this.flow.task;
    if (task?.kind !== 'contact') return;
    this.flow.setOverview(overview);
    const now = task.contact === 'email' ? overview.email?.address : overview.phone?.number;
    this.finish({ done: `${task.change ? 'change' : 'bind'}_${task.contact}`, lock: overview.withdrawalLock, now }, false);
  }

  private codeFailed(error: unknown): void {
    const { flow } = this;
    const task = flow.task;
    if (error instanceof ResendNeedsStepUp && task) {
      // A new code needs a new start, and a start needs a new step-up: back through it, the value kept.
      this.code.stop();
      flow.steps.goTo('verify');
      const action = actionOf(task);
      if (action) this.stepUp.start(action);
      flow.feedback.announce(() => flow.i18n.t.securitySettings.resendNeedsStepUp);
      return;
    }
    void flow.showFailure(error);
  }

  private finish(outcome: Outcome, reload = true): void {
    this.stop();
    this.flow.finish(outcome, reload);
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
