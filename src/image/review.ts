/**
 * "Block twice, then let the user send anyway": a photo that fails a check is refused the first two times in a
 * row for the same slot (ID front, ID back, selfie); from the third such photo on, the user sees the same
 * guidance but may send it. A photo that passes resets the count. The count is plain data the element keeps per
 * slot (and in its draft, so a reload does not reset it).
 */
import type { QualityCheck } from './types.js';

export interface PhotoReview {
  /**
   * `accept`: every check passed. `retake`: failed, the user must take another photo (no way to send this one).
   * `confirm`: failed again; show the guidance and let the user choose "use this photo anyway" or retake.
   */
  readonly action: 'accept' | 'retake' | 'confirm';
  /** The failed checks in guidance order (say the first one most prominently). */
  readonly failed: readonly QualityCheck[];
  /** Failed photos in a row for this slot, this one included: pass it back as `failedBefore` next time. */
  readonly failedInARow: number;
}

/** How many failing photos in a row are refused before the user may send one anyway. */
export const BLOCKED_ATTEMPTS = 2;

export function reviewPhoto(checks: readonly QualityCheck[], failedBefore = 0, blockedAttempts = BLOCKED_ATTEMPTS): PhotoReview {
  const failed = checks.filter((check) => !check.passed);
  if (failed.length === 0) return { action: 'accept', failed, failedInARow: 0 };
  const failedInARow = Math.max(0, Math.floor(failedBefore)) + 1;
  return { action: failedInARow > blockedAttempts ? 'confirm' : 'retake', failed, failedInARow };
}
