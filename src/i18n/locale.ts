import { registeredLocale } from './register.js';
import type { Locale, ShippedLocale } from './types.js';

/**
 * The shipped locale a tag is read in: `sv-SE` -> `sv`; `nb-NO`, `no` and `nn` -> `nb` (a Nynorsk reader is
 * better served by Bokmål than by English); anything else -> `en`.
 */
export function shippedLocale(tag: string | null | undefined): ShippedLocale {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (language === 'sv') return 'sv';
  if (language === 'nb' || language === 'no' || language === 'nn') return 'nb';
  return 'en';
}

/**
 * Maps a BCP 47 tag to the locale to show: a language a host registered (`de-AT` -> `de` when `de` was
 * registered, the whole tag first), else the shipped one it reads best in (`shippedLocale`).
 */
export function matchLocale(tag: string | null | undefined): Locale {
  const wanted = (tag ?? '').trim().toLowerCase().replace(/_/g, '-');
  const language = wanted.split('-')[0] ?? '';
  return registeredLocale(wanted) ?? registeredLocale(language) ?? shippedLocale(wanted);
}

/**
 * The language that applies to an element: its own `lang` or the nearest ancestor's, crossing shadow roots
 * (`closest` stops at a root, so continue from the root's host), then the document's. `lang=""` means "unknown"
 * in HTML, which resolves to English like any other unknown tag.
 */
export function langOf(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const withLang = node.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang') ?? '';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return element.ownerDocument.documentElement.lang;
}
