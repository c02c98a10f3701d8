import type { Locale } from '../types.js';
import { formatDuration } from './duration.js';
import { formatTime } from './time.js';

/**
 * How long a lock still runs, as the end of a "Try again ..." sentence: "in 14 min 05 sec (at 3:05:30 PM)", or
 * whichever part is known ("in 45 sec", "after 3:05:30 PM"), or `later`. The words come from the locale's file.
 */
export function lockWait(
  locale: Locale,
  p: { readonly seconds?: number | undefined; readonly until?: Date | undefined },
  inWord: string,
  atWord: string,
  afterWord: string,
  later: string,
): string {
  if (p.seconds && p.until) return `${inWord} ${formatDuration(locale, p.seconds)} (${atWord} ${formatTime(locale, p.until)})`;
  if (p.seconds) return `${inWord} ${formatDuration(locale, p.seconds)}`;
  if (p.until) return `${afterWord} ${formatTime(locale, p.until)}`;
  return later;
}
