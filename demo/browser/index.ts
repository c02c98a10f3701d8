import { createBackend, type Backend } from '../core/app.js';
import type { BackendOptions } from '../core/context.js';
import { withSessionJar } from './session-jar.js';

export interface DemoFetchOptions extends BackendOptions {
  /** Simulated network latency per request, so stories show pending states. */
  latencyMs?: number;
}

export interface DemoFetch {
  /** A `fetch` that answers from the in-page reference backend; give it to `createClient({ fetch })`. */
  fetch: typeof fetch;
  backend: Backend;
}

/** The origin the in-page backend pretends to live at: pass it as the client's `baseUrl`. */
export const DEMO_BASE_URL = 'https://demo.tillit.invalid';

/**
 * The reference backend inside a browser page, for stories and element tests: no server, same code, same contract.
 * Testing mode is on so tests can read the outbox and move the clock.
 */
export function createDemoFetch(options: DemoFetchOptions = {}): DemoFetch {
  const origin = globalThis.location?.origin ?? 'http://localhost';
  const backend = createBackend({
    testing: true,
    rpId: globalThis.location?.hostname ?? 'localhost',
    origins: [origin],
    publicUrl: DEMO_BASE_URL,
    ...options,
  });
  const latency = options.latencyMs ?? 0;
  const handler = async (request: Request): Promise<Response> => {
    if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
    return backend.fetch(request);
  };
  return { fetch: withSessionJar(handler), backend };
}
