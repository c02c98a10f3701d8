import type { KycRejectionReason } from '../../contract/index.js';
import type { PhotoSlot } from './draft-store.js';

/** What a rejection asks the user to do again: the details, the document type, and which photos. */
export interface Redo {
  readonly details: boolean;
  readonly documentType: boolean;
  readonly slots: readonly PhotoSlot[];
}

const DOCUMENT: readonly PhotoSlot[] = ['id_front', 'id_back'];
const ALL: readonly PhotoSlot[] = ['id_front', 'id_back', 'selfie'];

/**
 * Only the failed parts: a cut-off or unreadable document asks for the document photos, a mismatching selfie for
 * the selfie, wrong details for level 1, an expired or unaccepted document for another document (so its photos).
 * Reasons that are not about a photo (`session_expired`, `photos_missing`, `browser_problem`) ask for nothing new:
 * the photos still uploaded are sent again, and only those the backend lost are taken again.
 */
export function redoFor(reasons: readonly KycRejectionReason[]): Redo {
  const slots = new Set<PhotoSlot>();
  const add = (list: readonly PhotoSlot[]) => list.forEach((slot) => slots.add(slot));
  let details = false;
  let documentType = false;
  for (const reason of reasons) {
    if (reason === 'document_incomplete' || reason === 'document_unreadable') add(DOCUMENT);
    else if (reason === 'document_expired' || reason === 'unsupported_document') {
      documentType = true;
      add(DOCUMENT);
    } else if (reason === 'selfie_mismatch') add(['selfie']);
    else if (reason === 'edited_image') add(ALL);
    else if (reason === 'data_mismatch') details = true;
  }
  return { details, documentType, slots: ALL.filter((slot) => slots.has(slot)) };
}
