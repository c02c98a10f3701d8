import { startTarget } from './target.js';
import { rowAt, type RowEntry } from './coverage.js';

/** The backend under test, started once for the whole run (run.test.ts stops it after the last test). */
export const target = await startTarget();
export const baseUrl = target.baseUrl;

/** The request path below `baseUrl` (a backend may serve `/v1` under a prefix of its own). */
function pathBelowBase(url: string): string {
  const { pathname } = new URL(url);
  const prefix = new URL(baseUrl).pathname.replace(/\/+$/, '');
  return prefix && pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname;
}

/** The row of either table a request hit, with its table key. */
export function rowEntryFor(method: string, url: string): RowEntry | undefined {
  return rowAt(method, pathBelowBase(url));
}
