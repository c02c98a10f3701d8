import { html, LitElement, type TemplateResult } from 'lit';
import { ClientController } from '../../controllers/client-controller.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { FlowShell } from '../shared/flow-shell.js';
import { introStep, stepMarkup } from '../shared/step-frame.js';
import { LeaveGuardController } from './leave-guard.js';
import type { RecoveryStep } from './phrase-flow.js';
import type { WordField } from '../shared/recovery-phrase-controller.js';
import type { RecoveryPart } from './phrase-part.js';
import { loadRecoveryClient, type IssuedRecoveryPhrase, type RecoveryKeyBackupClient } from './recovery-client.js';
import { recoveryKeyBackupStyles } from './recovery-key-backup.styles.js';
import { recoveryKeyBackupSections, type RecoveryLaterSections } from './sections.js';

/**
 * The word boxes' fields (word-fields.ts's WORD_FIELDS: word0 ... word11) and the step-up's code, written out here:
 * this element's lazy part imports word-fields.ts, so importing it up front too would give it a file of its own on
 * a customer's page (89 B gzip more for this element alone; docs/ARCHITECTURE.md, "Lazy parts").
 */
const FIELDS: readonly (WordField | 'code')[] = [...Array.from({ length: 12 }, (_, i): WordField => `word${i}`), 'code'];

/**
 * The recovery phrase, shown once and proved saved: the step-up and the issue (or a phrase the host issued), the
 * numbered words with the warnings, copy, download (.txt) and print, then the words at three positions the backend
 * chose, checked here and confirmed with the backend. Leaving with the phrase unsaved warns first (the browser's
 * `beforeunload` prompt, and an in-page warning on "Cancel"). The words leave the DOM and memory when the flow ends.
 *
 * @tagname recovery-key-backup
 * @summary Recovery phrase: shown once with copy, download and print, proved by re-entering chosen words.
 * @fires tillit-step-change - Moved to another step: `step`, `previousStep` (`start`, `verify`, `show`, `prove`, `done`), `method`.
 * @fires tillit-verified - The step-up for `issue_recovery_phrase` was confirmed.
 * @fires tillit-recovery-phrase-confirmed - The phrase is saved and active: `issuedAt`, `confirmedAt`.
 * @fires tillit-cancelled - The user left before the end (after the warning, if a phrase was shown): `step` left.
 * @slot - Holds the steps the element renders into its light DOM; leave empty.
 * @csspart base - The frame around everything.
 * @csspart heading - The element's title.
 * @csspart error-summary - The box listing what went wrong.
 * @cssproperty [--recovery-key-backup-max-width=36rem] - Widest the element grows.
 */
export class RecoveryKeyBackup extends LitElement {
  static override styles = recoveryKeyBackupStyles;
  static override properties = {
    client: { attribute: false },
    baseUrl: { attribute: 'base-url' },
    headingLevel: { attribute: 'heading-level', type: Number },
    issued: { attribute: false },
    qr: { type: Boolean },
    embedded: { type: Boolean, reflect: true },
  };

  /** The backend client (`createClient()` from `tillit/client`); else the page's `setDefaultClient()` one. */
  declare client?: RecoveryKeyBackupClient;
  /** Where the backend lives, when there is neither a `client` nor a default client. */
  declare baseUrl?: string;
  /** The level of the element's title (1 to 6; default 2); each step's heading is one below. */
  headingLevel = 2;
  /**
   * A phrase the host issued (`issueRecoveryPhrase`'s answer): shown at once, without the step-up. Read when the
   * element connects, then dropped: the element forgets the words when the flow ends; the host should too.
   */
  declare issued?: IssuedRecoveryPhrase;
  /** Also show the phrase as a QR code, for storing it on an offline device or paper. */
  qr = false;
  /** Drawn without its own frame and title, inside another element's flow (`<totp-setup>` sets it). */
  embedded = false;

  private readonly i18n = new LocalizeController<typeof recoveryKeyBackupSections, RecoveryLaterSections>(this, recoveryKeyBackupSections);
  /** The client, made with the element and handed to the flow with its steps (phrase-flow.ts says why). */
  private readonly backend = new ClientController<RecoveryKeyBackupClient>(this, { load: loadRecoveryClient });
  /** The light part, the feedback, the steps, the flow after the first step (phrase-part.ts, loaded with "Continue"), the frame. */
  private readonly shell: FlowShell<RecoveryPart, WordField | 'code', RecoveryStep> = new FlowShell<RecoveryPart, WordField | 'code', RecoveryStep>(this, {
    name: 'recovery',
    fields: FIELDS,
    initial: 'start',
    words: this.i18n,
    load: (page) => import('./phrase-part.js').then((m) => m.loadRecoveryPart(this, this.i18n, { ...page, backend: this.backend })),
    render: (part) => this.renderLight(part),
    handedIn: () => {
      const handed = this.issued;
      this.issued = undefined;
      return handed && ((part) => part.flow.resume(handed));
    },
  });

  constructor() {
    super();
    this.addController(new LeaveGuardController(() => this.unsaved));
  }

  /** The current step (see `tillit-step-change` for the names). */
  get step(): RecoveryStep {
    return this.shell.steps.current;
  }

  /** Whether a phrase is shown and not yet confirmed (leaving now loses it). */
  get unsaved(): boolean {
    return this.shell.part.value?.flow.unsaved ?? false;
  }

  /** Back to the first step with no phrase held and no messages. */
  reset(): void {
    this.shell.part.value?.flow.reset();
    this.shell.feedback.clearErrors();
  }

  override render() {
    return this.shell.frame(this.i18n.t.recoveryKeyBackup.title);
  }

  /** The current step, in the light DOM: the first one here, the others from the flow's part. */
  private renderLight(part: RecoveryPart | undefined): TemplateResult {
    const level = this.shell.level;
    if (part && (this.step !== 'start' || part.flow.leaving)) return part.render(level, stepMarkup);
    if (this.shell.resuming) return html``;
    const t = this.i18n.t;
    return introStep({
      level: Math.min(6, level + 1),
      title: t.recoveryKeyBackup.startTitle,
      intro: t.recoveryKeyBackup.startIntro,
      continueText: t.common.continue,
      cancelText: t.common.cancel,
      onContinue: () => void this.shell.part.with((loaded) => loaded.flow.begin()),
      onCancel: () => (part ? part.flow.cancel() : this.shell.cancelled(this.step)),
    });
  }
}
