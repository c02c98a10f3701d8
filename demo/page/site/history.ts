import type { Identifier } from 'tillit/client';
import type { PageState } from './page.js';
import { pageAt } from './routes.js';

/**
 * The browser side of navigation: history entries with their state, and clicks on the site's own links turned
 * into history navigation (so a link is a plain `<a href>`: it opens in a new tab, copies, and works without us).
 */

function identifierFrom(value: unknown): Identifier | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (v['type'] === 'email' && typeof v['email'] === 'string') return { type: 'email', email: v['email'] };
  if (v['type'] === 'phone' && typeof v['phone'] === 'string') return { type: 'phone', phone: v['phone'] };
  return undefined;
}

/** `history.state` is whatever an earlier page left there: keep only what is well formed and safe. */
export function readState(raw: unknown = history.state): PageState {
  if (typeof raw !== 'object' || raw === null) return {};
  const r = raw as Record<string, unknown>;
  const state: PageState = {};
  const identifier = identifierFrom(r['identifier']);
  if (identifier) state.identifier = identifier;
  // Only a path of one of our pages: never an open redirect.
  if (typeof r['returnTo'] === 'string' && pageAt(r['returnTo'])) state.returnTo = r['returnTo'];
  const c = r['challenge'] as Record<string, unknown> | null | undefined;
  if (typeof c?.['id'] === 'string' && typeof c['expiresAt'] === 'string') state.challenge = { id: c['id'], expiresAt: c['expiresAt'] };
  return state;
}

export function writeHistory(path: string, state: PageState, replace: boolean): void {
  if (replace) history.replaceState(state, '', path);
  else history.pushState(state, '', path);
}

/** Calls `onNavigate` on Back/Forward and on a plain left click on a same-origin link to a page of the site. */
export function interceptNavigation(onNavigate: (path: string | null) => void): void {
  addEventListener('popstate', () => onNavigate(null));
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!link || link.target || link.hasAttribute('download')) return;
    const url = new URL(link.href);
    if (url.origin !== location.origin || !(url.pathname === '/' || pageAt(url.pathname))) return;
    // A link into this very page (the skip link, `#main`) moves focus there and leaves the page as it is: no new
    // visit (that would render the page afresh and drop what was typed) and no history entry (the browser's own
    // fragment navigation would add one and fire popstate).
    if (url.hash && url.pathname === location.pathname && url.search === location.search) {
      event.preventDefault();
      document.getElementById(decodeURIComponent(url.hash.slice(1)))?.focus();
      return;
    }
    event.preventDefault();
    onNavigate(url.pathname);
  });
}
