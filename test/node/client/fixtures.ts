import * as z from 'zod/mini';
import { endpoint } from '../../../src/contract/define.js';

/** A small table with one row of each kind, so the client is tested apart from the real contract's churn. */
export const thingEndpoints = {
  getThing: endpoint({
    method: 'GET',
    path: '/v1/things/:thingId',
    flow: 'testing',
    access: 'public',
    input: z.object({
      thingId: z.string().check(z.minLength(1)),
      filter: z.optional(z.string()),
      tags: z.optional(z.array(z.string())),
      page: z.optional(z.int()),
    }),
    output: z.object({ id: z.string(), count: z.int() }),
    errors: ['not_found'],
    idempotent: true,
  }),
  createThing: endpoint({
    method: 'POST',
    path: '/v1/things',
    flow: 'testing',
    access: 'session',
    input: z.object({
      name: z.string().check(z.minLength(2), z.maxLength(20)),
      size: z.optional(z.int().check(z.lte(10))),
      colour: z.optional(z.enum(['red', 'blue'])),
      nested: z.optional(z.object({ deep: z.boolean() })),
    }),
    output: z.object({ id: z.string(), count: z.int() }),
    status: 201,
    errors: ['identifier_taken'],
  }),
  renameThing: endpoint({
    method: 'PATCH',
    path: '/v1/things/:thingId',
    flow: 'testing',
    access: 'session',
    input: z.object({ thingId: z.string(), name: z.string() }),
    output: z.object({ id: z.string(), count: z.int() }),
    errors: [],
  }),
  deleteThing: endpoint({
    method: 'DELETE',
    path: '/v1/things/:thingId',
    flow: 'testing',
    access: 'session',
    input: z.object({ thingId: z.string(), reason: z.optional(z.string()) }),
    output: undefined,
    status: 204,
    errors: [],
    idempotent: true,
  }),
  listThings: endpoint({
    method: 'GET',
    path: '/v1/things',
    flow: 'testing',
    access: 'public',
    input: z.object({}),
    output: z.array(z.string()),
    errors: [],
    idempotent: true,
  }),
  uploadDocument: endpoint({
    method: 'POST',
    path: '/v1/things/:thingId/documents',
    flow: 'testing',
    access: 'session',
    input: z.object({
      thingId: z.string(),
      kind: z.enum(['passport', 'selfie']),
      file: z.file(),
      meta: z.optional(z.object({ pages: z.int() })),
    }),
    output: z.object({ id: z.string(), count: z.int() }),
    status: 201,
    errors: ['payload_too_large'],
    upload: true,
  }),
} as const;

export interface RecordedCall {
  url: string;
  method: string;
  headers: Headers;
  credentials: RequestCredentials | undefined;
  body: RequestInit['body'];
  signal: AbortSignal | undefined;
}

export type Handler = (call: RecordedCall, index: number) => Response | Promise<Response>;

/** A `fetch` that records every call and answers with `handler`; a throwing handler is a network failure. */
export function fakeFetch(handler: Handler): { fetch: typeof fetch; calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  const fetch = async (url: string | URL | Request, init: RequestInit = {}) => {
    const call: RecordedCall = {
      url: String(url),
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      credentials: init.credentials,
      body: init.body,
      signal: init.signal ?? undefined,
    };
    calls.push(call);
    return handler(call, calls.length - 1);
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

export function json(body: unknown, status = 200, headers: HeadersInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...Object.fromEntries(new Headers(headers)) },
  });
}

export function problem(code: string, status: number, extra: object = {}, headers: HeadersInit = {}): Response {
  const body = { type: `https://tillit.dev/problems/${code}`, title: `Problem ${code}`, status, code, ...extra };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...Object.fromEntries(new Headers(headers)) },
  });
}

export const thing = { id: 't1', count: 3 };

/** Never answers, but rejects like fetch does when its signal aborts. */
export function hangUntilAborted(call: RecordedCall): Promise<Response> {
  return new Promise((_, reject) => call.signal?.addEventListener('abort', () => reject(call.signal?.reason)));
}

/** The rejection of `promise`, failing the test if it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the call to reject, but it resolved.');
}
