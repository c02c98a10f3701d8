import type { kycEndpoints, kycTestingEndpoints } from '../kyc.js';
import type { EndpointDocs } from './define.js';

const overviewRule =
  'The overview answers every KYC screen: the approved `level`, the `status` of the latest verification, the ' +
  'limits now and per level, the review in progress (or last decided) and the ID types accepted for the country.';

const acceptedRule =
  'Which ID types a country accepts is the backend\'s policy (the reference backend takes all four types ' +
  'everywhere except `national_id` for US, GB, AU and CA); clients, and the conformance suite, take it from ' +
  '`acceptedDocuments` of the overview and never assume a list. Every type but `passport` has a back side ' +
  '(`backRequired` true).';

const retryRule =
  'Every rejection reason is retryable except `underage`: a rejected review has `retryable` true exactly when ' +
  'every one of its reasons is, and only then may level 2 be submitted again.';

const uploadTypeRule =
  'The type is read from the file\'s content (magic bytes): JPEG (`FF D8 FF`), PNG (`89 50 4E 47 0D 0A 1A 0A`), ' +
  'HEIC (an ISO `ftyp` box at byte 4 with brand `heic`, `heix`, `hevc`, `hevx`, `heim`, `heis`, `mif1` or ' +
  '`msf1`) or PDF (`%PDF-`). JPEG, PNG and HEIC are accepted for every kind, PDF for `supplementary` only; any ' +
  'other content answers `unsupported_media_type`. What the file claims must not contradict its content, or the ' +
  'answer is `unsupported_media_type` too: the file part\'s declared `Content-Type`, unless it is empty or ' +
  '`application/octet-stream`, must be a name of the content\'s type (`image/jpeg`, `image/jpg`, `image/pjpeg`; ' +
  '`image/png`; `image/heic`, `image/heif`, `image/heic-sequence`, `image/heif-sequence`; `application/pdf`); and a ' +
  'file-name extension that names one of these types (`.jpg`, `.jpeg`, `.jpe`, `.png`, `.heic`, `.heif`, `.pdf`, ' +
  'any case) must name the content\'s type. Other extensions, and names without one, are not looked at. So a JPEG ' +
  'sent as `application/octet-stream` named `selfie` is accepted, and a PNG sent as `image/jpeg` or named ' +
  '`front.jpg` is refused. `contentType` in the answer is the type read from the content.';

export const kycDocs: EndpointDocs<typeof kycEndpoints> = {
  getKycOverview: {
    summary: 'The verification level, limits and requirements per level, and any review.',
    description:
      `${overviewRule} \`levels\` lists level 1 then level 2. Level 1 requires \`country\` and \`legal_name\`, ` +
      'and lists in `fields` the extra input fields the backend requires (`dateOfBirth`, `address`), each also ' +
      'named in `requirements` (`date_of_birth`, `address`), with `minimumAge` when it requires `dateOfBirth` (the ' +
      'reference backend requires both, at 18); level 2 `id_document_front`, `id_document_back` and `selfie`. Each level\'s limits are ' +
      'higher than the one below (`dailyWithdrawal` grows); `limits` are those of the approved `level`. `status` is ' +
      '`none` before any verification (`review` null), the status of the level-2 review while one is outstanding ' +
      '(`pending`, `rejected`, `supplementary_required`), and `approved` otherwise (level 1 approved and nothing ' +
      'outstanding, or level 2 approved). ' +
      `A level is \`locked\` until the one below is approved. A pending review reports ` +
      '`estimatedCompletion` (15-60 minutes for level 2, days for a supplementary review); the page polls this ' +
      'endpoint or shows it when the user comes back. A `rejected` review lists `reasons`, each `retryable` or not. ' +
      `${retryRule} ${acceptedRule}`,
  },
  submitKycLevel1: {
    summary: 'Level 1: country/region, full legal name, and the extra fields the backend requires.',
    description:
      'Names as on the ID document. Level 1\'s `fields` in the overview names the extra fields this backend ' +
      'requires (`dateOfBirth`, `address`); a submission without one answers `validation_failed` with that field ' +
      '`required` (all missing ones at once). A field not required may still be sent, and is checked. ' +
      '`dateOfBirth` is `YYYY-MM-DD`: a date after the server\'s today answers `validation_failed` with ' +
      '`dateOfBirth` `too_large`, one more than 150 years back `too_small`, a holder younger than level 1\'s ' +
      '`minimumAge` (18 when absent) at the server\'s date `not_allowed` (the birthday counts: 18 on the day). ' +
      '`address` has one or two `lines`, `city`, `postalCode` and `country`, which must be the `country` above ' +
      '(else `address.country` `mismatch`). The details may be ' +
      'corrected while level 2 is neither approved nor under review; otherwise `kyc_level_unavailable`. ' +
      'Level 1 is a data check, approved at once: the answer is the overview with `level` 1, ' +
      'level 1 `approved`, and `acceptedDocuments` for the new country.',
  },
  uploadKycDocument: {
    summary: 'Upload one photo (ID front, ID back, selfie) or a supplementary document.',
    description:
      'multipart/form-data with `kind` and `file`; a body that is not multipart answers `malformed_request`. ' +
      `${uploadTypeRule} At most 10 MiB (\`payload_too_large\`); under 100 bytes answers \`validation_failed\` ` +
      '(`file` too_small). Needs level 1 approved and level 2 not yet approved (`kyc_level_unavailable`). An ' +
      'upload is kept 24 hours (`expiresAt`, exactly 24 hours after `uploadedAt`) and may be used by any ' +
      'submission of the same user in that time. At most 30 uploads an hour (`rate_limited`).',
  },
  submitKycLevel2: {
    summary: 'Level 2: submit the uploaded ID photos and selfie for review.',
    description:
      'Checks, in this order: a known `idempotencyKey` (below); level 1 approved, no review pending or asking ' +
      'for supplementary documents, and level 2 neither approved nor rejected for good (a rejection is retryable ' +
      'when every reason is), else `kyc_level_unavailable`; `documentType` accepted for the country of level 1 ' +
      '(see `acceptedDocuments`; `validation_failed`, `documentType` not_allowed); the documents. Each document must be an ' +
      'unexpired upload of this user of the right kind (`front` id_front, `back` id_back, `selfie` selfie); ' +
      '`back` is required when the type has a back side (every type but `passport`). A missing, expired or ' +
      'wrong-kind document (or one of another user) answers `documents_missing`, naming every such document in ' +
      '`fields` at once (`documents.front`, `documents.back`, `documents.selfie`, code `required`). The same ' +
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
      '`approve` approves level 2; `reject` needs `reasons` (not `selfie_mismatch`; the review is `retryable` ' +
      'unless one of them is `underage`); `supplementary_required` ' +
      'asks for supplementary documents (`documentTypes`, default second_id and selfie_with_id) with reason ' +
      '`selfie_mismatch`. `not_found` when the user has no pending review. A backend in test mode approves a ' +
      'review nobody decided once `estimatedCompletion.from` passes on its clock (the reference backend: 15 ' +
      'minutes for level 2, a day for a supplementary review), so suites see pending -> approved with ' +
      '`advanceClock`. Answers the user\'s overview.',
  },
};
