import type { Hono } from 'hono';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { pageAt } from '../page/site/routes.js';
import type { PageBundle } from './bundle-page.js';

const pageFile = (name: string): Promise<string> => readFile(fileURLToPath(new URL(`../page/${name}`, import.meta.url)), 'utf8');
const [index, favicon] = await Promise.all([pageFile('index.html'), pageFile('favicon.svg')]);

/**
 * Serves the demo site: its two assets, and the app's HTML at every page address so deep links and reloads work
 * (the page's router shows the page). An address that is no page gets the same HTML with a 404 status, and the
 * router says "page not found".
 */
export function registerSite(app: Hono, bundle: PageBundle): void {
  const asset = (path: string, body: string, type: string): void => {
    app.get(path, (c) => c.body(body, 200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-cache' }));
  };
  asset('/assets/site.js', bundle.script, 'text/javascript');
  asset('/assets/site.css', bundle.styles, 'text/css');
  // The site is bundled from the sources, where tillit/image names its worker `./image-worker.ts` (the package's
  // build renames it to .js): serve it under both names.
  asset('/assets/image-worker.js', bundle.worker, 'text/javascript');
  asset('/assets/image-worker.ts', bundle.worker, 'text/javascript');
  asset('/assets/favicon.svg', favicon, 'image/svg+xml');
  app.get('/favicon.ico', (c) => c.redirect('/assets/favicon.svg', 301));
  app.get('*', (c) => {
    const path = new URL(c.req.url).pathname;
    if (/^\/(assets|demo|v1)(\/|$)/.test(path)) return c.text('Not found', 404);
    const known = path === '/' || pageAt(path) !== undefined;
    return c.html(index, known ? 200 : 404, { 'cache-control': 'no-cache' });
  });
}
