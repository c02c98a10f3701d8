import type { CSSResult, TemplateResult } from 'lit';
import { html } from 'lit';
import { AuthenticatorRestoredEvent } from '../../events/authenticator-restored.js';
import type { LocalizeController } from '../../controllers/localize-controller.js';
import { consequencesList, consequencesOf } from '../shared/consequences.js';
import { RecoveryPhraseController } from '../shared/recovery-phrase-controller.js';
import { recoveryPhraseStyles } from '../shared/recovery-phrase-styles.js';
import { withdrawalLockNotice } from '../shared/withdrawal-lock.js';
import { withdrawalLockStyles } from '../shared/withdrawal-lock-styles.js';
import type { LaterSections } from './later-sections.js';
import type { twoFactorResetSections } from './messages.js';
import { phraseStep } from './steps/phrase-step.js';
import { requestStep } from './steps/request-step.js';
import { restoredStep } from './steps/restored-step.js';
import type { TwoFactorField } from './two-factor-context.js';
import type { TwoFactorFlow } from './two-factor-flow.js';

export { laterSections } from './later-sections.js';

/**
 * The steps of `<two-factor-reset>` that need the sign-in challenge (loaded when the user picks one: most who open
 * the element find their way back with the setup key or the old phone): the 12 word boxes of the recovery phrase,
 * what it restored, and the request for a reset with its consequences.
 */
export class LaterSteps {
  readonly phrase: RecoveryPhraseController<TwoFactorField>;
  readonly styles: readonly CSSResult[] = [recoveryPhraseStyles, withdrawalLockStyles];

  /** The element's words with the later steps' sections, which TwoFactorFlow added before this part went on. */
  readonly words: LocalizeController<typeof twoFactorResetSections & LaterSections>;

  constructor(private readonly flow: TwoFactorFlow) {
    this.words = flow.i18n.withAdded();
    this.phrase = new RecoveryPhraseController<TwoFactorField>(flow.host, { feedback: flow.feedback, words: this.words });
  }

  /** The recovery phrase: all 12 words with the sign-in challenge; right, the user is logged in without the app. */
  async restore(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const { flow } = this;
    const challenge = flow.host.challenge;
    if (flow.action.pending || !challenge) return;
    const errors = this.phrase.validate();
    if (Object.keys(errors).length) return flow.feedback.showFieldErrors(errors);
    const words = this.phrase.values;
    await flow.send('restore', (client, signal) => client.restoreAuthenticator({ challengeId: challenge.id, words }, { signal }), (restored) => {
      flow.challengeGone = true;
      flow.restored = { status: restored.status, session: restored.session, withdrawalLock: restored.withdrawalLock };
      flow.go('restored');
      // The new authenticator's setup (its secret) goes to the host for <totp-setup>, never into this element's DOM.
      flow.host.dispatchEvent(new AuthenticatorRestoredEvent(restored));
    });
  }

  /** The current step, if it is one of this part's, in the light DOM. */
  render(level: number): TemplateResult {
    const { flow } = this;
    const { feedback } = flow;
    const t = this.words.t;
    const m = t.twoFactorReset;
    // An approval removes the authenticator, as turning it off does: the same lock, and bind a new one.
    const consequences = () => consequencesList({ items: consequencesOf('disable_totp'), t: t.withdrawalLock, id: `${feedback.ids.form}-consequences` });
    switch (flow.steps.current) {
      case 'request':
        return requestStep({
          ids: feedback.ids,
          t,
          reasons: flow.reasons,
          reason: flow.reason,
          values: { email: feedback.value('email'), note: feedback.value('note') },
          errors: { reason: feedback.error('reason'), email: feedback.error('email'), note: feedback.error('note') },
          noteMax: flow.noteMax,
          busy: flow.action.pending === 'request',
          hasTicket: Boolean(flow.ticket),
          consequences: consequences(),
          on: {
            reason: (reason) => {
              flow.reason = reason;
              flow.host.requestUpdate();
            },
            email: (value) => feedback.setValue('email', value),
            note: (value) => feedback.setValue('note', value),
            submit: (event) => void flow.request(event),
            back: () => flow.go('options'),
            status: () => flow.openStatus(),
          },
        });
      case 'phrase':
        return phraseStep({
          formId: feedback.ids.form,
          t: m,
          words: this.phrase.view(),
          consequences: consequences(),
          busy: flow.action.pending === 'restore',
          on: { submit: (event) => void this.restore(event), back: () => flow.go('options') },
        });
      case 'restored':
        return restoredStep({
          text: m.restoredText,
          lock: withdrawalLockNotice({ lock: flow.restored?.withdrawalLock, t: t.withdrawalLock, locale: flow.i18n.locale, id: `${feedback.ids.form}-lock`, level }),
        });
      default:
        return html``;
    }
  }
}
