import * as z from 'zod/mini';
import { Id, Instant } from './common.js';
import { endpoint } from './define.js';

/** ISO 3166-1 alpha-2 country or region code, upper case, e.g. `SE`. */
export const CountryCode = z.string().check(z.regex(/^[A-Z]{2}$/));

/**
 * A part of a legal name as printed on the ID: 1-100 characters, letters of any script (with diacritics), spaces,
 * hyphens and apostrophes, starting with a letter. Digits and other symbols are refused (`invalid_format`).
 */
export const LegalNamePart = z
  .string()
  .check(z.minLength(1), z.maxLength(100), z.regex(/^\p{L}[\p{L}\p{M} '’-]*$/u));

/** A decimal amount as a string, so no precision is lost: `2000`, `0.5`. */
export const DecimalAmount = z.string().check(z.regex(/^\d+(\.\d+)?$/));
export const Money = z.object({
  amount: DecimalAmount,
  /** ISO 4217 code or asset ticker, e.g. `USD`, `BTC`. */
  currency: z.string().check(z.minLength(2), z.maxLength(10)),
});

/** What a verification level allows. Backends may add members; elements show the ones they know. */
export const KycLimits = z.looseObject({
  dailyWithdrawal: Money,
  fiatCardPurchases: z.boolean(),
  fiatDeposits: z.boolean(),
});
export type KycLimits = z.infer<typeof KycLimits>;

/** Government-issued ID types. Which ones a country accepts, and which have a back side, is in the overview. */
export const KycDocumentType = z.enum(['passport', 'national_id', 'driving_licence', 'residence_permit']);
export type KycDocumentType = z.infer<typeof KycDocumentType>;

/** What one uploaded file is for. `supplementary` files answer a `supplementary_required` review. */
export const KycUploadKind = z.enum(['id_front', 'id_back', 'selfie', 'supplementary']);
export type KycUploadKind = z.infer<typeof KycUploadKind>;

/** What a level asks for; elements map each code to a localized label. */
export const KycRequirement = z.enum([
  'country',
  'legal_name',
  'date_of_birth',
  'address',
  'id_document_front',
  'id_document_back',
  'selfie',
]);
export type KycRequirement = z.infer<typeof KycRequirement>;

/**
 * Why a review failed. Elements localize each with what the user should do:
 * - `photos_missing`: not every photo arrived; upload every photo and submit again.
 * - `session_expired`: the page was open too long; refresh and submit again (uploads are kept for 24 hours).
 * - `browser_problem`: the capture failed in this browser; try another browser or the app.
 * - `document_incomplete`: the document is cut off; retake the photo with all four edges visible.
 * - `selfie_mismatch`: the selfie does not match the ID; the review asks for supplementary documents instead.
 * - `document_expired`: the ID has expired; use a valid document.
 * - `document_unreadable`: blurred, dark or reflecting; retake the photo in good light.
 * - `edited_image`: the photo was edited or carries a watermark; upload the original, unedited photo.
 * - `data_mismatch`: the ID does not match the level-1 details; correct them or use your own document.
 * - `underage`: the holder is under 18; verification is not possible (not retryable).
 * - `unsupported_document`: that document is not accepted for the country; use one from `acceptedDocuments`.
 */
export const KycRejectionReason = z.enum([
  'photos_missing',
  'session_expired',
  'browser_problem',
  'document_incomplete',
  'selfie_mismatch',
  'document_expired',
  'document_unreadable',
  'edited_image',
  'data_mismatch',
  'underage',
  'unsupported_document',
]);
export type KycRejectionReason = z.infer<typeof KycRejectionReason>;

/** What the manual review may ask for when the selfie does not match the ID. */
export const SupplementaryDocumentType = z.enum(['second_id', 'proof_of_address', 'selfie_with_id']);
export type SupplementaryDocumentType = z.infer<typeof SupplementaryDocumentType>;

export const KycStatus = z.enum(['none', 'pending', 'approved', 'rejected', 'supplementary_required']);
export type KycStatus = z.infer<typeof KycStatus>;

export const KycLevelState = z.enum(['locked', 'available', 'pending', 'approved', 'rejected', 'supplementary_required']);
export type KycLevelState = z.infer<typeof KycLevelState>;

/**
 * Input fields of level 1 beyond the country and the legal name that a backend may require: `dateOfBirth`
 * (`YYYY-MM-DD`) and `address` (`PostalAddress`). A level's `fields` names the ones it requires.
 */
export const KycExtraField = z.enum(['dateOfBirth', 'address']);
export type KycExtraField = z.infer<typeof KycExtraField>;

/** The youngest age, in whole years, a backend verifies when `minimumAge` does not say otherwise. */
export const KYC_DEFAULT_MINIMUM_AGE = 18;

/** A line of a postal address, a city or a postal code: trimmed, then 1 to `max` characters. */
const addressPart = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/**
 * A postal address (where the user lives): one or two street lines (the second for a flat, c/o), the city, the
 * postal code (letters, digits, spaces and hyphens, as the country writes it) and the country or region.
 */
export const PostalAddress = z.object({
  lines: z.array(addressPart(100)).check(z.minLength(1), z.maxLength(2)),
  city: addressPart(100),
  postalCode: z.string().check(z.trim(), z.regex(/^[A-Za-z0-9](?:[A-Za-z0-9 -]{0,10}[A-Za-z0-9])?$/)),
  country: CountryCode,
});
export type PostalAddress = z.infer<typeof PostalAddress>;

export const KycLevelInfo = z.object({
  level: z.union([z.literal(1), z.literal(2)]),
  /** `locked` until the level below is approved; `rejected` with a non-retryable review cannot be submitted again. */
  state: KycLevelState,
  /** What the account may do once this level is approved. */
  limits: KycLimits,
  requirements: z.array(KycRequirement),
  /**
   * Level 1: the extra input fields (`KycExtraField`) this backend requires; a submission without one answers
   * `validation_failed` naming it `required`. Absent or empty: none. Level 2 has none.
   */
  fields: z.optional(z.array(KycExtraField)),
  /** Level 1 requiring `dateOfBirth`: the youngest age verified, in whole years; absent means 18. */
  minimumAge: z.optional(z.int().check(z.gte(1), z.lte(120))),
});
export type KycLevelInfo = z.infer<typeof KycLevelInfo>;

/** The level-2 review in progress, or the last one decided. */
export const KycReview = z.object({
  level: z.literal(2),
  /** `standard`: the ID and selfie check (15-60 minutes); `supplementary`: the manual review (days). */
  stage: z.enum(['standard', 'supplementary']),
  status: z.enum(['pending', 'approved', 'rejected', 'supplementary_required']),
  submittedAt: Instant,
  decidedAt: z.nullable(Instant),
  /** When a pending review is expected to end: a range, shown as "usually 15-60 minutes" or "can take days". */
  estimatedCompletion: z.object({ from: Instant, to: Instant }),
  /** Empty unless rejected or supplementary_required. */
  reasons: z.array(z.object({ code: KycRejectionReason, retryable: z.boolean() })),
  /** For a `rejected` review: whether level 2 may be submitted again (every reason retryable). Else false. */
  retryable: z.boolean(),
  /** For `supplementary_required`: what the reviewer asks the user to upload. */
  documentTypes: z.optional(z.array(SupplementaryDocumentType)),
});
export type KycReview = z.infer<typeof KycReview>;

export const AcceptedDocuments = z.object({
  /** The country from level 1, or null before it (then the list is the backend's general one). */
  country: z.nullable(CountryCode),
  types: z.array(z.object({ type: KycDocumentType, backRequired: z.boolean() })).check(z.minLength(1)),
});

export const KycOverview = z.object({
  /** Highest approved level: 0 (none), 1 or 2. */
  level: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  /** The latest verification: `none` before any, `approved` when nothing is outstanding. */
  status: KycStatus,
  /** What the account may do now, at `level`. */
  limits: KycLimits,
  levels: z.array(KycLevelInfo),
  review: z.nullable(KycReview),
  acceptedDocuments: AcceptedDocuments,
});
export type KycOverview = z.infer<typeof KycOverview>;

/** Files below this size cannot be a photo or scan and are refused as `validation_failed` (`file` too_small). */
export const KYC_UPLOAD_MIN_BYTES = 100;
/** Larger files answer `payload_too_large`. */
export const KYC_UPLOAD_MAX_BYTES = 10 * 1024 * 1024;

/** What an uploaded file may be, read from its content: photos of every kind, PDF for supplementary documents. */
export const KYC_UPLOAD_TYPES = ['image/jpeg', 'image/png', 'image/heic', 'application/pdf'] as const;

export const KycDocument = z.object({
  documentId: Id,
  kind: KycUploadKind,
  /** The type found in the file's content, not the one the browser declared. */
  contentType: z.enum(KYC_UPLOAD_TYPES),
  sizeBytes: z.int().check(z.gte(1)),
  uploadedAt: Instant,
  /** Uploads live 24 hours: a submission within that time reuses them, so a refresh never means re-uploading. */
  expiresAt: Instant,
});
export type KycDocument = z.infer<typeof KycDocument>;

/** Client-chosen key that makes a retried submission safe: 8-64 letters, digits, `-` or `_` (a UUID fits). */
export const IdempotencyKey = z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/));

export const kycEndpoints = {
  getKycOverview: endpoint({
    method: 'GET',
    path: '/v1/kyc',
    flow: 'kyc',
    access: 'session',
    input: z.object({}),
    output: KycOverview,
    errors: [],
    idempotent: true,
  }),
  submitKycLevel1: endpoint({
    method: 'POST',
    path: '/v1/kyc/level-1',
    flow: 'kyc',
    access: 'session',
    input: z.object({
      country: CountryCode,
      firstName: LegalNamePart,
      lastName: LegalNamePart,
      /** Required when level 1's `fields` names it. A real date, not after the server's today, the holder old enough. */
      dateOfBirth: z.optional(z.iso.date()),
      /** Required when level 1's `fields` names it; its `country` is the `country` above. */
      address: z.optional(PostalAddress),
    }),
    output: KycOverview,
    errors: ['kyc_level_unavailable'],
  }),
  uploadKycDocument: endpoint({
    method: 'POST',
    path: '/v1/kyc/documents',
    flow: 'kyc',
    access: 'session',
    input: z.object({
      kind: KycUploadKind,
      file: z.file().check(z.minSize(KYC_UPLOAD_MIN_BYTES)),
    }),
    output: KycDocument,
    status: 201,
    errors: ['payload_too_large', 'unsupported_media_type', 'kyc_level_unavailable', 'rate_limited'],
    upload: true,
    fileTypes: KYC_UPLOAD_TYPES,
  }),
  submitKycLevel2: endpoint({
    method: 'POST',
    path: '/v1/kyc/level-2',
    flow: 'kyc',
    access: 'session',
    input: z.object({
      documentType: KycDocumentType,
      documents: z.object({ front: Id, back: z.optional(Id), selfie: Id }),
      idempotencyKey: IdempotencyKey,
    }),
    output: KycOverview,
    status: 202,
    errors: ['kyc_level_unavailable', 'documents_missing', 'idempotency_conflict'],
  }),
  submitSupplementaryDocuments: endpoint({
    method: 'POST',
    path: '/v1/kyc/supplementary',
    flow: 'kyc',
    access: 'session',
    input: z.object({
      documents: z.array(Id).check(z.minLength(1), z.maxLength(5)),
      note: z.optional(z.string().check(z.maxLength(1000))),
    }),
    output: KycOverview,
    status: 202,
    errors: ['kyc_level_unavailable', 'documents_missing'],
  }),
} as const;

export const kycTestingEndpoints = {
  decideKycReview: endpoint({
    method: 'POST',
    path: '/v1/testing/kyc/decide',
    flow: 'testing',
    access: 'testing',
    input: z.object({
      userId: Id,
      decision: z.enum(['approve', 'reject', 'supplementary_required']),
      reasons: z.optional(z.array(KycRejectionReason).check(z.minLength(1))),
      documentTypes: z.optional(z.array(SupplementaryDocumentType).check(z.minLength(1))),
    }),
    output: KycOverview,
    errors: ['not_found'],
  }),
} as const;
