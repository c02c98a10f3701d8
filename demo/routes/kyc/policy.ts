import type {
  KycDocumentType,
  KycExtraField,
  KycLimits,
  KycRejectionReason,
  KycUploadKind,
  SupplementaryDocumentType,
} from '../../../src/contract/index.js';
import { DAY, HOUR, MINUTE } from '../../core/clock.js';
import type { SniffedType } from './sniff.js';

/** The demo exchange's numbers. A real backend takes them from its compliance rules. */
export const LIMITS: Record<0 | 1 | 2, KycLimits> = {
  0: { dailyWithdrawal: { amount: '0', currency: 'USD' }, fiatCardPurchases: false, fiatDeposits: false },
  1: { dailyWithdrawal: { amount: '2000', currency: 'USD' }, fiatCardPurchases: true, fiatDeposits: false },
  2: { dailyWithdrawal: { amount: '100000', currency: 'USD' }, fiatCardPurchases: true, fiatDeposits: true },
};

/** What the demo's level 1 asks for besides the country and the legal name, and from what age. */
export const LEVEL_ONE_FIELDS: readonly KycExtraField[] = ['dateOfBirth', 'address'];
export const MINIMUM_AGE = 18;
/** A date of birth further back than this is a typing mistake, not a customer. */
export const OLDEST_AGE = 150;

/** Every type but the passport has a back side to photograph. */
const BACK_REQUIRED: Record<KycDocumentType, boolean> = {
  passport: false,
  national_id: true,
  driving_licence: true,
  residence_permit: true,
};

/** Countries without a national ID card the demo accepts; everywhere else takes all four types. */
const NO_NATIONAL_ID = new Set(['US', 'GB', 'AU', 'CA']);

export function acceptedTypes(country: string | null): { type: KycDocumentType; backRequired: boolean }[] {
  const types = (Object.keys(BACK_REQUIRED) as KycDocumentType[]).filter(
    (type) => !(type === 'national_id' && country !== null && NO_NATIONAL_ID.has(country)),
  );
  return types.map((type) => ({ type, backRequired: BACK_REQUIRED[type] }));
}

export const backRequired = (type: KycDocumentType): boolean => BACK_REQUIRED[type];

/** Whether the user can fix the cause by submitting again (see `KycRejectionReason` in the contract). */
export const RETRYABLE: Record<KycRejectionReason, boolean> = {
  photos_missing: true,
  session_expired: true,
  browser_problem: true,
  document_incomplete: true,
  selfie_mismatch: true,
  document_expired: true,
  document_unreadable: true,
  edited_image: true,
  data_mismatch: true,
  underage: false,
  unsupported_document: true,
};

export const DEFAULT_SUPPLEMENTARY: SupplementaryDocumentType[] = ['second_id', 'selfie_with_id'];

/** Review windows (seconds after submission). The demo decides on its own at `from` when nobody did. */
export const ESTIMATE = {
  standard: { from: 15 * MINUTE, to: 60 * MINUTE },
  supplementary: { from: 1 * DAY, to: 3 * DAY },
} as const;

export const UPLOAD_TTL_SECONDS = 24 * HOUR;
export const IDEMPOTENCY_TTL_SECONDS = 24 * HOUR;
export const UPLOADS_PER_HOUR = 30;

/** PDF scans only make sense as supplementary paperwork; ID photos and selfies must be images. */
export function typeAllowedFor(kind: KycUploadKind, type: SniffedType): boolean {
  return type !== 'application/pdf' || kind === 'supplementary';
}
