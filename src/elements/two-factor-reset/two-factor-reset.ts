import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Identifier } from '../../contract/index.js';
import { FormFeedbackController } from '../../controllers/form-feedback-controller.js';
import { LightDomController } from '../../controllers/light-dom-controller.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import type { LostTwoFactorChallenge } from '../../events/lost-two-factor.js';
import { SignInRequestedEvent } from '../../events/sign-in-requested.js';
import type { TwoFactorResetTicket } from '../../events/two-factor-reset-requested.js';
import { errorSummary } from '../shared/error-summary.js';
import { consequencesList, consequencesOf } from '../shared/consequences.js';
import { fieldStyles } from '../shared/field-styles.js';
import { WORD_FIELDS } from '../shared/recovery-phrase-controller.js';
import { recoveryPhraseStyles } from '../shared/recovery-phrase-styles.js';
import { withdrawalLockNotice } from '../shared/withdrawal-lock.js';
import { withdrawalLockStyles } from '../shared/withdrawal-lock-styles.js';
import { twoFactorResetSections } from './messages.js';
import { optionsStep } from './steps/options-step.js';
import { phraseStep } from './steps/phrase-step.js';
import { requestStep } from './steps/request-step.js';
import { restoredStep } from './steps/restored-step.js';
import { sentStep } from './steps/sent-step.js';
import { statusStep } from './steps/status-step.js';
import type { TwoFactorField, TwoFactorResetClient } from './two-factor-context.js';
import { NOTE_MAX, REASONS, TwoFactorFlow } from './two-factor-flow.js';
import { twoFactorResetLightStyles, twoFactorResetStyles } from './two-factor-reset.styles.js';

/**
 * For a user who lost the authenticator app: the ways back in by themselves first (the saved setup key, the old
 * phone, the recovery phrase), then a request for a reset reviewed in 1-3 business days, and its status.
 *
 * @tagname two-factor-reset
 * @summary Lost authenticator: self-service ways, recovery phrase, reset request for review, request status.
 * @fires tillit-step-change - Moved to another step: `step`, `previousStep` (`options`, `phrase`, `restored`, `request`, `sent`, `status`).
 * @fires tillit-authenticator-restored - The recovery phrase was right: logged in; `session`, `withdrawalLock`, and `totpSetup` for `<totp-setup>`.
 * @fires tillit-two-factor-reset-requested - A request was sent: keep its `ticket` to show the status later; `reviewBy`.
 * @fires tillit-sign-in-requested - "Log in" chosen (no `sign-in-href`): `identifier` to prefill `<login-form>`.
 * @slot - Holds the form the element renders into its light DOM; leave empty.
 * @csspart base - The frame around everything.
 * @csspart heading - The step's heading.
 * @csspart intro - The line under the heading.
 * @csspart error-summary - The box listing what went wrong.
 * @cssproperty [--two-factor-reset-max-width=32rem] - Widest the element grows.
 */
export class TwoFactorReset extends LitElement {
  static override styles = twoFactorResetStyles;
  static override properties = {
    client: { attribute: false },
    baseUrl: { attribute: 'base-url' },
    challenge: { attribute: false },
    identifier: { attribute: false },
    ticket: { attribute: false },
    headingLevel: { attribute: 'heading-level', type: Number },
    signInHref: { attribute: 'sign-in-href' },
  };

  /** The backend client (`createClient()` from `tillit/client`); else the page's `setDefaultClient()` one. */
  declare client?: TwoFactorResetClient;
  /** Where the backend lives, when there is neither a `client` nor a default client. */
  declare baseUrl?: string;
  /** The sign-in challenge of `tillit-lost-two-factor`: it proves the password to the restore and the request. */
  declare challenge?: LostTwoFactorChallenge;
  /** The identifier of `tillit-lost-two-factor`, handed on with `tillit-sign-in-requested`. */
  declare identifier?: Identifier;
  /** A request's ticket (from `tillit-two-factor-reset-requested`): without a `challenge`, its status shows first. */
  declare ticket?: TwoFactorResetTicket;
  /** The level of the element's heading (1 to 6; default 2), to fit the page's outline. */
  headingLevel = 2;
  /** Link "Log in" here instead of firing `tillit-sign-in-requested`. */
  declare signInHref?: string;

  private readonly i18n = new LocalizeController(this, twoFactorResetSections);
  private readonly light: LightDomController = new LightDomController(this, {
    styles: [fieldStyles, withdrawalLockStyles, recoveryPhraseStyles, twoFactorResetLightStyles],
    render: () => this.renderLight(),
    lang: () => this.i18n.locale,
  });
  private readonly feedback: FormFeedbackController<TwoFactorField> = new FormFeedbackController<TwoFactorField>(this, {
    name: 'two-factor-reset',
    fields: ['reason', 'email', 'note', ...WORD_FIELDS],
    root: () => this.light.root,
    words: this.i18n,
  });
  private readonly flow: TwoFactorFlow = new TwoFactorFlow(this, this.i18n, this.feedback);

  private get level(): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('challenge')) this.flow.challengeGone = false;
    // A host re-rendering with an equal ticket is no new request: only another request id opens its status.
    const previous = changed.get('ticket') as TwoFactorResetTicket | undefined;
    const fresh = changed.has('ticket') && this.ticket && this.ticket.requestId !== previous?.requestId;
    if (fresh && !this.challenge && this.flow.steps.current === 'options') this.flow.showStatusFirst();
  }

  override render() {
    const { feedback } = this;
    const t = this.i18n.t;
    const m = t.twoFactorReset;
    const step = this.flow.steps.current;
    const title = { options: m.title, phrase: m.phraseAction, restored: m.restoredTitle, request: m.formTitle, sent: m.sentTitle, status: m.statusTitle }[step];
    const intro = step === 'options' ? m.intro : step === 'request' ? m.formIntro : undefined;
    return html`
      <section class="base" part="base" aria-labelledby="heading" lang=${this.i18n.locale}>
        <div id="heading" class="heading" part="heading" role="heading" aria-level=${this.level} tabindex="-1" data-tillit-heading>${title}</div>
        ${intro ? html`<p class="intro" part="intro">${intro}</p>` : nothing}
        ${errorSummary({
          id: 'summary',
          title: t.common.errorSummaryTitle,
          items: feedback.summary(),
          level: Math.min(6, this.level + 1),
          activate: (target) => feedback.focusControl(target),
        })}
        <slot></slot>
        <div class="visually-hidden" role="status" aria-live="polite">${feedback.announcement}</div>
      </section>
    `;
  }

  private date(iso: string): string {
    return this.i18n.formatDate(new Date(iso), { dateStyle: 'long', timeStyle: 'short' });
  }

  private signIn(): void {
    this.dispatchEvent(new SignInRequestedEvent(this.identifier));
  }

  private renderLight(): TemplateResult {
    const { flow, feedback } = this;
    const t = this.i18n.t;
    const m = t.twoFactorReset;
    const level = Math.min(6, this.level + 1);
    switch (flow.steps.current) {
      case 'options':
        return optionsStep({
          t: m,
          level,
          usable: flow.challengeUsable,
          phrase: true,
          expired: Boolean(this.challenge) && !flow.challengeUsable,
          hasTicket: Boolean(flow.ticket),
          signInHref: this.signInHref,
          on: { phrase: () => flow.go('phrase'), request: () => flow.go('request'), status: () => flow.openStatus(), signIn: () => this.signIn() },
        });
      case 'request':
        return requestStep({
          ids: feedback.ids,
          t,
          reasons: REASONS,
          reason: flow.reason,
          values: { email: feedback.value('email'), note: feedback.value('note') },
          errors: { reason: feedback.error('reason'), email: feedback.error('email'), note: feedback.error('note') },
          noteMax: NOTE_MAX,
          busy: flow.action.pending === 'request',
          hasTicket: Boolean(flow.ticket),
          // An approval removes the authenticator, as turning it off does: the same lock, and bind a new one.
          consequences: consequencesList({ items: consequencesOf('disable_totp'), t: t.withdrawalLock, id: `${feedback.ids.form}-consequences` }),
          on: {
            reason: (reason) => {
              flow.reason = reason;
              this.requestUpdate();
            },
            email: (value) => feedback.setValue('email', value),
            note: (value) => feedback.setValue('note', value),
            submit: (event) => void flow.request(event),
            back: () => flow.go('options'),
            status: () => flow.openStatus(),
          },
        });
      case 'sent': {
        const requested = flow.requested!;
        return sentStep({
          t: m,
          reviewBy: this.date(requested.reviewBy),
          submittedAt: this.date(requested.submittedAt),
          contactEmail: requested.contactEmail,
          onStatus: () => flow.openStatus(),
        });
      }
      case 'status':
        return statusStep({
          t: m,
          level,
          status: flow.status,
          date: (iso) => this.date(iso),
          busy: flow.action.pending === 'status',
          signInHref: this.signInHref,
          on: { refresh: () => void flow.loadStatus(), signIn: () => this.signIn(), options: () => flow.go('options') },
        });
      case 'phrase':
        return phraseStep({
          formId: feedback.ids.form,
          t: m,
          words: flow.phrase.view(),
          consequences: consequencesList({ items: consequencesOf('disable_totp'), t: t.withdrawalLock, id: `${feedback.ids.form}-consequences` }),
          busy: flow.action.pending === 'restore',
          on: { submit: (event) => void flow.restore(event), back: () => flow.go('options') },
        });
      case 'restored':
        return restoredStep({
          text: m.restoredText,
          lock: withdrawalLockNotice({ lock: flow.restored?.withdrawalLock, t: t.withdrawalLock, locale: this.i18n.locale, id: `${feedback.ids.form}-lock`, level }),
        });
    }
  }
}
