/*
 * A fetch that remembers what came back, so assertions can look at the raw answer behind a client error: the
 * status, the Content-Type and Retry-After headers and the exact body. Only the latest answers are kept.
 */

export interface RecordedExchange {
  method: string;
  url: string;
  status: number;
  headers: Headers;
  body: string;
}

const KEEP = 200;
const recorded: RecordedExchange[] = [];
const listeners: ((exchange: RecordedExchange) => void)[] = [];

/** Calls `listener` with every exchange from now on, as it is recorded (the harness counts coverage this way). */
export function onRecorded(listener: (exchange: RecordedExchange) => void): void {
  listeners.push(listener);
}

export const recordingFetch: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
  const exchange = { method, url, status: response.status, headers: response.headers, body: await response.clone().text() };
  recorded.push(exchange);
  for (const listener of listeners) listener(exchange);
  if (recorded.length > KEEP) recorded.splice(0, recorded.length - KEEP);
  return response;
};

/** The newest recorded answer that matches, newest first (calls may overlap, so "the last one" is not enough). */
export function findRecorded(match: (exchange: RecordedExchange) => boolean): RecordedExchange | undefined {
  for (let i = recorded.length - 1; i >= 0; i--) {
    const exchange = recorded[i];
    if (exchange && match(exchange)) return exchange;
  }
  return undefined;
}
