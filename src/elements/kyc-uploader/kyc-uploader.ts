import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { FormFeedbackController } from '../../controllers/form-feedback-controller.js';
import { LightDomController } from '../../controllers/light-dom-controller.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { errorSummary } from '../shared/error-summary.js';
import { fieldStyles } from '../shared/field-styles.js';
import type { PhotoSlot } from './draft-store.js';
import type { KycClient } from './kyc-client.js';
import type { KycField, KycStep } from './kyc-context.js';
import { KycFlow } from './kyc-flow.js';
import { kycLightStyles } from './kyc-uploader.light-styles.js';
import { kycUploaderStyles } from './kyc-uploader.styles.js';
import { kycUploaderSections } from './messages.js';
import { renderStep } from './steps/render-step.js';

type CameraModule = typeof import('./capture/camera.js');

/**
 * Identity verification from level 1 to approved: the levels and limits, the details, the ID and selfie photos
 * (camera or file, checked and stripped of EXIF/GPS in a worker), uploads that survive a reload, the review
 * polled until decided, a rejection's redo of only the failed parts, and supplementary documents.
 *
 * @tagname kyc-uploader
 * @summary KYC: levels and limits, level 1 details, level 2 ID + selfie photos with quality checks, review status.
 * @fires tillit-step-change - Moved to another step: `step`, `previousStep` (`overview`, `level-1`, `document`, `id_front`, `id_back`, `selfie`, `submit`, `supplementary`).
 * @fires tillit-kyc-status-change - The verification changed (level 1 approved, sent, approved, rejected, more documents asked): `level`, `status`, `previousStatus`.
 * @slot - Holds the forms the element renders into its light DOM (autofill must see the name fields); leave empty.
 * @csspart base - The frame around everything.
 * @csspart heading - The step's heading.
 * @csspart error-summary - The box listing what went wrong.
 * @cssproperty [--kyc-uploader-max-width=40rem] - Widest the element grows.
 */
export class KycUploader extends LitElement {
  static override styles = kycUploaderStyles;
  static override properties = {
    client: { attribute: false },
    baseUrl: { attribute: 'base-url' },
    headingLevel: { attribute: 'heading-level', type: Number },
    draftKey: { attribute: 'draft-key' },
    pollInterval: { attribute: 'poll-interval', type: Number },
  };

  /** The backend client (`createClient()` from `tillit/client`); else the page's `setDefaultClient()` one. */
  declare client?: KycClient;
  /** Where the backend lives, when there is neither a `client` nor a default client. */
  declare baseUrl?: string;
  /** The level of the element's heading (1 to 6; default 2). */
  headingLevel = 2;
  /** The IndexedDB key of the draft: give the signed-in user's id, so two accounts on one browser never mix. */
  draftKey = 'default';
  /** First wait between status checks while a review is pending, in ms (the waits then grow, up to 5 min). */
  pollInterval = 15_000;

  private readonly i18n = new LocalizeController(this, kycUploaderSections);
  private readonly light: LightDomController = new LightDomController(this, {
    styles: [fieldStyles, kycLightStyles],
    render: () => this.renderLight(),
    lang: () => this.i18n.locale,
  });
  private readonly feedback: FormFeedbackController<KycField> = new FormFeedbackController<KycField>(this, {
    name: 'kyc',
    fields: ['country', 'firstName', 'lastName', 'dateOfBirth', 'addressLine1', 'addressLine2', 'city', 'postalCode', 'documentType', 'id_front', 'id_back', 'selfie', 'supplementary', 'note'],
    root: () => this.light.root,
    words: this.i18n,
  });
  private readonly flow: KycFlow = new KycFlow(this, this.i18n, this.feedback);
  private cameraModule: CameraModule | undefined;
  private camera: InstanceType<CameraModule['Camera']> | undefined;
  private shownStep: KycStep = 'overview';

  /** Reads the status again (e.g. after the host learnt of a decision by other means). */
  refresh(): Promise<void> {
    return this.flow.load();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.flow.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.closeCamera();
    this.flow.stop();
  }

  override willUpdate(): void {
    // The camera belongs to its photo step: leaving the step turns it off.
    if (this.flow.steps.current !== this.shownStep) {
      this.shownStep = this.flow.steps.current;
      this.closeCamera();
    }
  }

  override render() {
    const t = this.i18n.t.kycUploader;
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    return html`
      <section class="base" part="base" aria-labelledby="heading" lang=${this.i18n.locale} aria-busy=${this.flow.action.pending === 'load' ? 'true' : 'false'}>
        <div id="heading" class="heading" part="heading" role="heading" aria-level=${level} tabindex="-1" data-tillit-heading>
          ${this.headingText()}
        </div>
        ${errorSummary({
          id: 'summary',
          title: this.i18n.t.common.errorSummaryTitle,
          items: this.feedback.summary(),
          level: Math.min(6, level + 1),
          activate: (target) => this.feedback.focusControl(target),
        })}
        ${this.flow.loadFailed ? html`<button class="retry" type="button" @click=${() => void this.flow.load()}>${t.checkNow}</button>` : nothing}
        <slot></slot>
        <div class="visually-hidden" role="status" aria-live="polite">${this.feedback.announcement}</div>
      </section>
    `;
  }

  private headingText(): string {
    const t = this.i18n.t.kycUploader;
    const step = this.flow.steps.current;
    if (step === 'id_front') return this.flow.draft.documentType === 'passport' ? t.slotPassport : t.slot_id_front;
    if (step === 'id_back' || step === 'selfie') return t[`slot_${step}`];
    return { overview: t.title, 'level-1': t.level1Title, document: t.documentTitle, submit: t.submitTitle, supplementary: t.supplementaryTitle }[step];
  }

  private renderLight(): TemplateResult {
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    return renderStep({
      flow: this.flow,
      i18n: this.i18n,
      headingLevel: Math.min(6, level + 1),
      camera: this.camera,
      cameraSupported: typeof navigator.mediaDevices?.getUserMedia === 'function',
      openCamera: (slot) => void this.openCamera(slot),
      capture: (slot) => void this.capture(slot),
      closeCamera: () => this.closeCamera(),
    });
  }

  private async openCamera(slot: PhotoSlot): Promise<void> {
    try {
      this.cameraModule ??= await import('./capture/camera.js');
    } catch {
      return void this.flow.fail('network');
    }
    this.camera ??= new this.cameraModule.Camera(() => this.requestUpdate());
    await this.camera.open(slot === 'selfie' ? 'user' : 'environment');
  }

  private async capture(slot: PhotoSlot): Promise<void> {
    const blob = await this.camera?.capture();
    this.closeCamera();
    if (blob) void this.flow.photos.add(slot, blob);
  }

  private closeCamera(): void {
    this.camera?.close();
    this.camera = undefined;
    this.requestUpdate();
  }
}
