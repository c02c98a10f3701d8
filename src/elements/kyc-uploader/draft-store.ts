import type { KycDocumentType } from '../../contract/index.js';

/** The photos of a level-2 submission. */
export type PhotoSlot = 'id_front' | 'id_back' | 'selfie';

export interface SlotDraft {
  /** The processed photo (upright JPEG, no EXIF) the user accepted: kept so a reload never asks for it again. */
  photo?: { blob: Blob; width: number; height: number } | undefined;
  /** Failing photos in a row for this slot (`reviewPhoto`): a reload must not reset "block twice". */
  failedInARow: number;
  /** The backend's upload, reused by any submission until it expires. */
  document?: { id: string; expiresAt: string } | undefined;
}

/** One supplementary document: the file as it goes up (a processed photo, or the PDF as it was) and its upload. */
export interface SupplementaryDraft {
  file: File;
  document?: { id: string; expiresAt: string } | undefined;
}

export interface LevelOneDetails {
  country: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  /** Absent in a draft saved before the address was asked for. */
  addressLine1?: string;
  addressLine2?: string;
  city?: string;
  postalCode?: string;
}

/** What `<kyc-uploader>` keeps between visits, until the submission is accepted or the user discards it. */
export interface KycDraft {
  details?: LevelOneDetails | undefined;
  documentType?: KycDocumentType | undefined;
  slots: Partial<Record<PhotoSlot, SlotDraft>>;
  /** The key of the submission being sent, so a retry after a reload cannot submit twice. */
  idempotencyKey?: string | undefined;
  /** After a rejection: the slots to do again (the rest is kept). */
  redo?: PhotoSlot[] | undefined;
  /** The documents a `supplementary_required` review asked for, until they are sent or removed. */
  supplementary?: SupplementaryDraft[] | undefined;
}

const DB = 'tillit-kyc';
const STORE = 'drafts';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

let opened: Promise<IDBDatabase> | undefined;

function database(): Promise<IDBDatabase> {
  opened ??= new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => {
      const db = req.result;
      // Another tab upgrading or deleting the database: let it, and open again next time.
      db.onversionchange = () => {
        db.close();
        opened = undefined;
      };
      resolve(db);
    };
    req.onerror = () => reject(req.error ?? new Error('IndexedDB unavailable'));
    req.onblocked = () => reject(new Error('IndexedDB blocked'));
  }).catch((error: unknown) => {
    opened = undefined;
    throw error;
  });
  return opened;
}

async function store(mode: IDBTransactionMode): Promise<IDBObjectStore> {
  return (await database()).transaction(STORE, mode).objectStore(STORE);
}

/**
 * The draft in IndexedDB under `key` (the host's `draft-key`, e.g. the user's id). Blobs are stored as they are
 * (IndexedDB keeps them on disk), so a crash or a reload loses nothing. Where IndexedDB is unavailable (a private
 * window in some browsers) every call quietly does nothing: the flow still works, only without resuming.
 */
export const draftStore = {
  async load(key: string): Promise<KycDraft | undefined> {
    try {
      const value = (await request((await store('readonly')).get(key))) as KycDraft | undefined;
      return value && typeof value === 'object' && value.slots ? value : undefined;
    } catch {
      return undefined;
    }
  },
  async save(key: string, draft: KycDraft): Promise<void> {
    try {
      await request((await store('readwrite')).put(draft, key));
    } catch (error) {
      console.warn('tillit: could not save the verification draft', error);
    }
  },
  async remove(key: string): Promise<void> {
    try {
      await request((await store('readwrite')).delete(key));
    } catch {
      // Nothing stored, or nothing to store into.
    }
  },
};
