import type { Locale } from '../types.js';

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
