/**
 * `npm start`: the reference backend and the demo exchange on one origin, nothing else to set up.
 * The site is bundled at start-up with esbuild from demo/page/, importing tillit by its published entries only
 * (bundle-page.ts), so the demo always shows the current elements as a customer's bundler would ship them.
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createBackend } from '../core/app.js';
import { bundlePage } from './bundle-page.js';
import { registerDevRoutes } from './dev-routes.js';
import { registerDemoPages } from './pages.js';
import { ResettableBackend } from './resettable-backend.js';
import { registerSite } from './site.js';
import { strictCsp } from './csp.js';

const port = Number(process.env['PORT'] ?? 8787);
const publicUrl = process.env['TILLIT_PUBLIC_URL'] ?? `http://localhost:${port}`;
// The demo shows the dev outbox and review controls, which live in the testing API: on unless TILLIT_TESTING=0.
const testing = process.env['TILLIT_TESTING'] !== '0';

const backend = new ResettableBackend(() =>
  createBackend({
    testing,
    rpId: new URL(publicUrl).hostname,
    origins: [publicUrl],
    publicUrl,
    log: (message, error) => console.error(`[backend] ${message}`, error),
  }),
);
const bundle = bundlePage();

const app = new Hono();
app.use('*', async (c, next) => {
  await next();
  c.res.headers.set('content-security-policy', strictCsp);
  c.res.headers.set('x-content-type-options', 'nosniff');
  c.res.headers.set('referrer-policy', 'same-origin');
});
app.all('/v1/*', (c) => backend.fetch(c.req.raw));
registerDemoPages(app, backend);
if (testing) registerDevRoutes(app, backend);
registerSite(app, await bundle);

await backend.ready;
serve({ fetch: app.fetch, port }, (info) => {
  console.log(`tillit demo: http://localhost:${info.port}/  (reference backend at /v1, dev panel on the page)`);
});
