import type { AddressInfo } from 'node:net';
import { serve, type Http2Bindings, type HttpBindings, type ServerType } from '@hono/node-server';
import { createBackend } from '../../../demo/core/app.js';

/*
 * Which backend the conformance suite talks to: `TILLIT_CONTRACT_URL` when set (any team's backend in test mode),
 * else the reference backend started in this process on a free port. Either way the suite only speaks HTTP.
 */

/**
 * The origin of the exchange's pages in the test (`TILLIT_CONTRACT_ORIGIN`): what the suite's passkeys claim, and the
 * origin of its social `returnTo`. The backend must allow it for both; the in-process backend does.
 */
export const passkeyOrigin = process.env.TILLIT_CONTRACT_ORIGIN ?? 'http://localhost:8787';
export const pageOrigin = new URL(passkeyOrigin).origin;

export interface Target {
  baseUrl: string;
  /** Shown at the start of a run, so a report says what was tested. */
  label: string;
  stop(): Promise<void>;
}

type FetchHandler = (request: Request, connection: { clientAddress?: string }) => Promise<Response>;

/**
 * The reference backend in test mode on a free port of 127.0.0.1, as the suite runs it by default. `wrap` lets a
 * test-only launcher (test/mutation) put a weakening layer in front of it.
 */
export async function serveReferenceBackend(
  { port = 0, wrap = (fetch) => fetch }: { port?: number; wrap?: (fetch: FetchHandler) => FetchHandler } = {},
): Promise<Omit<Target, 'label'>> {
  const backend = createBackend({
    testing: true,
    seed: false,
    rpId: 'localhost',
    origins: [pageOrigin, 'http://localhost:8787', 'http://localhost:6006'],
  });
  const handler = wrap((request, connection) => backend.fetch(request, connection));
  const server = await new Promise<ServerType>((resolve) => {
    const fetch = (request: Request, env: HttpBindings | Http2Bindings) =>
      handler(request, { clientAddress: env.incoming.socket.remoteAddress });
    const s = serve({ fetch, port, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const address = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        // Keep-alive sockets would hold the test process open after the last test.
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export async function startTarget(): Promise<Target> {
  const external = process.env.TILLIT_CONTRACT_URL?.replace(/\/+$/, '');
  if (external) return { baseUrl: external, label: `external backend ${external}`, stop: async () => {} };
  const served = await serveReferenceBackend();
  return { ...served, label: `in-process reference backend ${served.baseUrl}` };
}
