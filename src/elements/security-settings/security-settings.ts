import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { FormFeedbackController } from '../../controllers/form-feedback-controller.js';
import { LightDomController } from '../../controllers/light-dom-controller.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { errorSummary } from '../shared/error-summary.js';
import { fieldStyles } from '../shared/field-styles.js';
import { securitySettingsSections } from './messages.js';
import { securitySettingsStyles, settingsLightStyles } from './security-settings.styles.js';
import { dateWords } from './format.js';
import type { SettingsClient } from './settings-client.js';
import type { SettingsField } from './settings-context.js';
import { SettingsFlow } from './settings-flow.js';
import type { OverviewSections } from './overview-part.js';
import type { TaskSections } from './task-sections.js';
import { embeddedStep } from './steps/embedded-view.js';
import { overviewView } from './steps/overview-view.js';

/**
 * Every factor of the signed-in account, changed under the exchange's rules: e-mail and phone, authenticator app,
 * passkeys, recovery phrase, password and the withdrawal lock. Each change is confirmed by a step-up through every
 * factor the backend asks for, and its consequences are stated before the user commits.
 *
 * @tagname security-settings
 * @summary Security settings: overview, contacts, passkeys, authenticator, password, with step-up and the withdrawal lock.
 * @fires tillit-step-change - Moved to another step: `step`, `previousStep` (`overview`, `edit`, `verify`, `code`, `done`), `method`.
 * @fires tillit-verified - A step-up finished: `action` (the contract's sensitive action) and `expiresAt`.
 * @fires tillit-security-changed - A setting changed: `change` (`bind_email`, `unbind_phone`, `register_passkey`, ...) and `withdrawalLock`.
 * @slot - Holds the forms the element renders into its light DOM (password managers must see them); leave empty.
 * @csspart base - The frame around everything.
 * @csspart heading - The element's heading.
 * @csspart intro - The line under the heading on the overview.
 * @csspart error-summary - The box listing what went wrong.
 * @csspart rows - The list of factors.
 * @csspart row - One factor: its heading, state and actions.
 * @csspart passkey - One passkey in the list.
 * @csspart this-device - The "This device" mark on the passkey this browser created or used.
 * @csspart switch - The switch beside a bound e-mail or phone: its codes asked for at log-in.
 * @csspart needs - What must be set up before the e-mail can change.
 * @csspart action - The buttons of the overview.
 * @cssproperty [--security-settings-max-width=40rem] - Widest the element grows.
 */
export class SecuritySettings extends LitElement {
  static override styles = securitySettingsStyles;
  static override properties = {
    client: { attribute: false },
    baseUrl: { attribute: 'base-url' },
    headingLevel: { attribute: 'heading-level', type: Number },
    defaultCountry: { attribute: 'default-country' },
    timeZone: { attribute: 'time-zone' },
  };

  /** The backend client (`createClient()` from `tillit/client`); else the page's `setDefaultClient()` one. */
  declare client?: SettingsClient;
  /** Where the backend lives, when there is neither a `client` nor a default client. */
  declare baseUrl?: string;
  /** The level of the element's heading (1 to 6; default 2); factors and steps get the next level. */
  headingLevel = 2;
  /** ISO country preselected in the phone country picker when a phone number is added. */
  defaultCountry = 'SE';
  /** IANA time zone for dates and the withdrawal lock (default: the browser's, which is the user's). */
  declare timeZone?: string;

  private readonly i18n = new LocalizeController<typeof securitySettingsSections, TaskSections & OverviewSections>(this, securitySettingsSections);
  private readonly light: LightDomController = new LightDomController(this, {
    styles: () => [fieldStyles, settingsLightStyles, ...this.flow.lazyStyles()],
    render: () => this.renderLight(),
    lang: () => this.i18n.locale,
  });
  private readonly feedback: FormFeedbackController<SettingsField> = new FormFeedbackController<SettingsField>(this, {
    name: 'security',
    fields: ['email', 'phone', 'name', 'currentPassword', 'newPassword', 'repeatPassword', 'code'],
    root: () => this.light.root,
    words: this.i18n,
  });
  private readonly flow: SettingsFlow = new SettingsFlow(this, this.i18n, this.feedback);

  /** Loads the overview again (e.g. after the page changed something elsewhere). */
  refresh(): void {
    this.flow.load();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.flow.overview) this.flow.load();
  }

  private get level(): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
  }

  private get dates() {
    return dateWords(this.i18n.locale, this.timeZone || undefined);
  }

  override render() {
    const { flow, feedback } = this;
    const t = this.i18n.t;
    const level = this.level;
    const onOverview = flow.steps.current === 'overview';
    return html`
      <section class="base" part="base" aria-labelledby="heading" lang=${this.i18n.locale}>
        <div id="heading" class="heading" part="heading" role="heading" aria-level=${level} tabindex="-1" data-tillit-heading>
          ${t.securitySettings.title}
        </div>
        ${onOverview ? html`<p class="intro" part="intro">${t.securitySettings.intro}</p>` : nothing}
        ${errorSummary({
          id: 'summary',
          title: t.common.errorSummaryTitle,
          items: feedback.summary(),
          level: Math.min(6, level + 1),
          activate: (target) => feedback.focusControl(target),
        })}
        ${onOverview
          ? overviewView({
              t: t.securitySettings,
              lock: flow.lockNotice(Math.min(6, level + 1), this.dates),
              overview: flow.overview,
              failed: flow.overviewFailed,
              loading: flow.action.pending === 'load',
              dates: this.dates,
              level: Math.min(6, level + 1),
              open: (task) => flow.open(task),
              reload: () => flow.load(),
              embed: (what) => flow.embed(what),
              thisDevice: flow.devicePasskeys,
            })
          : nothing}
        ${flow.tasks.loading ? html`<p class="muted" role="status" data-loading-part>${t.securitySettings.loading}</p>` : nothing}
        <slot></slot>
        <div class="visually-hidden" role="status" aria-live="polite">${feedback.announcement}</div>
      </section>
    `;
  }

  /** The light-DOM part: the current task's step (its fields must be visible to password managers). */
  private renderLight(): TemplateResult {
    const { flow, feedback } = this;
    const t = this.i18n.t;
    const step = flow.steps.current;
    if (step === 'embedded') return embeddedStep(flow.embedded, t.securitySettings.backToOverview, () => flow.close());
    const part = flow.tasks.value;
    if (step === 'overview' || !part) return html``;
    return part.render({ flow, tasks: part.flow, feedback, t: part.flow.words.t, locale: this.i18n.locale, dates: this.dates, level: Math.min(6, this.level + 1) });
  }
}
