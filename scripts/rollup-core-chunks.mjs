// Chunking for a customer's bundler, not only for ours. Rollup splits the shared layer (src/controllers,
// src/elements/shared, src/i18n, src/events, src/passkeys, ...) into one chunk per set of entries and lazy parts
// that use a module: text-input, frame-styles, with-captcha, countdown-controller, ... A customer's bundler
// (esbuild, Rollup, Vite, webpack) then re-chunks our dist files by the set of ITS entry points (the page and every
// dynamic import target) that reach each file, and cannot know that a lazy part only ever loads after the element
// it belongs to. Each lazy part of <login-form> imports a different subset of the shared layer, so the page's
// eager code came out in 10 files, each losing gzip context and keeping cross-chunk export names (issue 6).
//
// The fix groups the modules <login-form>'s entry loads up front AND one of its lazy parts loads too: they go into
// one chunk (`login-form-core`), so every lazy part reaches all of them and a customer's bundler gives them, with
// lit, one file. What all elements load up front of those (the i18n runtime) goes to `elements-core` instead, so
// totp-setup or recovery-key-backup do not load login-form's sign-in parts; that costs the sign-in page one more
// small file (~160 B gzip), the price for keeping other entries as they were. Its events get their own chunk
// (`events-core`) so that `tillit/events` stays a few hundred bytes. The up-front modules no lazy part needs stay
// where rollup puts them: on the customer's side only the page reaches them, so they join the page's own file.
// Every other element gets an exclusive core the same way (`{ exclusive: true }`, see rollup.config.mjs): only what
// no other element loads, so the sign-in page and the other entries keep their files (issue 8).
// A lazy part must not import what stays in its element's own chunk (a module that is not in a core): on the
// customer's side that import puts the element's whole chunk in a file of its own wherever several elements load
// together. The flow hands the lazy part what it needs (security-settings' `flow.showFailure`, two-factor-reset's
// `flow.reasons`); docs/ARCHITECTURE.md, "Lazy parts", says the same of anything an element loads up front.
// scripts/size.ts reports each entry and the sign-in page, scripts/size-budgets.json holds them.

const clientModule = /[\\/]src[\\/]client[\\/]/;
const eventModule = /[\\/]src[\\/]events[\\/]/;

/**
 * @param {string} entry absolute path of the element entry whose up-front modules are grouped
 * @param {readonly string[]} everyElement absolute paths of every element entry: what all of them load up front
 *   goes to `elements-core`, the rest to `<tag>-core`, so an element that needs none of login-form's sign-in
 *   parts (totp-setup, recovery-key-backup) does not load them
 * @param {{ exclusive?: boolean }} [options] `exclusive`: `<tag>-core` takes only modules that no other element loads
 *   (up front or in a lazy part), nor anything they import (rollup would pull that in with them), so grouping this
 *   element's modules never makes another element load them (every element after
 *   login-form is grouped so; login-form's core keeps what it shares with the others, as before)
 * @returns {(id: string, api: { getModuleInfo: import('rollup').GetModuleInfo }) => string | undefined}
 *   the grouping part of `output.manualChunks` (the client's chunks are named before it, see rollup.config.mjs)
 */
export function coreChunks(entry, everyElement, { exclusive = false } = {}) {
  const name = /[\\/]src[\\/]elements[\\/]([^\\/]+)[\\/]/.exec(entry)?.[1] ?? 'entry';
  /**
   * A memoised walk from a module through the imports `edges` names, transitively (external modules end it).
   * @param {(info: import('rollup').ModuleInfo) => readonly string[]} edges
   */
  const walker = (edges) => {
    /** @type {Map<string, Set<string>>} */
    const sets = new Map();
    return (getModuleInfo, from) => {
      let seen = sets.get(from);
      if (seen) return seen;
      seen = new Set();
      const stack = [from];
      while (stack.length > 0) {
        const id = /** @type {string} */ (stack.pop());
        if (seen.has(id)) continue;
        seen.add(id);
        const info = getModuleInfo(id);
        if (info && !info.isExternal) stack.push(...edges(info));
      }
      sets.set(from, seen);
      return seen;
    };
  };
  /** The modules `from` loads before anything renders: its static imports, transitively. */
  const upFrontOf = walker((info) => info.importedIds);
  /** Every module `from` may ever load: its static and dynamic imports, transitively. */
  const reachOf = walker((info) => [...info.importedIds, ...info.dynamicallyImportedIds]);

  /** @type {Set<string> | undefined} what the entry's lazy parts load up front themselves */
  let lazyReached;
  const lazyPartsOf = (getModuleInfo) => {
    if (lazyReached) return lazyReached;
    lazyReached = new Set();
    for (const id of upFrontOf(getModuleInfo, entry)) {
      for (const target of getModuleInfo(id)?.dynamicallyImportedIds ?? []) {
        for (const part of upFrontOf(getModuleInfo, target)) lazyReached.add(part);
      }
    }
    return lazyReached;
  };

  return (id, { getModuleInfo }) => {
    if (!id.includes('/src/') || clientModule.test(id) || !upFrontOf(getModuleInfo, entry).has(id)) return undefined;
    if (!lazyPartsOf(getModuleInfo).has(id)) return undefined;
    // An exclusive core takes what no other element loads (up front or in a lazy part), nor anything it imports:
    // rollup puts a module's unassigned imports into its manual chunk with it. What elements share (events, the
    // i18n runtime) is left to login-form's core and to rollup, as before.
    if (exclusive) {
      if (eventModule.test(id)) return undefined; // tillit/events would load this core
      const otherLoads = (m) => everyElement.some((other) => other !== entry && reachOf(getModuleInfo, other).has(m));
      for (const m of upFrontOf(getModuleInfo, id)) {
        if (m.includes('/src/') && !clientModule.test(m) && otherLoads(m)) return undefined;
      }
      return `${name}-core`;
    }
    if (eventModule.test(id)) return 'events-core';
    if (everyElement.every((other) => upFrontOf(getModuleInfo, other).has(id))) return 'elements-core';
    return `${name}-core`;
  };
}
