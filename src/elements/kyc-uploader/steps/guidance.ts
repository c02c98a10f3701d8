import type { QualityCheck } from '../../../image/index.js';
import type { ImageFormat, PrepareImageErrorCode } from '../../../image/index.js';
import type { KycUploaderMessages } from '../messages.js';

/** The guidance for a failed check, in the user's language (`cut_off` names the sides). */
export function checkText(t: KycUploaderMessages, check: QualityCheck, selfie: boolean, locale: string): string {
  switch (check.id) {
    case 'too_dark':
      return t.check_too_dark;
    case 'glare':
      return t.check_glare;
    case 'blurred':
      return t.check_blurred;
    case 'too_small':
      return selfie ? t.check_too_small_selfie : t.check_too_small;
    case 'cut_off': {
      if (check.sides.length === 0 || check.sides.length === 4) return t.check_cut_off_all;
      const sides = new Intl.ListFormat(locale, { type: 'conjunction' }).format(check.sides.map((side) => t[`side_${side}`]));
      return t.check_cut_off({ sides, count: check.sides.length });
    }
  }
}

/** What to say about a file the pipeline could not read. */
export function fileProblemText(t: KycUploaderMessages, code: PrepareImageErrorCode, format: ImageFormat | undefined): string {
  if (code === 'unsupported_format' && format === 'heic') return t.file_heic;
  return t[`file_${code}`];
}
