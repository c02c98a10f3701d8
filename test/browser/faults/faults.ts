// The faults every element meets in the field, as fetch behaviours, and a fetch that answers one of them for the
// requests of one endpoint while it is switched on and passes everything else to the in-page reference backend.
import { createClient } from '../../../src/client/index.js';
import { errors } from '../../../src/i18n/errors.en.js';
import { createDemoFetch, DEMO_BASE_URL } from '../../../demo/browser/index.js';
import { problemResponse } from '../../../demo/core/problem.js';

/** The client's time limit in the matrix: long enough for the reference backend's real crypto, short for a test. */
export const MATRIX_TIMEOUT_MS = 1500;

export interface Fault {
  name: string;
  answer: (request: Request, signal: AbortSignal | undefined) => Promise<Response>;
  /** The start of the English message the user must see. */
  says: string;
  /** Whether the submit stays disabled for a while on purpose (a Retry-After countdown). */
  waits?: boolean;
}

const opening = (message: string) => message.split(/[\d.]/)[0]!.trim();

export const faults: readonly Fault[] = [
  { name: 'offline', answer: () => Promise.reject(new TypeError('Failed to fetch')), says: opening(errors.network) },
  {
    name: 'timeout',
    // Never answers; ends only when the client gives up and aborts.
    answer: (_request, signal) =>
      new Promise<Response>((_resolve, reject) => signal?.addEventListener('abort', () => reject(signal.reason), { once: true })),
    says: opening(errors.timeout),
  },
  { name: '500', answer: async () => problemResponse('internal_error'), says: opening(errors.internal_error) },
  {
    name: '502 HTML page',
    answer: async () => new Response('<html><body><h1>502 Bad Gateway</h1></body></html>', { status: 502, headers: { 'content-type': 'text/html' } }),
    says: opening(errors.service_unavailable),
  },
  { name: '429 Retry-After', answer: async () => problemResponse('rate_limited', { retryAfter: 1 }), says: 'Too many attempts', waits: true },
  {
    name: 'malformed JSON',
    answer: async () => new Response('{"session": {"user":', { status: 200, headers: { 'content-type': 'application/json' } }),
    says: opening(errors.invalid_response),
  },
  {
    name: 'schema-violating JSON',
    answer: async () => Response.json({ status: 'who knows', user: 42 }),
    says: opening(errors.invalid_response),
  },
  { name: '401 session expired', answer: async () => problemResponse('unauthenticated'), says: opening(errors.unauthenticated) },
];

/**
 * An in-page reference backend whose requests to `path` answer `fault` while one is set; `heal()` lets them
 * through again, for the retry that must then work.
 */
export function faultyBackend() {
  const demo = createDemoFetch();
  let fault: { path: RegExp; fault: Fault } | undefined;
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    if (fault && fault.path.test(new URL(request.url).pathname)) return fault.fault.answer(request, init?.signal ?? undefined);
    return demo.fetch(request);
  };
  return {
    demo,
    client: createClient({ baseUrl: DEMO_BASE_URL, fetch, timeoutMs: MATRIX_TIMEOUT_MS }),
    breakPath(path: RegExp, f: Fault) {
      fault = { path, fault: f };
    },
    heal() {
      fault = undefined;
    },
  };
}

export type FaultyBackend = ReturnType<typeof faultyBackend>;

/** One step of an element that talks to the backend: how to reach it, do it, and tell how it went. */
export interface FaultStep {
  element: string;
  step: string;
  /** The endpoint path(s) the step calls, whose answers the fault replaces. */
  path: RegExp;
  /** Mounts the element on `be` and brings it to just before the step's request (the user's input typed). */
  setUp(be: FaultyBackend): Promise<HTMLElement>;
  /** What the user does to send the request (again, for the retry). */
  act(el: HTMLElement): Promise<void>;
  /** Names of the fields whose typed or picked value is gone. */
  lost(el: HTMLElement): string[];
  /** The step completed (after the retry). */
  done(el: HTMLElement): boolean;
}

/** Every message an element shows for an error: alerts, its error summary and field errors, shadow and light DOM. */
export function shownMessages(el: HTMLElement): string {
  const selector = '[role=alert], [data-error-summary], .tillit-error';
  const found = [...(el.shadowRoot?.querySelectorAll(selector) ?? []), ...el.querySelectorAll(selector)];
  return found.map((node) => node.textContent ?? '').join(' ').replace(/\s+/g, ' ').trim();
}

/** No busy state left: nothing marked aria-busy, no submit button disabled or aria-disabled. */
export function isIdle(el: HTMLElement): boolean {
  const roots: ParentNode[] = [el, ...(el.shadowRoot ? [el.shadowRoot] : [])];
  if (el.getAttribute('aria-busy') === 'true') return false;
  return roots.every(
    (root) =>
      !root.querySelector('[aria-busy=true]') &&
      [...root.querySelectorAll<HTMLButtonElement>('button[type=submit]')].every((b) => !b.disabled && b.getAttribute('aria-disabled') !== 'true'),
  );
}
