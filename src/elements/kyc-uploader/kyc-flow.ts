import { isTillitError, TillitError } from '../../client/errors.js';
import type { KycDocumentType, KycOverview } from '../../contract/index.js';
import { AsyncActionController, interruptedError } from '../../controllers/async-action-controller.js';
import { ClientController } from '../../controllers/client-controller.js';
import type { FormFeedbackController } from '../../controllers/form-feedback-controller.js';
import { StepController } from '../../controllers/step-controller.js';
import { KycStatusChangeEvent } from '../../events/kyc-status-change.js';
import { draftStore, type KycDraft, type PhotoSlot } from './draft-store.js';
import type { KycField, KycHost, KycI18n, KycStep } from './kyc-context.js';
import { loadKycClient, type KycClient } from './kyc-client.js';
import { LevelOneForm } from './level-one-form.js';
import { PhotoSet } from './photo-set.js';
import { Poller } from './poller.js';
import { redoFor, type Redo } from './rejection.js';
import { Supplementary } from './supplementary.js';

const SENT = ':sent';

/**
 * The flow of `<kyc-uploader>`: the overview from the backend, level 1, level 2 one photo per step, the review
 * afterwards (polled while pending), a rejection's redo of only the failed parts, and supplementary documents.
 * The draft (IndexedDB) keeps the details, the processed photos (later the supplementary documents) and their
 * upload ids until the backend accepted the submission; the ids of a sent submission are kept apart, so a
 * rejection reuses the photos it did not fault.
 */
export class KycFlow {
  readonly action: AsyncActionController;
  readonly steps: StepController<KycStep>;
  readonly client: ClientController<KycClient>;
  readonly photos: PhotoSet;
  readonly levelOne: LevelOneForm;
  readonly supplementary: Supplementary;
  readonly poller: Poller;
  overview: KycOverview | undefined;
  /** The overview could not be read (shown with "Try again"). */
  loadFailed = false;
  draft: KycDraft = { slots: {} };
  /** The draft came back from an earlier visit (the overview says so, with "Discard"). */
  restored = false;
  /** After a rejection: what to do again. */
  redo: Redo | undefined;

  constructor(
    readonly host: KycHost,
    readonly i18n: KycI18n,
    readonly feedback: FormFeedbackController<KycField>,
  ) {
    this.action = new AsyncActionController(host);
    this.steps = new StepController<KycStep>(host, { initial: 'overview', focusHeading: () => feedback.focusAfterUpdate('heading') });
    this.client = new ClientController<KycClient>(host, { load: loadKycClient, changed: () => void this.load() });
    this.photos = new PhotoSet({
      host,
      draft: () => this.draft,
      saveDraft: () => this.saveDraft(),
      client: () => this.client.get('uploadKycDocument'),
      replaced: (slot) => {
        if (this.steps.current === slot) feedback.focusAfterUpdate(slot);
      },
      announce: (what) => feedback.announce(() => this.i18n.t.kycUploader[what === 'photo-ready' ? 'photoReady' : what === 'uploaded' ? 'uploaded' : 'uploadFailed']),
    });
    this.levelOne = new LevelOneForm(this);
    this.supplementary = new Supplementary(this);
    this.poller = new Poller(host, { interval: () => host.pollInterval, poll: (signal) => this.poll(signal) });
  }

  /** Reads the overview and the draft; resumes uploads a reload interrupted. */
  async load(): Promise<void> {
    if (!this.client.available) return;
    this.loadFailed = false;
    const outcome = await this.action.run('load', async (signal) => {
      const [overview, draft] = await Promise.all([(await this.client.get('getKycOverview')).getKycOverview({}, { signal }), draftStore.load(this.host.draftKey)]);
      return { overview, draft };
    });
    if (outcome.kind === 'stale') return;
    if (outcome.kind !== 'done') {
      this.loadFailed = true;
      return this.fail(outcome.kind === 'interrupted' ? interruptedError() : outcome.error);
    }
    const { overview, draft } = outcome.value;
    this.feedback.clearErrors();
    const open = overview.status === 'pending' || overview.status === 'supplementary_required';
    // Asked for supplementary documents: only those are the draft's (the level-2 photos were sent).
    if (draft?.supplementary && overview.status === 'supplementary_required') this.supplementary.restore(draft.supplementary);
    if (draft && overview.level < 2 && !open) {
      this.draft = draft;
      if (this.canSubmitLevel2(overview)) {
        this.restored = Object.values(draft.slots).some((slot) => slot?.photo) || Boolean(draft.documentType);
        if (draft.redo) this.redo = { details: false, documentType: false, slots: draft.redo };
        this.photos.resume(this.requiredSlots(overview));
      }
    }
    this.show(overview);
  }

  /** The overview changed (an answer or a poll): keep it, poll while pending, tell the host. */
  show(overview: KycOverview): void {
    const before = this.overview;
    this.overview = overview;
    if (overview.status === 'pending' && !this.poller.active) this.poller.start();
    if (overview.status !== 'pending') this.poller.stop();
    // Verified: nothing of the verification stays in this browser (the sent ids were only kept for a redo).
    if (overview.level === 2) void draftStore.remove(this.host.draftKey + SENT).then(() => draftStore.remove(this.host.draftKey));
    if (before && (before.status !== overview.status || before.level !== overview.level)) {
      this.host.dispatchEvent(new KycStatusChangeEvent(overview.level, overview.status, before.status));
      this.feedback.announce(() => this.i18n.t.kycUploader.statusChanged({ status: this.statusName(overview) }));
    }
    this.host.requestUpdate();
  }

  statusName(overview: KycOverview): string {
    const t = this.i18n.t.kycUploader;
    if (overview.status === 'none') return t.state_available;
    return t[`state_${overview.status}`];
  }

  /** Level 2 may be (re)submitted: level 1 approved, level 2 neither approved, in review nor rejected for good. */
  canSubmitLevel2(overview = this.overview): boolean {
    const state = overview?.levels.find((l) => l.level === 2)?.state;
    return overview?.level === 1 && (state === 'available' || (state === 'rejected' && overview.review?.retryable === true));
  }

  /** Whether the chosen document type has a back side (from the overview's accepted documents). */
  backRequired(type = this.draft.documentType, overview = this.overview): boolean {
    return overview?.acceptedDocuments.types.find((t) => t.type === type)?.backRequired ?? type !== 'passport';
  }

  requiredSlots(overview = this.overview): PhotoSlot[] {
    return this.backRequired(this.draft.documentType, overview) ? ['id_front', 'id_back', 'selfie'] : ['id_front', 'selfie'];
  }

  /** The steps of level 2 in order; after a rejection only the parts it faulted. */
  level2Steps(): KycStep[] {
    const redo = this.redo;
    const photos = this.requiredSlots().filter((slot) => !redo || redo.slots.includes(slot) || !this.photos.uploaded(slot));
    const document = !redo || redo.documentType || !this.draft.documentType;
    return [...(document ? (['document'] as const) : []), ...photos, 'submit'];
  }

  // --- navigation ------------------------------------------------------------------------------------------

  start(level: 1 | 2): void {
    this.feedback.clearErrors();
    if (level === 1) return this.levelOne.open();
    this.photos.preload();
    // Where the user left off: the first step whose part is not there yet (a kept photo counts, even mid-upload).
    const order = this.level2Steps();
    const done = (step: KycStep) =>
      step === 'document' ? Boolean(this.draft.documentType) : step === 'submit' || Boolean(this.draft.slots[step as PhotoSlot]?.photo);
    const first = order.find((step) => !done(step)) ?? 'submit';
    if (first === 'submit') this.photos.resume(this.requiredSlots());
    this.steps.goTo(first);
  }

  /** "Fix and send again" on a retryable rejection: only what its reasons fault, the rest reused. */
  async startRedo(): Promise<void> {
    const review = this.overview?.review;
    if (!review) return;
    const redo = redoFor(review.reasons.map((r) => r.code));
    const sent = await draftStore.load(this.host.draftKey + SENT);
    this.draft = { ...(sent ?? { slots: {} }), idempotencyKey: undefined, redo: [...redo.slots] };
    for (const slot of redo.slots) this.photos.clear(slot);
    if (redo.documentType) this.draft.documentType = undefined;
    this.redo = redo;
    this.saveDraft();
    if (redo.details) return this.levelOne.open();
    this.start(2);
  }

  /** The next step of level 2 after `from` (the user finished it). */
  next(from: KycStep): void {
    const order = this.level2Steps();
    const index = order.indexOf(from);
    this.feedback.clearErrors();
    const step = order[index + 1] ?? 'submit';
    // Uploads that expired while the page was open go up again from the kept photos before "Send" is offered.
    if (step === 'submit') this.photos.resume(this.requiredSlots());
    this.steps.goTo(step);
  }

  back(): void {
    const order = this.level2Steps();
    const index = order.indexOf(this.steps.current);
    this.feedback.clearErrors();
    this.steps.goTo(index > 0 ? order[index - 1]! : 'overview');
  }

  chooseDocument(type: KycDocumentType): void {
    if (this.draft.documentType !== type) {
      this.draft.documentType = type;
      // A passport has no back: a back photo of another document must not be sent with it.
      if (!this.backRequired(type)) this.photos.clear('id_back');
      this.saveDraft();
    }
    this.host.requestUpdate();
  }

  // --- submission ------------------------------------------------------------------------------------------

  async submitLevel2(): Promise<void> {
    if (this.action.pending) return;
    const slots = this.requiredSlots();
    // A page left open past an upload's 24 hours: the kept photos go up again, nothing is taken again.
    this.photos.resume(slots);
    const missing = slots.filter((slot) => !this.photos.uploaded(slot));
    const t = () => this.i18n.t.kycUploader;
    if (!this.draft.documentType) return this.feedback.showFieldErrors({ documentType: () => t().documentRequired });
    if (missing.length) return this.feedback.showAlert(() => t().missingPhotos);
    const key = (this.draft.idempotencyKey ??= crypto.randomUUID());
    this.saveDraft();
    const id = (slot: PhotoSlot) => this.draft.slots[slot]!.document!.id;
    const input = {
      documentType: this.draft.documentType,
      documents: { front: id('id_front'), ...(slots.includes('id_back') ? { back: id('id_back') } : {}), selfie: id('selfie') },
      idempotencyKey: key,
    };
    const outcome = await this.action.run('submit', async (signal) => (await this.client.get('submitKycLevel2')).submitKycLevel2(input, { signal }));
    if (outcome.kind === 'stale') return;
    if (outcome.kind === 'interrupted') return this.fail(interruptedError());
    if (outcome.kind === 'failed') return this.submitFailed(outcome.error);
    // Accepted: the photos leave the browser's storage; the upload ids stay for a possible redo.
    const sent: KycDraft = { documentType: this.draft.documentType, slots: Object.fromEntries(slots.map((s) => [s, { failedInARow: 0, document: this.draft.slots[s]!.document }])) };
    void draftStore.save(this.host.draftKey + SENT, sent);
    await this.discard(false);
    this.feedback.clearErrors();
    this.show(outcome.value);
    this.steps.goTo('overview');
  }

  private async submitFailed(error: unknown): Promise<void> {
    if (!isTillitError(error)) return this.fail(error);
    if (error.code === 'documents_missing') {
      // Uploads the backend lost (expired): upload the kept photos again, then the user sends again.
      const lost = (error.fields ?? []).map((f) => ({ 'documents.front': 'id_front', 'documents.back': 'id_back', 'documents.selfie': 'selfie' })[f.path] as PhotoSlot | undefined);
      for (const slot of lost) if (slot) this.photos.expire(slot);
      this.photos.resume(this.requiredSlots());
    }
    if (error.code === 'idempotency_conflict') this.draft.idempotencyKey = undefined;
    if (error.code === 'validation_failed' && error.fields?.some((f) => f.path === 'documentType')) {
      this.draft.documentType = undefined;
      this.steps.goTo('document');
    }
    return this.fail(error);
  }

  /** "Discard and start again": the draft, its photos and uploads are gone from this browser. */
  async discard(announce = true): Promise<void> {
    this.photos.reset();
    this.supplementary.reset();
    this.draft = { slots: {} };
    this.restored = false;
    this.redo = undefined;
    await draftStore.remove(this.host.draftKey);
    if (announce) {
      this.feedback.announce(() => this.i18n.t.kycUploader.discarded);
      this.steps.goTo('overview');
    }
    this.host.requestUpdate();
  }

  saveDraft(): void {
    this.draft.redo = this.redo ? [...this.redo.slots] : undefined;
    void draftStore.save(this.host.draftKey, this.draft);
  }

  private async poll(signal: AbortSignal): Promise<boolean> {
    const overview = await (await this.client.get('getKycOverview')).getKycOverview({}, { signal });
    this.show(overview);
    return overview.status !== 'pending';
  }

  /** Shows a failure with the catalog's words (loaded on the first failure). */
  async fail(error: unknown): Promise<void> {
    await this.i18n.errorsReady();
    this.feedback.showError(isTillitError(error) ? error : new TillitError('internal_error', String(error)));
  }

  stop(): void {
    this.photos.stop();
    this.poller.stop();
  }
}
