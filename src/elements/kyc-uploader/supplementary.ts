import { isTillitError } from '../../client/errors.js';
import type { SupplementaryDocumentType } from '../../contract/index.js';
import { interruptedError } from '../../controllers/async-action-controller.js';
import type { KycFlow } from './kyc-flow.js';

export interface SupplementaryFile {
  readonly key: number;
  readonly name: string;
  phase: 'preparing' | 'uploading' | 'done' | 'failed';
  percent: number;
  documentId?: string;
}

export const MAX_SUPPLEMENTARY = 5;

/**
 * The supplementary documents a manual review asks for (a second ID, a proof of address, a selfie with the ID):
 * photos go through the same pipeline (upright, no EXIF or GPS), PDFs as they are; each uploads at once; then
 * the ids and an optional note are sent.
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

  add(list: FileList | readonly File[]): void {
    for (const file of [...list].slice(0, MAX_SUPPLEMENTARY - this.files.length)) void this.upload(file);
  }

  remove(key: number): void {
    this.files = this.files.filter((f) => f.key !== key);
    this.flow.host.requestUpdate();
  }

  private async upload(original: File): Promise<void> {
    const entry: SupplementaryFile = { key: ++this.next, name: original.name, phase: 'preparing', percent: 0 };
    this.files = [...this.files, entry];
    const update = () => {
      this.files = [...this.files];
      this.flow.host.requestUpdate();
    };
    update();
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
    entry.phase = 'uploading';
    update();
    try {
      const client = await this.flow.client.get('uploadKycDocument');
      const document = await client.uploadKycDocument(
        { kind: 'supplementary', file },
        { onUploadProgress: ({ loaded, total }) => ((entry.percent = total ? Math.round((loaded / total) * 100) : 0), update()) },
      );
      entry.documentId = document.documentId;
      entry.phase = 'done';
    } catch (error) {
      entry.phase = 'failed';
      if (isTillitError(error) && error.code !== 'network') void this.flow.fail(error);
    }
    update();
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
    this.files = [];
    feedback.clear('note');
    feedback.clearErrors();
    this.flow.show(outcome.value);
    this.flow.steps.goTo('overview');
  }
}
