import { html, type CSSResult, type TemplateResult } from 'lit';
import type { CodeChannel, ResetCodeSent } from '../../contract/index.js';
import { CodeChallengeController } from '../../controllers/code-challenge-controller.js';
import type { LocalizeController } from '../../controllers/localize-controller.js';
import { PasswordResetCompletedEvent } from '../../events/password-reset-completed.js';
import { codeStyles } from '../shared/code-styles.js';
import { consequencesList, consequencesOf } from '../shared/consequences.js';
import { NewPasswordController } from '../shared/new-password-controller.js';
import { newPasswordStyles } from '../shared/new-password-styles.js';
import { withdrawalLockNotice } from '../shared/withdrawal-lock.js';
import { withdrawalLockStyles } from '../shared/withdrawal-lock-styles.js';
import type { LaterSections } from './later-sections.js';
import type { passwordResetSections } from './messages.js';
import type { PasswordResetStep, ResetField } from './reset-context.js';
import type { ResetFlow } from './reset-flow.js';
import { codeView, laterHeading } from './reset-view.js';
import { codeStep } from './steps/code-step.js';
import { doneStep } from './steps/done-step.js';
import { passwordStep } from './steps/password-step.js';

export { laterSections } from './later-sections.js';

/** What the later steps are drawn with: the element's heading level and its "Log in" link. */
export interface LaterStepsView {
  readonly level: number;
  readonly signIn: (text: string) => TemplateResult;
}

/**
 * The steps of `<password-reset>` after the identifier (loaded while the reset starts: a page that never gets that
 * far never downloads them): the code by the channel the user picks (the shared code flow over the reset rows),
 * the new password with its consequences, and the withdrawal lock that follows.
 */
export class LaterSteps {
  readonly code: CodeChallengeController<{ verified: true }>;
  readonly newPassword: NewPasswordController<ResetField>;
  readonly styles: readonly CSSResult[] = [codeStyles, newPasswordStyles, withdrawalLockStyles];

  /** The element's words with the later steps' sections, which ResetFlow added before this part went on. */
  readonly words: LocalizeController<typeof passwordResetSections & LaterSections>;

  constructor(private readonly flow: ResetFlow) {
    const { host, feedback, i18n } = flow;
    const words = (this.words = i18n.withAdded());
    const account = () => flow.account;
    this.newPassword = new NewPasswordController(host, {
      feedback,
      words,
      fields: { password: 'password', repeat: 'repeat' },
      // The backend refuses a password with the e-mail name or the phone number in it: say so while typing.
      identifiers: () => [account()],
      username: account,
    });
    this.code = new CodeChallengeController(host, {
      action: flow.action,
      feedback,
      words,
      verified: () => flow.steps.goTo('password'),
      failed: (error) => flow.fail(error),
      methodChanged: (method) => flow.steps.goTo('code', method),
    });
  }

  /** The code and the new password leave memory and the DOM with their steps. */
  left(step: PasswordResetStep): void {
    if (step === 'code') this.code.stop();
    if (step === 'password') this.newPassword.clear();
  }

  /** The reset started: the code goes by the first channel offered. */
  beginCode(): void {
    const started = this.flow.started!;
    const channels = started.channels.map((c) => c.channel);
    // Shown destinations only: a null one is worded by the element ("the phone number of your account").
    const destinations = Object.fromEntries(started.channels.map((c) => [c.channel, c.destination ?? '']));
    const client = () => this.flow.client.get('sendPasswordResetCode', 'verifyPasswordResetCode');
    this.code.start(
      { methods: channels, destinations },
      {
        send: async (channel, signal): Promise<ResetCodeSent & { sentTo: string }> => {
          const sent = await (await client()).sendPasswordResetCode({ resetId: started.id, channel }, { signal });
          return { ...sent, sentTo: sent.sentTo ?? this.flow.accountDestination(channel) };
        },
        verify: async (_method, code, signal) => (await client()).verifyPasswordResetCode({ resetId: started.id, code }, { signal }),
      },
      channels[0]!,
    );
  }

  /** Third step: the new password, checked against the policy and its repeat; the backend has the last word. */
  async complete(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const { flow } = this;
    const started = flow.started;
    if (!started || flow.action.pending) return;
    const errors = this.newPassword.validate();
    if (Object.keys(errors).length) return flow.feedback.showFieldErrors(errors);
    const newPassword = this.newPassword.password;
    await flow.send('complete', (client, signal) => client.completePasswordReset({ resetId: started.id, newPassword }, { signal }), (done) => {
      flow.completed = done;
      flow.steps.goTo('done');
      flow.host.dispatchEvent(new PasswordResetCompletedEvent(started.identifier, done.withdrawalLock));
    });
  }

  /** The channel of a null destination: the code goes to "the account's phone (or e-mail), if it has one". */
  hidden(channel: CodeChannel): boolean {
    return this.flow.started?.channels.some((c) => c.channel === channel && c.destination === null) ?? false;
  }

  heading(): { title: string; intro: string | undefined } {
    return laterHeading(this.flow, this);
  }

  /** The current step after the identifier, in the light DOM. */
  render(view: LaterStepsView): TemplateResult {
    const { flow } = this;
    const { feedback } = flow;
    const t = this.words.t;
    switch (flow.steps.current) {
      case 'code':
        return codeStep(codeView(flow, this), { noCode: t.passwordReset.noCode, restart: { text: t.passwordReset.startAgain, onClick: () => flow.restart() } });
      case 'password':
        return passwordStep({
          formId: feedback.ids.form,
          t: t.passwordReset,
          fields: this.newPassword.view(),
          consequences: consequencesList({ items: consequencesOf('password_reset'), t: t.withdrawalLock, id: `${feedback.ids.form}-consequences` }),
          busy: flow.action.pending === 'complete',
          onSubmit: (event) => void this.complete(event),
        });
      case 'done': {
        const lock = withdrawalLockNotice({
          lock: flow.completed?.withdrawalLock,
          t: t.withdrawalLock,
          locale: flow.i18n.locale,
          id: `${feedback.ids.form}-lock`,
          level: view.level + 1,
        });
        return doneStep({ lock, signIn: view.signIn(t.passwordReset.signIn) });
      }
      default:
        return html``;
    }
  }
}
