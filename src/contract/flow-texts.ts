import type { KycRejectionReason } from './kyc.js';
import type { TwoFactorResetAlternative, TwoFactorResetRejection } from './two-factor-reset.js';

/* What each reason code of a review tells the user: the flow guides of flows.ts list them as rules. */

/** What the user should do for each reason a KYC review gives (the "Check" on a failed verification). */
export const kycRejectionAdvice: Readonly<Record<KycRejectionReason, string>> = {
  photos_missing: 'Not every photo arrived: upload every photo and submit again.',
  session_expired: 'The page was open too long: refresh and submit again; uploads are kept, nothing is taken again.',
  browser_problem: 'The capture failed in this browser: try another browser or the app.',
  document_incomplete: 'The document is cut off: retake the photo with all edges of the document in the picture.',
  selfie_mismatch: 'The selfie does not match the ID: the review asks for supplementary documents and goes on by hand.',
  document_expired: 'The ID has expired: use a valid document.',
  document_unreadable: 'The photo is blurred, dark or reflecting: retake it in good light.',
  edited_image: 'The photo was edited or carries a watermark: upload the original photo.',
  data_mismatch: 'The ID does not match the level 1 details: correct them, or use your own document.',
  underage: 'The holder is under 18: verification is not possible.',
  unsupported_document: 'That document is not accepted for the country: use one of the accepted documents.',
};

/** What each reason a 2FA reset review refuses a request for tells the user. */
export const twoFactorResetRejectionText: Readonly<Record<TwoFactorResetRejection, string>> = {
  identity_not_confirmed: 'The identity check did not confirm the user owns the account.',
  insufficient_information: 'The request did not give enough to decide; a new request may give more.',
  account_activity_mismatch: 'The request does not fit the recent activity of the account.',
};

/** The alternatives a rejected 2FA reset offers. */
export const twoFactorResetAlternativeText: Readonly<Record<TwoFactorResetAlternative, string>> = {
  restore_from_recovery_phrase: 'Restore the authenticator from the saved setup key or recovery phrase.',
  transfer_authenticator: 'Move the accounts from the old phone (export/import in the authenticator app).',
  contact_support: 'Contact support.',
};

export const codeRules = (label: string, entries: Readonly<Record<string, string>>): string[] =>
  Object.entries(entries).map(([code, text]) => `${label} \`${code}\`: ${text}`);
