import type { Locale } from '../types.js';

/** Options for `formatLockEnd`: the clock the reader is on (tests and a host with its own clock pass them). */
export interface LockEndOptions {
  /** "Now", to decide whether the year is worth saying. Default: the current time. */
  readonly now?: Date | undefined;
  /** An IANA time zone such as `Europe/Stockholm`. Default: the browser's, which is the user's. */
  readonly timeZone?: string | undefined;
}

/**
 * When a withdrawal lock ends, as a reader in `locale` says it, with the time zone named so it is not misread:
 * "Friday 27 November at 16:06 CET", sv "fredag 27 november kl. 16:06 CET", and the year when it is not this one.
 * The time is rounded UP to the whole minute: a lock that ends at 16:05:30 must not read as open at 16:05.
 */
export function formatLockEnd(locale: Locale, until: Date, options: LockEndOptions = {}): string {
  const { now = new Date(), timeZone } = options;
  const end = new Date(Math.ceil(until.getTime() / 60_000) * 60_000);
  const year = (date: Date) => new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone }).format(date);
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: year(end) === year(now) ? undefined : 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(end);
}
