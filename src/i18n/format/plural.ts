import type { Locale } from '../types.js';

/** Picks the plural form of a count by the locale's rules (en, sv and nb only have `one` and `other`). */
export function plural(locale: Locale, count: number, forms: { one: string; other: string }): string {
  return new Intl.PluralRules(locale).select(count) === 'one' ? forms.one : forms.other;
}
