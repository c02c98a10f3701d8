/**
 * Dates of the overview in the user's language and time zone (the host may name one with `time-zone`): a day for
 * "added", "since", "last changed". The lock's end is the shared notice's (date, time and zone).
 */
export interface DateWords {
  readonly locale: string;
  readonly timeZone: string | undefined;
}

export function formatDay(w: DateWords, iso: string): string {
  return new Intl.DateTimeFormat(w.locale, { dateStyle: 'medium', timeZone: w.timeZone }).format(new Date(iso));
}
