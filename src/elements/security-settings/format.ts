/**
 * Dates of the overview in the user's language and time zone (the host may name one with `time-zone`): a day for
 * "added", "since", "last changed"; a day and time with the zone's name for when withdrawals open again, since a
 * lock that ends at 15:05 CET must not read as 15:05 in another zone.
 */
export interface DateWords {
  readonly locale: string;
  readonly timeZone: string | undefined;
}

export function formatDay(w: DateWords, iso: string): string {
  return new Intl.DateTimeFormat(w.locale, { dateStyle: 'medium', timeZone: w.timeZone }).format(new Date(iso));
}

export function formatMoment(w: DateWords, iso: string): string {
  return new Intl.DateTimeFormat(w.locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: w.timeZone,
    timeZoneName: 'short',
  }).format(new Date(iso));
}
