/**
 * `npm start`: the reference backend and the demo page on one origin, nothing else to set up.
 * The page is bundled from src/ with esbuild at start-up, so the demo always shows the current elements.
 *
 * It listens on 127.0.0.1 only: the demo runs in test mode (its outbox shows every code sent, its testing rows make
 * sessions), which must never be reachable from elsewhere. `HOST=0.0.0.0` (or another address) opens it up, and
 * then test mode is off unless `TILLIT_TESTING=1` says otherwise. `TILLIT_TRUST_PROXY=1` behind a proxy of its own.
 */
import { serve, type HttpBindings } from '@hono/node-server';
import { build } from 'esbuild';
import { Hono } from 'hono';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createBackend } from '../core/app.js';
import { registerDemoPages } from './pages.js';
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
const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

const backend = createBackend({
  testing,
  rpId: new URL(publicUrl).hostname,
  origins: [new URL(publicUrl).origin],
  publicUrl,
  trustProxy: process.env['TILLIT_TRUST_PROXY'] === '1',
  log: (message, error) => console.error(`[backend] ${message}`, error),
});

const bundle = await build({
  entryPoints: [here('../page/main.ts')],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: false,
  sourcemap: 'inline',
  write: false,
  conditions: ['browser', 'production'],
  tsconfig: here('../../tsconfig.json'),
});
const script = bundle.outputFiles[0]?.text ?? '';
const page = await readFile(here('../page/index.html'), 'utf8');
const styles = await readFile(here('../page/demo.css'), 'utf8');
const themeCss = await readFile(here('../../src/theme/tillit.css'), 'utf8');

const app = new Hono();
app.use('*', async (c, next) => {
  await next();
  c.res.headers.set('content-security-policy', strictCsp);
  c.res.headers.set('x-content-type-options', 'nosniff');
  c.res.headers.set('referrer-policy', 'same-origin');
});
app.all('/v1/*', (c) => backend.fetch(c.req.raw, { clientAddress: (c.env as HttpBindings).incoming.socket.remoteAddress }));
registerDemoPages(app, backend);
app.get('/demo.js', (c) => c.body(script, 200, { 'content-type': 'text/javascript; charset=utf-8' }));
app.get('/tillit.css', (c) => c.body(themeCss, 200, { 'content-type': 'text/css; charset=utf-8' }));
app.get('/demo.css', (c) => c.body(styles, 200, { 'content-type': 'text/css; charset=utf-8' }));
app.get('/', (c) => c.html(page));

await backend.ready;
serve({ fetch: app.fetch, port, hostname: host }, (info) => {
  const where = loopback ? `http://localhost:${info.port}/` : `http://${host}:${info.port}/`;
  console.log(`tillit demo: ${where}  (reference backend at /v1${testing ? ', dev outbox on the page' : ', test mode off'})`);
});
