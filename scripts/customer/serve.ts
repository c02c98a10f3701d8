/**
 * Serves a customer's built page and the reference backend on one origin, the way an exchange deploys its web app
 * beside its API: `/` is the page, `/assets/*` its built JS, `/v1/*` the backend (demo/core, real crypto).
 */
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { createBackend, type Backend } from '../../demo/core/app.js';

export interface CustomerSite {
  /** The page HTML served at `/`. */
  readonly html: string;
  /** The build's output directory, served at `/assets/`. */
  readonly assetsDir: string;
  /** More files by path, e.g. `{ '/preflight.css': { type: 'text/css', body } }`. */
  readonly extra?: Readonly<Record<string, { readonly type: string; readonly body: string }>>;
  /** The Content-Security-Policy every answer carries. */
  readonly csp: string;
}

export interface RunningSite {
  readonly url: string;
  stop(): Promise<void>;
}

export async function serveCustomerSite(site: CustomerSite): Promise<RunningSite> {
  const app = new Hono();
  // The backend needs the page's origin (WebAuthn), known once the server listens on its free port.
  const backend: { current?: Backend } = {};
  app.use('*', async (c, next) => {
    await next();
    c.res.headers.set('content-security-policy', site.csp);
    c.res.headers.set('x-content-type-options', 'nosniff');
  });
  app.all('/v1/*', (c) => (backend.current as Backend).fetch(c.req.raw));
  app.get('/assets/:name', async (c) => {
    const name = c.req.param('name');
    if (!/^[\w.-]+\.js$/.test(name)) return c.notFound();
    const body = await readFile(join(site.assetsDir, name), 'utf8').catch(() => undefined);
    return body === undefined ? c.notFound() : c.body(body, 200, { 'content-type': 'text/javascript; charset=utf-8' });
  });
  for (const [path, file] of Object.entries(site.extra ?? {})) {
    app.get(path, (c) => c.body(file.body, 200, { 'content-type': `${file.type}; charset=utf-8` }));
  }
  app.get('/', (c) => c.html(site.html));

  const server = await new Promise<ServerType>((resolve) => {
    const started: ServerType = serve({ fetch: app.fetch, port: 0 }, () => resolve(started));
  });
  // `localhost`, not 127.0.0.1: it is a secure context, as WebAuthn and the backend's rpId want.
  const url = `http://localhost:${(server.address() as AddressInfo).port}`;
  backend.current = createBackend({ testing: true, rpId: 'localhost', origins: [url], publicUrl: url });
  await backend.current.ready;
  return {
    url,
    stop: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
