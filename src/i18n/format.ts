import type { Locale } from './types.js';

function unit(locale: Locale, name: 'hour' | 'minute' | 'second', value: number, padded: boolean): string {
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: name,
    unitDisplay: 'short',
    minimumIntegerDigits: padded ? 2 : 1,
  }).format(value);
}

/**
 * A countdown as people read it: "45 sec", "1 min 05 sec", "1 hr 02 min" (sv "1 min 05 s", nb "1 min 05 sek").
 * Only the two largest units, the smaller one padded so a ticking countdown does not jump in width.
 * Intl.DurationFormat would do this, but Node 20 and older Safari/Firefox lack it.
 */
export function formatDuration(locale: Locale, seconds: number): string {
  const total = Math.max(0, Math.ceil(seconds));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = total % 60;
  if (hours) return [unit(locale, 'hour', hours, false), minutes ? unit(locale, 'minute', minutes, true) : ''].join(' ').trim();
  if (minutes) return [unit(locale, 'minute', minutes, false), rest ? unit(locale, 'second', rest, true) : ''].join(' ').trim();
  return unit(locale, 'second', rest, false);
}

/**
 * Clock time with seconds, e.g. "3:05:30 PM" / "15:05:30": lockouts last minutes, so the date would be noise, and
 * a lock that ends at 15:05:30 must not read as open at 15:05.
 */
export function formatTime(locale: Locale, date: Date): string {
  return new Intl.DateTimeFormat(locale, { timeStyle: 'medium' }).format(date);
}

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

/** "7 to 9" / "8": the digit counts a country's phone numbers may have, with the locale's word for "to". */
export const digitRange = (p: { min: number; max: number }, to: string): string =>
  p.min === p.max ? `${p.min}` : `${p.min} ${to} ${p.max}`;

/**
 * Text that must not break across lines (a masked phone number, "+46 •••• ••12"): its spaces become no-break
 * spaces. Applied where a value is put into a message, so every locale's wording gets it.
 */
export const keepTogether = (text: string): string => text.replace(/ /g, '\u00a0');

/** A day, e.g. "27 november 2026": for waits of days (an unbound e-mail usable again). */
export function formatDay(locale: Locale, date: Date): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
}

/** Picks the plural form of a count by the locale's rules (en, sv and nb only have `one` and `other`). */
export function plural(locale: Locale, count: number, forms: { one: string; other: string }): string {
  return new Intl.PluralRules(locale).select(count) === 'one' ? forms.one : forms.other;
}
