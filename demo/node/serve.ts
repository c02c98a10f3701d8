/**
/**
 * `npm start`: the reference backend and the demo exchange on one origin, nothing else to set up.
 * The site is bundled at start-up with esbuild from demo/page/, importing tillit by its published entries only
 * (bundle-page.ts), so the demo always shows the current elements as a customer's bundler would ship them.
 *
 * It listens on 127.0.0.1 only: the demo runs in test mode (its outbox shows every code sent, its testing rows make
 * sessions), which must never be reachable from elsewhere. `HOST=0.0.0.0` (or another address) opens it up, and
 * then test mode is off unless `TILLIT_TESTING=1` says otherwise. `TILLIT_TRUST_PROXY=1` behind a proxy of its own.
 */
import { serve, type HttpBindings } from '@hono/node-server';
import { Hono } from 'hono';
import { createBackend } from '../core/app.js';
import { bundlePage } from './bundle-page.js';
import { registerDevRoutes } from './dev-routes.js';
import { registerDemoPages } from './pages.js';
import { ResettableBackend } from './resettable-backend.js';
import { registerSite } from './site.js';
import { strictCsp } from './csp.js';

const port = Number(process.env['PORT'] ?? 8787);
const host = process.env['HOST'] ?? '127.0.0.1';
const loopback = host === 'localhost' || host === '::1' || host.startsWith('127.');
const publicUrl = process.env['TILLIT_PUBLIC_URL'] ?? `http://localhost:${port}`;
// On loopback the demo's dev outbox and review controls (the testing API) are on unless TILLIT_TESTING=0; anywhere
// else only when asked for, and loudly.
const testing = loopback ? process.env['TILLIT_TESTING'] !== '0' : process.env['TILLIT_TESTING'] === '1';
if (testing && !loopback) {
  console.warn(`WARNING: test mode on ${host}: anyone who can reach it can read every code sent and sign in as anyone.`);
}

const backend = new ResettableBackend(() =>
  createBackend({
    testing,
    rpId: new URL(publicUrl).hostname,
    origins: [new URL(publicUrl).origin],
    publicUrl,
    trustProxy: process.env['TILLIT_TRUST_PROXY'] === '1',
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
app.all('/v1/*', (c) => backend.fetch(c.req.raw, { clientAddress: (c.env as HttpBindings).incoming.socket.remoteAddress }));
registerDemoPages(app, backend);
if (testing) registerDevRoutes(app, backend);
registerSite(app, await bundle);

await backend.ready;
serve({ fetch: app.fetch, port, hostname: host }, (info) => {
  const where = loopback ? `http://localhost:${info.port}/` : `http://${host}:${info.port}/`;
  console.log(`tillit demo: ${where}  (reference backend at /v1${testing ? ', dev panel on the page' : ', test mode off'})`);
});
