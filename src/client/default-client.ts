import type { TillitClient } from './types.js';

/*
 * The page-wide default client: `setDefaultClient(createClient({ baseUrl }))` once, and every tillit element on
 * the page without its own `client` uses it. The slot lives on `globalThis` under a registered symbol, so two
 * bundles that each carry a copy of this module (an app bundle and a micro-frontend, two versions of tillit)
 * still share one client. Keep the slot's shape stable: other copies of this file read it.
 */

/** Any client with some of the contract's methods: a full `createClient()` client, or one over some rows. */
export type AnyTillitClient = Partial<TillitClient>;

interface Slot {
  client: AnyTillitClient | undefined;
  readonly listeners: Set<() => void>;
}

const key = Symbol.for('tillit.default-client');

function slot(): Slot {
  const global = globalThis as { [key]?: Slot };
  return (global[key] ??= { client: undefined, listeners: new Set() });
}

/**
 * Sets (or, with `undefined`, clears) the client every element on the page uses when it has no `client` of its
 * own. Elements already on the page pick the new one up at once.
 */
export function setDefaultClient(client: AnyTillitClient | undefined): void {
  const s = slot();
  s.client = client;
  for (const listener of [...s.listeners]) listener();
}

/** The page's default client, if one was set. */
export function getDefaultClient(): AnyTillitClient | undefined {
  return slot().client;
}

/** Calls `listener` whenever the default client changes; returns the unsubscribe function. */
export function onDefaultClientChange(listener: () => void): () => void {
  const { listeners } = slot();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
