import type { kycEndpoints, kycTestingEndpoints } from '../kyc.js';
import type { EndpointDocs } from './define.js';

const overviewRule =
  'The overview answers every KYC screen: the approved `level`, the `status` of the latest verification, the ' +
  'limits now and per level, the review in progress (or last decided) and the ID types accepted for the country.';

export const kycDocs: EndpointDocs<typeof kycEndpoints> = {
  getKycOverview: {
    summary: 'The verification level, limits and requirements per level, and any review.',
    description:
      `${overviewRule} A level is \`locked\` until the one below is approved. A pending review reports ` +
      '`estimatedCompletion` (15-60 minutes for level 2, days for a supplementary review); the page polls this ' +
      'endpoint or shows it when the user comes back. A `rejected` review lists `reasons`, each `retryable` or not.',
  },
  submitKycLevel1: {
    summary: 'Level 1: country/region, full legal name and date of birth.',
    description:
      'Names as on the ID document. `dateOfBirth` is `YYYY-MM-DD`; a holder under 18 at the server\'s date (or a ' +
      'date in the future) answers `validation_failed` with `dateOfBirth` `not_allowed`. The details may be ' +
      'corrected while level 2 is neither approved nor under review; otherwise `kyc_level_unavailable`. ' +
      'Answers the overview (a backend that approves level 1 later answers it with level 1 `pending`).',
  },
  uploadKycDocument: {
    summary: 'Upload one photo (ID front, ID back, selfie) or a supplementary document.',
    description:
      'multipart/form-data with `kind` and `file`. Accepted: JPEG, PNG and HEIC for every kind, PDF for ' +
      '`supplementary` only; the type is read from the file\'s content (magic bytes), so a renamed or ' +
      'mislabelled file answers `unsupported_media_type`. At most 10 MB (`payload_too_large`); under 100 bytes ' +
      'answers `validation_failed` (`file` too_small). Needs level 1 approved and level 2 not yet approved ' +
      '(`kyc_level_unavailable`). An upload is kept 24 hours (`expiresAt`) and may be used by any submission ' +
      'in that time. At most 30 uploads an hour (`rate_limited`).',
  },
  submitKycLevel2: {
    summary: 'Level 2: submit the uploaded ID photos and selfie for review.',
    description:
      'Needs level 1 approved, no review pending or asking for supplementary documents, and level 2 not ' +
      'approved or rejected for good (every reason retryable); else `kyc_level_unavailable`. `documentType` must ' +
      'be accepted for the country (`validation_failed`, `documentType` not_allowed). Each document must be an ' +
      'unexpired upload of this user of the right kind (`front` id_front, `back` id_back, `selfie` selfie); ' +
      '`back` is required when the type has a back side (every type but `passport`). A missing, expired or ' +
      'wrong-kind document answers `documents_missing` with `fields` such as `documents.back`. The same ' +
      '`idempotencyKey` with the same body answers the first answer again without a second submission; with a ' +
      'different body, `idempotency_conflict`. Keys are remembered 24 hours. Answers 202 with the overview, ' +
      'review `pending`.',
  },
  submitSupplementaryDocuments: {
    summary: 'Answer a `supplementary_required` review with 1-5 supplementary uploads.',
    description:
      'Only while the status is `supplementary_required` (else `kyc_level_unavailable`). Each id must be an ' +
      'unexpired upload of kind `supplementary` (else `documents_missing`, `fields` `documents.<index>`); an ' +
      'optional `note` (up to 1000 characters) goes to the reviewer. Answers 202 with the overview: review ' +
      '`pending`, stage `supplementary`, `estimatedCompletion` in days (reviewed by hand).',
  },
};

export const kycTestingDocs: EndpointDocs<typeof kycTestingEndpoints> = {
  decideKycReview: {
    summary: 'Decide the pending KYC review of a user (the reviewer\'s desk).',
    description:
      '`approve` approves level 2; `reject` needs `reasons` (not `selfie_mismatch`); `supplementary_required` ' +
      'asks for supplementary documents (`documentTypes`, default second_id and selfie_with_id) with reason ' +
      '`selfie_mismatch`. `not_found` when the user has no pending review. A backend in test mode approves a ' +
      'review nobody decided once `estimatedCompletion.from` passes on its clock (the reference backend: 15 ' +
      'minutes for level 2, a day for a supplementary review), so suites see pending -> approved with ' +
      '`advanceClock`. Answers the user\'s overview.',
  },
};
