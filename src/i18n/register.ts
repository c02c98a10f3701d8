import type { Locale, MessageOverrides, Section } from './types.js';

/*
 * Messages a host page added or changed at run time. The registry lives on `globalThis` under a registered
 * symbol, so every copy of tillit on the page (two bundles, two versions) sees the same languages. Keep its shape
 * stable: other copies of this file read it.
 */

interface Registry {
  /** Lower-cased tag -> the tag as registered and its sections. */
  readonly locales: Map<string, { tag: string; sections: Record<string, Section> }>;
  readonly listeners: Set<() => void>;
}

const key = Symbol.for('tillit.messages');

function registry(): Registry {
  const global = globalThis as { [key]?: Registry };
  return (global[key] ??= { locales: new Map(), listeners: new Set() });
}

/**
 * Adds a language, or changes messages of one, for every tillit element on the page (those already shown re-render).
 * Messages a language leaves out fall back to the shipped locale it builds on (`sv` for `sv-FI`, else English).
 * Several calls for one locale add up; a later message wins.
 *
 *   registerMessages('de', { loginForm: { title: 'Anmelden', submit: 'Anmelden' }, common: { ... } });
 *   registerMessages('en', { loginForm: { title: 'Log in to Acme' } });
 */
export function registerMessages(locale: Locale, sections: MessageOverrides): void {
  const r = registry();
  // Throws a RangeError for a tag that is not BCP 47, here rather than later in every Intl call.
  const [canonical = locale] = Intl.getCanonicalLocales(locale.trim());
  const id = canonical.toLowerCase();
  const entry = r.locales.get(id) ?? { tag: canonical, sections: {} };
  for (const [name, messages] of Object.entries(sections) as [string, Section | undefined][]) {
    if (messages) entry.sections[name] = { ...entry.sections[name], ...messages };
  }
  r.locales.set(id, entry);
  for (const listener of [...r.listeners]) listener();
}

/** The registered tag for a lower-cased tag, if a host registered that language. */
export function registeredLocale(id: string): Locale | undefined {
  return registry().locales.get(id)?.tag;
}

/** What the host registered for one section in one locale (`undefined`: nothing). */
export function registeredSection(locale: Locale, name: string): Section | undefined {
  return registry().locales.get(locale.toLowerCase())?.sections[name];
}

/** Calls `listener` after every `registerMessages`; returns the unsubscribe function. */
export function onMessagesRegistered(listener: () => void): () => void {
  const { listeners } = registry();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
