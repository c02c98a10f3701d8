import { html, LitElement, type TemplateResult } from 'lit';
import type { TotpSetup as TotpSetupData } from '../../contract/index.js';
import { ClientController } from '../../controllers/client-controller.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { FlowShell } from '../shared/flow-shell.js';
import { introStep, stepMarkup } from '../shared/step-frame.js';
import type { TotpSetupLaterSections, totpSetupSections as Sections } from './sections.js';
import { totpSetupSections } from './sections.js';
import type { TotpSetupStep } from './setup-flow.js';
import type { TotpSetupPart } from './setup-part.js';
import { totpSetupStyles } from './totp-setup.styles.js';
import { loadTotpSetupClient, type TotpSetupClient } from './totp-setup-client.js';

/**
 * Binds an authenticator app (TOTP) to the signed-in account, one thing per step: what is needed, the step-up the
 * backend asks for, the QR code (with the setup key and "Can't scan it?" steps), the first code, the recovery
 * phrase (`<recovery-key-backup>`, loaded for that step), and the end with the withdrawal lock that follows.
 * The key and the URI leave the DOM and memory when the code is accepted, the setup expires, or the user cancels.
 *
 * @tagname totp-setup
 * @summary Authenticator app setup: step-up, QR code and setup key, first code, recovery phrase, done.
 * @fires tillit-step-change - Moved to another step: `step`, `previousStep` (`start`, `verify`, `scan`, `confirm`, `recovery`, `done`), `method`.
 * @fires tillit-verified - The step-up for `setup_totp` was confirmed (it covers the recovery phrase issued with the binding too).
 * @fires tillit-totp-enabled - The authenticator is bound: `enabledAt`, `withdrawalLock`.
 * @fires tillit-recovery-phrase-confirmed - The recovery phrase was saved and confirmed (from the recovery step).
 * @fires tillit-cancelled - The user cancelled: `step` is the step they left; the element is back on `start`.
 * @slot - Holds the steps the element renders into its light DOM (the code field must be seen by autofill); leave empty.
 * @csspart base - The frame around everything.
 * @csspart heading - The element's title.
 * @csspart error-summary - The box listing what went wrong.
 * @cssproperty [--totp-setup-max-width=32rem] - Widest the element grows.
 */
export class TotpSetup extends LitElement {
  static override styles = totpSetupStyles;
  static override properties = {
    client: { attribute: false },
    baseUrl: { attribute: 'base-url' },
    headingLevel: { attribute: 'heading-level', type: Number },
    setup: { attribute: false },
    qrPhrase: { attribute: 'qr-phrase', type: Boolean },
  };

  /** The backend client (`createClient()` from `tillit/client`); else the page's `setDefaultClient()` one. */
  declare client?: TotpSetupClient;
  /** Where the backend lives, when there is neither a `client` nor a default client. */
  declare baseUrl?: string;
  /** The level of the element's title (1 to 6; default 2); each step's heading is one below. */
  headingLevel = 2;
  /**
   * A setup the backend already handed out (`restoreAuthenticator` answers one): the element starts on its QR code,
   * without a step-up. Read once when the element connects; the element drops it when the flow ends.
   */
  declare setup?: TotpSetupData;
  /** Offer the recovery phrase as a QR code too (`qr` on the `<recovery-key-backup>` of the recovery step). */
  qrPhrase = false;

  private readonly i18n = new LocalizeController<typeof Sections, TotpSetupLaterSections>(this, totpSetupSections);
  /** The client, made with the element and handed to the flow with its steps (setup-flow.ts says why). */
  private readonly backend = new ClientController<TotpSetupClient>(this, { load: loadTotpSetupClient });
  /** The light part, the feedback, the steps, the flow after the first step (setup-part.ts, loaded with "Continue"), the frame. */
  private readonly shell: FlowShell<TotpSetupPart, 'code', TotpSetupStep> = new FlowShell<TotpSetupPart, 'code', TotpSetupStep>(this, {
    name: 'totp',
    fields: ['code'],
    initial: 'start',
    words: this.i18n,
    load: (page) => import('./setup-part.js').then((m) => m.loadTotpSetupPart(this, this.i18n, { ...page, backend: this.backend })),
    render: (part) => this.renderLight(part),
    handedIn: () => {
      const handed = this.setup;
      this.setup = undefined;
      return handed && ((part) => part.flow.resume(handed));
    },
  });

  /** The current step (see `tillit-step-change` for the names). */
  get step(): TotpSetupStep {
    return this.shell.steps.current;
  }

  /** Back to the first step with nothing held (the key, the URI, a phrase) and no messages. */
  reset(): void {
    this.shell.part.value?.flow.reset();
    this.shell.feedback.clearErrors();
  }

  /** What "Cancel" does: like `reset()`, and fires `tillit-cancelled` with the step left. */
  cancel(): void {
    const part = this.shell.part.value;
    if (part) return part.flow.cancel();
    this.shell.feedback.clearErrors();
    this.shell.cancelled(this.step);
  }

  override render() {
    return this.shell.frame(this.i18n.t.totpSetup.title);
  }

  /** The current step, in the light DOM: the first one here, the others from the flow's part. */
  private renderLight(part: TotpSetupPart | undefined): TemplateResult {
    const t = this.i18n.t;
    const level = this.shell.level;
    if (part && this.step !== 'start') {
      return part.render({ client: this.client, baseUrl: this.baseUrl, qrPhrase: this.qrPhrase, level, markup: stepMarkup });
    }
    if (this.shell.resuming) return html``;
    return introStep({
      level: Math.min(6, level + 1),
      title: t.totpSetup.startTitle,
      intro: t.totpSetup.startIntro,
      continueText: t.common.continue,
      cancelText: t.common.cancel,
      onContinue: () => void this.shell.part.with((loaded) => loaded.flow.begin()),
      onCancel: () => this.cancel(),
    });
  }
}
