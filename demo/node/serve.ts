/**
 * `npm start`: the reference backend and the demo page on one origin, nothing else to set up.
 * The page is bundled from src/ with esbuild at start-up, so the demo always shows the current elements.
 */
import { serve } from '@hono/node-server';
import { build } from 'esbuild';
import { Hono } from 'hono';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createBackend } from '../core/app.js';
import { registerDemoPages } from './pages.js';
import { strictCsp } from './csp.js';

const port = Number(process.env['PORT'] ?? 8787);
const publicUrl = process.env['TILLIT_PUBLIC_URL'] ?? `http://localhost:${port}`;
const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

const backend = createBackend({
  // The demo shows the dev outbox and review controls, which live in the testing API: on unless TILLIT_TESTING=0.
  testing: process.env['TILLIT_TESTING'] !== '0',
  rpId: new URL(publicUrl).hostname,
  origins: [publicUrl],
  publicUrl,
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
app.all('/v1/*', (c) => backend.fetch(c.req.raw));
registerDemoPages(app, backend);
app.get('/demo.js', (c) => c.body(script, 200, { 'content-type': 'text/javascript; charset=utf-8' }));
app.get('/tillit.css', (c) => c.body(themeCss, 200, { 'content-type': 'text/css; charset=utf-8' }));
app.get('/demo.css', (c) => c.body(styles, 200, { 'content-type': 'text/css; charset=utf-8' }));
app.get('/', (c) => c.html(page));

await backend.ready;
serve({ fetch: app.fetch, port }, (info) => {
  console.log(`tillit demo: http://localhost:${info.port}/  (reference backend at /v1, dev outbox on the page)`);
});
