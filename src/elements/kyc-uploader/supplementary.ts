import { isTillitError } from '../../client/errors.js';
import type { SupplementaryDocumentType } from '../../contract/index.js';
import { interruptedError } from '../../controllers/async-action-controller.js';
import type { SupplementaryDraft } from './draft-store.js';
import type { KycFlow } from './kyc-flow.js';

export interface SupplementaryFile {
  readonly key: number;
  readonly name: string;
  phase: 'preparing' | 'uploading' | 'done' | 'failed';
  percent: number;
  documentId?: string;
  /** What the draft keeps of it once prepared (the file to upload, then its upload). */
  saved?: SupplementaryDraft;
}

export const MAX_SUPPLEMENTARY = 5;

/** An upload this close to its expiry goes up again rather than be sent. */
const EXPIRY_MARGIN_MS = 60_000;

/**
 * The supplementary documents a manual review asks for (a second ID, a proof of address, a selfie with the ID):
 * photos go through the same pipeline (upright, no EXIF or GPS), PDFs as they are; each uploads at once; then
 * the ids and an optional note are sent. The draft keeps each prepared file and its upload, so a reload before
 * sending shows them again (and uploads again what had not arrived or has expired).
 */
export class Supplementary {
  files: SupplementaryFile[] = [];
  private next = 0;

  constructor(private readonly flow: KycFlow) {}

  get requested(): readonly SupplementaryDocumentType[] {
    return this.flow.overview?.review?.documentTypes ?? ['second_id', 'selfie_with_id'];
  }

  open(): void {
    this.flow.feedback.clearErrors();
    this.flow.steps.goTo('supplementary');
  }

  /** After a reload: the kept documents are listed again; what is not (or no longer) at the backend goes up. */
  restore(saved: readonly SupplementaryDraft[]): void {
    this.flow.draft.supplementary = [...saved];
    this.files = saved.map((entry) => {
      const live = entry.document && Date.parse(entry.document.expiresAt) > Date.now() + EXPIRY_MARGIN_MS;
      const file: SupplementaryFile = { key: ++this.next, name: entry.file.name, phase: live ? 'done' : 'uploading', percent: live ? 100 : 0, saved: entry };
      if (live) file.documentId = entry.document!.id;
      else void this.send(file, entry.file);
      return file;
    });
  }

  add(list: FileList | readonly File[]): void {
    for (const file of [...list].slice(0, MAX_SUPPLEMENTARY - this.files.length)) void this.upload(file);
  }

  remove(key: number): void {
    const gone = this.files.find((f) => f.key === key);
    this.files = this.files.filter((f) => f.key !== key);
    if (gone?.saved) this.keep((list) => list.filter((entry) => entry !== gone.saved));
    this.flow.host.requestUpdate();
  }

  /** Sent or discarded: nothing of it stays in memory (the flow deletes the draft). */
  reset(): void {
    this.files = [];
    this.flow.draft.supplementary = undefined;
  }

  private keep(change: (list: SupplementaryDraft[]) => SupplementaryDraft[]): void {
    const list = change(this.flow.draft.supplementary ?? []);
    this.flow.draft.supplementary = list.length ? list : undefined;
    this.flow.saveDraft();
  }

  private update(): void {
    this.files = [...this.files];
    this.flow.host.requestUpdate();
  }

  private async upload(original: File): Promise<void> {
    const entry: SupplementaryFile = { key: ++this.next, name: original.name, phase: 'preparing', percent: 0 };
    this.files = [...this.files, entry];
    this.update();
    let file: File = original;
    if (!/pdf$/i.test(original.type) && !/\.pdf$/i.test(original.name)) {
      try {
        const { prepareImage } = await import('../../image/index.js');
        const photo = await prepareImage(original, { kind: 'document' });
        file = new File([photo.blob], `${original.name.replace(/\.[^.]*$/, '')}.jpg`, { type: 'image/jpeg' });
      } catch {
        // A photo this browser cannot open (HEIC outside Safari): the backend reads it as it is.
      }
    }
    // Removed while it was being prepared: nothing to keep.
    if (!this.files.includes(entry)) return;
    const saved: SupplementaryDraft = { file };
    entry.saved = saved;
    this.keep((list) => [...list, saved]);
    await this.send(entry, file);
  }

  private async send(entry: SupplementaryFile, file: File): Promise<void> {
    entry.phase = 'uploading';
    this.update();
    try {
      const client = await this.flow.client.get('uploadKycDocument');
      const document = await client.uploadKycDocument(
        { kind: 'supplementary', file },
        { onUploadProgress: ({ loaded, total }) => ((entry.percent = total ? Math.round((loaded / total) * 100) : 0), this.update()) },
      );
      entry.documentId = document.documentId;
      entry.phase = 'done';
      const saved = entry.saved;
      if (saved && this.files.includes(entry)) {
        saved.document = { id: document.documentId, expiresAt: document.expiresAt };
        this.keep((list) => list);
      }
    } catch (error) {
      entry.phase = 'failed';
      if (isTillitError(error) && error.code !== 'network') void this.flow.fail(error);
    }
    this.update();
  }

  async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const { feedback, action, i18n } = this.flow;
    if (action.pending) return;
    feedback.readFields('note');
    const documents = this.files.flatMap((f) => (f.documentId ? [f.documentId] : []));
    if (documents.length === 0) return feedback.showFieldErrors({ supplementary: () => i18n.t.kycUploader.supplementaryNone });
    const note = feedback.value('note').trim();
    const outcome = await action.run('supplementary', async (signal) =>
      (await this.flow.client.get('submitSupplementaryDocuments')).submitSupplementaryDocuments({ documents, ...(note ? { note } : {}) }, { signal }),
    );
    if (outcome.kind === 'stale') return;
    if (outcome.kind !== 'done') return this.flow.fail(outcome.kind === 'failed' ? outcome.error : interruptedError());
    // Accepted: the documents leave the browser's storage.
    await this.flow.discard(false);
    feedback.clear('note');
    feedback.clearErrors();
    this.flow.show(outcome.value);
    this.flow.steps.goTo('overview');
  }
}
