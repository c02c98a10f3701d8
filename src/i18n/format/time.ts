import type { Locale } from '../types.js';

/**
 * Clock time with seconds, e.g. "3:05:30 PM" / "15:05:30": lockouts last minutes, so the date would be noise, and
 * a lock that ends at 15:05:30 must not read as open at 15:05.
 */
export function formatTime(locale: Locale, date: Date): string {
  return new Intl.DateTimeFormat(locale, { timeStyle: 'medium' }).format(date);
}

/** A day, e.g. "27 november 2026": for waits of days (an unbound e-mail usable again). */
export function formatDay(locale: Locale, date: Date): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
}
