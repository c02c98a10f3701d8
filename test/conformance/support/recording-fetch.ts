import { AsyncLocalStorage } from 'node:async_hooks';

/*
 * A fetch that remembers what came back, so assertions look at the raw answer behind a client error (status,
 * headers, exact body), and every answer of the run can be judged (declared codes, openapi.json). Each exchange
 * belongs to the call that made it: a client call run through `inCall` collects its own exchanges, and a raw
 * `Response` maps to its exchange, so no assertion ever reads another request's answer.
 */

export interface RecordedExchange {
  method: string;
  url: string;
  /** The request's headers as sent (the test-client header included). */
  requestHeaders: Headers;
  status: number;
  headers: Headers;
  body: string;
}

/** The exchanges of one client call (one, since the suite's clients never retry). */
export interface CallRecord {
  readonly exchanges: RecordedExchange[];
}

const listeners: ((exchange: RecordedExchange) => void)[] = [];
const byResponse = new WeakMap<Response, RecordedExchange>();
const currentCall = new AsyncLocalStorage<CallRecord>();
let count = 0;
const runTag = Date.now().toString(36);

/** Calls `listener` with every exchange from now on, as it is recorded (the harness judges each one). */
export function onRecorded(listener: (exchange: RecordedExchange) => void): void {
  listeners.push(listener);
}

/** How many requests the run has made so far. */
export const requestCount = (): number => count;

/**
 * The header that names the client for a test-mode backend's per-client limits (CONTRACT.md, Testing mode): every
 * request gets a client of its own unless it names one, so only the tests of those limits meet them.
 */
export const TEST_CLIENT_HEADER = 'x-tillit-test-client';

export const recordingFetch: typeof fetch = async (input, init) => {
  const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
  if (!headers.has(TEST_CLIENT_HEADER)) headers.set(TEST_CLIENT_HEADER, `suite-${runTag}-${count}`);
  count++;
  const response = await fetch(input, { ...init, headers });
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
  const exchange: RecordedExchange = {
    method,
    url,
    requestHeaders: headers,
    status: response.status,
    headers: response.headers,
    body: await response.clone().text(),
  };
  byResponse.set(response, exchange);
  currentCall.getStore()?.exchanges.push(exchange);
  for (const listener of listeners) listener(exchange);
  return response;
};

/** Runs `work` (a client call) so that the exchanges it makes are collected in the returned record. */
export function inCall<T>(work: () => T): { record: CallRecord; result: T } {
  const record: CallRecord = { exchanges: [] };
  return { record, result: currentCall.run(record, work) };
}

/** The exchange behind a `Response` that `recordingFetch` returned. */
export function exchangeOf(response: Response): RecordedExchange | undefined {
  return byResponse.get(response);
}
