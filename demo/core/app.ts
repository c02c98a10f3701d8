import { Hono } from 'hono';
import { endpoints, testingEndpoints, type Endpoint, type EndpointTable } from '../../src/contract/index.js';
import { registerRoutes } from '../routes/index.js';
import { BackendContext, type BackendOptions } from './context.js';
import { cors } from './cors.js';
import { problemResponse } from './problem.js';
import type { ConnectionInfo } from './router.js';
import { seedDemoAccounts } from './seed.js';

export interface Backend {
  /**
   * The standard fetch handler: `Request` in, `Response` out, under Node or in a browser page alike. A server passes
   * what it knows of the connection (the peer address, for per-client limits).
   */
  fetch(request: Request, connection?: ConnectionInfo): Promise<Response>;
  readonly context: BackendContext;
  /** Resolves when the demo accounts exist (hashing their passwords takes a moment). */
  readonly ready: Promise<void>;
}

const tables: EndpointTable[] = [endpoints, testingEndpoints];
const allRows: readonly Endpoint[] = tables.flatMap((table) => Object.values(table));
const pattern = (path: string): RegExp => new RegExp(`^${path.replace(/:[A-Za-z]+/g, '[^/]+')}$`);

/** Builds the reference backend. Every row of the endpoint table is served; unknown routes answer problem+json. */
export function createBackend(options: BackendOptions = {}): Backend {
  const context = new BackendContext({
    rpId: 'localhost',
    rpName: 'tillit demo exchange',
    origins: ['http://localhost:8787'],
    publicUrl: 'http://localhost:8787',
    ...options,
  });
  const app = new Hono();
  app.use('/v1/*', cors(context.options.origins));
  registerRoutes(app, context);

  app.notFound((c) => {
    const path = new URL(c.req.url).pathname;
    const known = allRows.some((row) => pattern(row.path).test(path));
    return problemResponse(known ? 'method_not_allowed' : 'not_found');
  });
  app.onError((error) => {
    context.options.log?.('unhandled error', error);
    return problemResponse('internal_error');
  });

  const ready = options.seed === false ? Promise.resolve() : seedDemoAccounts(context).then(() => undefined);
  return {
    context,
    ready,
    fetch: async (request, connection = {}) => {
      await ready;
      return app.fetch(request, connection);
    },
  };
}
