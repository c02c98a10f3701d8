/**
 * Dates of the overview and of a task's outcome in the user's language and time zone (the host may name one with
 * `time-zone`): a day for "added", "since", "last changed", "free again from". The lock's end is the shared
 * notice's (date, time and zone), which reads `locale` and `timeZone`. The element makes one per render and hands it
 * to its views, so the task part formats days without importing this module (see docs/ARCHITECTURE.md, "Lazy parts").
 */
export interface DateWords {
  readonly locale: string;
  readonly timeZone: string | undefined;
  /** The day of `iso`, e.g. "3 Dec 2026". */
  day(iso: string): string;
}

export function dateWords(locale: string, timeZone: string | undefined): DateWords {
  return {
    locale,
    timeZone,
    day: (iso) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(new Date(iso)),
  };
}
