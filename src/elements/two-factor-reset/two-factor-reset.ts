import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Identifier } from '../../contract/index.js';
import { FormFeedbackController } from '../../controllers/form-feedback-controller.js';
import { LightDomController } from '../../controllers/light-dom-controller.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import type { LostTwoFactorChallenge } from '../../events/lost-two-factor.js';
import { SignInRequestedEvent } from '../../events/sign-in-requested.js';
import type { TwoFactorResetTicket } from '../../events/two-factor-reset-requested.js';
import { errorSummary } from '../shared/error-summary.js';
import { fieldStyles } from '../shared/field-styles.js';
import { WORD_FIELDS } from '../shared/word-fields.js';
import { twoFactorResetSections } from './messages.js';
import { optionsStep } from './steps/options-step.js';
import { sentStep } from './steps/sent-step.js';
import { statusStep } from './steps/status-step.js';
import type { TwoFactorField, TwoFactorI18n, TwoFactorResetClient } from './two-factor-context.js';
import { TwoFactorFlow } from './two-factor-flow.js';
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

  private readonly i18n: TwoFactorI18n = new LocalizeController(this, twoFactorResetSections);
  private readonly light: LightDomController = new LightDomController(this, {
    styles: () => [fieldStyles, twoFactorResetLightStyles, ...(this.flow.later.value?.styles ?? [])],
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
        ${this.flow.later.loading ? html`<p class="intro" role="status" data-loading-part>${t.common.loading}</p>` : nothing}
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
    const { flow } = this;
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
      default:
        return flow.later.value?.render(level) ?? html``;
    }
  }
}
