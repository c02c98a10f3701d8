import { html, nothing, type TemplateResult } from 'lit';
import type { FormFeedbackController } from '../../../controllers/form-feedback-controller.js';
import { codeChallengeForm } from '../../shared/code-challenge-form.js';
import { stepUpView } from '../../shared/step-up/step-up-view.js';
import { stepUpViewModel } from '../../shared/step-up/step-up-view-model.js';
import type { DateWords } from '../format.js';
import type { SettingsMessages } from '../task-sections.js';
import type { SettingsField } from '../settings-context.js';
import type { SettingsFlow } from '../settings-flow.js';
import type { TaskFlow } from '../task-flow.js';
import { doneStep } from './done-view.js';
import { taskStep } from './task-view.js';

/** What the task steps are drawn from: the element's flow, the loaded task part, and the element's words. */
export interface TaskStepsContext {
  readonly flow: SettingsFlow;
  readonly tasks: TaskFlow;
  readonly feedback: FormFeedbackController<SettingsField>;
  readonly t: SettingsMessages;
  readonly locale: string;
  readonly dates: DateWords;
  /** Level of the step's heading (one below the element's). */
  readonly level: number;
}

/** What is bound now for the open contact task, masked. */
function current({ flow }: TaskStepsContext): string | undefined {
  const task = flow.task;
  const ov = flow.overview;
  if (!ov || (task?.kind !== 'contact' && task?.kind !== 'unbind' && task?.kind !== 'contact-two-factor')) return undefined;
  return task.contact === 'email' ? ov.email?.address : ov.phone?.number;
}

function editStep(c: TaskStepsContext): TemplateResult {
  const { flow, tasks, feedback, t } = c;
  const task = flow.task;
  if (!task) return html``;
  return taskStep({
    task,
    t,
    level: c.level,
    ids: feedback.ids,
    values: {
      email: feedback.value('email'),
      phone: feedback.value('phone'),
      name: feedback.value('name'),
      currentPassword: feedback.value('currentPassword'),
      newPassword: feedback.value('newPassword'),
      repeatPassword: feedback.value('repeatPassword'),
    },
    errors: {
      email: feedback.error('email'),
      phone: feedback.error('phone'),
      name: feedback.error('name'),
      currentPassword: feedback.error('currentPassword'),
      newPassword: feedback.error('newPassword'),
      repeatPassword: feedback.error('repeatPassword'),
    },
    current: current(c),
    locale: c.locale,
    phone: flow.phone,
    country: flow.callingCode,
    revealed: tasks.revealed,
    newPassword: tasks.newPassword.view(),
    busy: flow.action.pending,
    on: {
      input: (field, value) => feedback.setValue(field, value),
      country: (country) => flow.setCountry(country),
      reveal: () => {
        tasks.revealed = !tasks.revealed;
        feedback.announce(() => (tasks.revealed ? t.password.shown : t.password.hidden));
        flow.host.requestUpdate();
      },
      submit: (event) => {
        tasks.revealed = false;
        flow.submit(event);
      },
      cancel: () => flow.close(),
    },
  });
}

/**
 * The light-DOM steps of an open task (its fields must be visible to password managers): the task's form, the
 * step-up, the code sent to a new e-mail or phone, and what changed. Loaded with the task part.
 */
export function taskSteps(c: TaskStepsContext): TemplateResult {
  const { flow, tasks, t, level } = c;
  const cancel = html`<button class="tillit-secondary" type="button" @click=${() => flow.close()}>${t.securitySettings.cancel}</button>`;
  switch (flow.steps.current) {
    case 'edit':
      return editStep(c);
    case 'verify': {
      const working = tasks.stepUp.status === 'verified' && flow.action.pending;
      return html`${stepUpView(stepUpViewModel(tasks.stepUp, t.stepUp, flow.action.pending, level))}
        ${working ? html`<p class="tillit-hint" role="status">${flow.action.pending === 'passkey' ? t.securitySettings.passkeyWaiting : t.securitySettings.working}</p>` : nothing}
        ${cancel}`;
    }
    case 'code': {
      const intro = tasks.code.intro();
      return html`<div class="tillit-binding">
        <div class="tillit-step-up-title" role="heading" aria-level=${level} tabindex="-1" data-tillit-heading>${tasks.code.title()}</div>
        ${intro ? html`<p class="tillit-intro">${intro}</p>` : nothing} ${codeChallengeForm(tasks.code.view(), cancel)}
      </div>`;
    }
    case 'done': {
      const task = flow.task;
      return flow.outcome
        ? doneStep({
            t: t.securitySettings,
            lockWords: t.withdrawalLock,
            id: c.feedback.ids.form,
            outcome: flow.outcome,
            lock: flow.overview?.withdrawalLock ?? flow.outcome.lock,
            dates: c.dates,
            level,
            back: () => flow.close(),
            next:
              task?.kind === 'disable-totp' && task.replace
                ? { text: t.securitySettings.setUpNewTotp, run: () => flow.embed('totp-setup') }
                : undefined,
          })
        : html``;
    }
    default:
      return html``;
  }
}
