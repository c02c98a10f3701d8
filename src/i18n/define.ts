import { shippedLocale } from './locale.js';
import { registeredSection } from './register.js';
import type { BundleMap, Locale, MessageBundle, MessagesOf, Section, ShippedLocale } from './types.js';

/**
 * Declares a section's messages in every shipped locale. Identity at runtime; it exists so the translations are
 * checked against the English type where they are written:
 *
 *   export const loginFormMessages = defineMessages({
 *     en: { title: 'Log in' },
 *     sv: () => import('./messages.sv.js').then((m) => m.loginForm),
 *     nb: () => import('./messages.nb.js').then((m) => m.loginForm),
 *   });
 */
export function defineMessages<T extends Section>(bundle: MessageBundle<T>): MessageBundle<T> {
  return bundle;
}

const loaded = new WeakMap<MessageBundle, Map<ShippedLocale, Section>>();

/** A shipped section already in memory (English always is), so elements after the first render at once. */
function cachedSection(bundle: MessageBundle, locale: ShippedLocale): Section | undefined {
  return locale === 'en' ? bundle.en : loaded.get(bundle)?.get(locale);
}

async function loadSection(bundle: MessageBundle, locale: ShippedLocale): Promise<Section> {
  const cached = cachedSection(bundle, locale);
  if (cached) return cached;
  try {
    // Spread over English so a translation that misses a key (only possible from untyped JS) still shows text.
    const section = { ...bundle.en, ...(await bundle[locale as 'sv' | 'nb']()) };
    const byLocale = loaded.get(bundle) ?? new Map<ShippedLocale, Section>();
    byLocale.set(locale, section);
    loaded.set(bundle, byLocale);
    return section;
  } catch (cause) {
    // A chunk that fails to load (offline, wrong base path) must not leave the element without words.
    console.warn(`tillit: could not load the "${locale}" messages, showing English`, cause);
    return bundle.en;
  }
}

/** A shipped section with what the host registered for `locale` on top (`registerMessages`). */
export function withRegistered<T extends Section>(name: string, locale: Locale, section: T): T {
  const registered = registeredSection(locale, name);
  return registered ? ({ ...section, ...registered } as T) : section;
}

/** Every section of `bundles` in `locale` if all are in memory, else undefined. */
export function cachedMessages<B extends BundleMap>(bundles: B, locale: Locale): MessagesOf<B> | undefined {
  const base = shippedLocale(locale);
  const out: Record<string, Section> = {};
  for (const [name, bundle] of Object.entries(bundles)) {
    const section = cachedSection(bundle, base);
    if (!section) return undefined;
    out[name] = withRegistered(name, locale, section);
  }
  return out as MessagesOf<B>;
}

/** Loads every section of `bundles` in `locale` (in parallel; each locale chunk is fetched once per page). */
export async function loadMessages<B extends BundleMap>(bundles: B, locale: Locale): Promise<MessagesOf<B>> {
  const base = shippedLocale(locale);
  const entries = await Promise.all(
    Object.entries(bundles).map(async ([name, bundle]) => [name, withRegistered(name, locale, await loadSection(bundle, base))] as const),
  );
  return Object.fromEntries(entries) as MessagesOf<B>;
}
