import type { Locale } from '../types.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * How long until `until`, as the locale says it: "in 23 hours", "in 45 minutes", "in 3 days" (sv "om 23 timmar",
 * nb "om 23 timer"); `undefined` once it has passed. Rounded up, so it never promises an earlier end than the real
 * one: a lock just started reads "in 24 hours", 59 min 10 sec reads "in 1 hour". Days only beyond 48 hours.
 */
export function formatTimeLeft(locale: Locale, until: Date, now: Date = new Date()): string | undefined {
  const left = until.getTime() - now.getTime();
  if (left <= 0) return undefined;
  const words = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
  const minutes = Math.ceil(left / MINUTE);
  if (minutes < 60) return words.format(minutes, 'minute');
  const hours = Math.ceil(left / HOUR);
  if (hours <= 48) return words.format(hours, 'hour');
  return words.format(Math.ceil(left / (24 * HOUR)), 'day');
}
