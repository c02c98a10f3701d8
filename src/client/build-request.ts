import type { Endpoint, HttpMethod } from '../contract/define.js';
import { TillitError } from './errors.js';

/** Everything about a request that does not come from the endpoint row or the input. */
export interface RequestContext {
  /** Where the backend lives, e.g. `https://api.example.com` or `/api` (a relative base works in browsers). */
  baseUrl: string;
  credentials?: RequestCredentials;
  /** Extra headers (the caller's own); the client's headers are set after these. */
  headers?: HeadersInit;
  /** Bearer mode: set (even to `null` before sign-in) to send `X-Tillit-Session-Mode: bearer`. */
  bearerToken?: string | null;
  /** Cookie mode: the newest `X-CSRF-Token` the backend sent, echoed on unsafe methods. */
  csrfToken?: string;
  locale?: string;
}

/** What building a request reads of an endpoint row: any `Endpoint` of the contract fits. */
export type RequestRow = Pick<Endpoint, 'method' | 'path' | 'upload'>;

export interface BuiltRequest {
  url: string;
  init: RequestInit & { method: HttpMethod; headers: Headers };
}

const PATH_PARAM = /:([A-Za-z_][A-Za-z0-9_]*)/g;
const UNSAFE_METHODS: ReadonlySet<HttpMethod> = new Set(['POST', 'PATCH', 'DELETE']);

/** Query strings and multipart text parts carry strings only: objects go as JSON. */
function asText(value: unknown): string {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

function fillPath(path: string, fields: Record<string, unknown>): string {
  return path.replace(PATH_PARAM, (_, name: string) => {
    const value = fields[name];
    if (value === undefined || value === null || value === '') {
      throw new TillitError('validation_failed', `Missing path parameter "${name}".`, {
        fields: [{ path: name, code: 'required' }],
      });
    }
    delete fields[name];
    return encodeURIComponent(asText(value));
  });
}

function toQuery(fields: Record<string, unknown>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    // A query string cannot say "null"; leaving the field out means the same to an optional schema field.
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) query.append(name, asText(item));
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

function toFormData(fields: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    const items = Array.isArray(value) && value.some((item) => item instanceof Blob) ? value : [value];
    for (const item of items) {
      if (item instanceof Blob) form.append(name, item);
      else form.append(name, asText(item));
    }
  }
  return form;
}

/**
 * Turns one endpoint row and its input into a URL and fetch options. Pure: it does not validate the input (the
 * conformance suite uses it to send inputs the contract refuses) and does no I/O.
 */
export function buildRequest(row: RequestRow, input: unknown, context: RequestContext): BuiltRequest {
  const fields: Record<string, unknown> = typeof input === 'object' && input !== null ? { ...input } : {};
  const path = fillPath(row.path, fields);

  const headers = new Headers(context.headers);
  headers.set('Accept', 'application/json, application/problem+json');
  if (context.locale) headers.set('Accept-Language', context.locale);
  if (context.bearerToken !== undefined) {
    headers.set('X-Tillit-Session-Mode', 'bearer');
    if (context.bearerToken) headers.set('Authorization', `Bearer ${context.bearerToken}`);
  } else if (context.csrfToken && UNSAFE_METHODS.has(row.method)) {
    headers.set('X-CSRF-Token', context.csrfToken);
  }

  const base = context.baseUrl.replace(/\/+$/, '');
  const init: BuiltRequest['init'] = { method: row.method, headers, credentials: context.credentials ?? 'include' };

  if (row.method === 'GET' || row.method === 'DELETE') return { url: base + path + toQuery(fields), init };

  if (row.upload) {
    // No Content-Type: the browser adds multipart/form-data with its boundary.
    init.body = toFormData(fields);
  } else {
    headers.set('Content-Type', 'application/json');
    init.body = JSON.stringify(fields);
  }
  return { url: base + path, init };
}
