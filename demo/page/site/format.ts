/** Locale-aware formatting for the demo's own texts (the elements format their own). */
export type SiteLocale = 'en' | 'sv' | 'nb';

export const siteLocales: readonly SiteLocale[] = ['en', 'sv', 'nb'];

/** `one`/`other` by the locale's plural rules: en, sv and nb all have just these two. */
export function plural(locale: SiteLocale, count: number, forms: { one: string; other: string }): string {
  return new Intl.PluralRules(locale).select(count) === 'one' ? forms.one : forms.other;
}

/** "24 Nov 2026, 14:05" in the user's time zone. */
export function formatDateTime(locale: SiteLocale, instant: string | number | Date): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(instant));
}

/** "14:05:09": the clock in the dev panel. */
export function formatTime(locale: SiteLocale, instant: string | number | Date): string {
  return new Intl.DateTimeFormat(locale, { timeStyle: 'medium' }).format(new Date(instant));
}

/** An amount as the exchange shows limits: "USD 2,000" in the locale's grouping. */
export function formatMoney(locale: SiteLocale, amount: string, currency: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(Number(amount));
}

/** A span of time as days, hours and minutes ("30 days, 1 hour"), for the clock offset. */
export function formatSpan(locale: SiteLocale, seconds: number): string {
  const days = Math.floor(seconds / 86400);
  const hours = Math.floor((seconds % 86400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const parts: [number, Intl.NumberFormatOptions['unit']][] = [
    [days, 'day'],
    [hours, 'hour'],
    [minutes, 'minute'],
  ];
  const shown = parts.filter(([value]) => value > 0);
  const format = (value: number, unit: Intl.NumberFormatOptions['unit']): string =>
    new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
  if (shown.length === 0) return format(0, 'minute');
  return new Intl.ListFormat(locale, { style: 'short', type: 'unit' }).format(shown.map(([v, u]) => format(v, u)));
}
