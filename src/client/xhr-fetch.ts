import type { FetchLike } from './exchange.js';

/** Upload progress as the browser reports it: bytes of the request body sent so far, out of `total`. */
export interface UploadProgress {
  loaded: number;
  total: number;
}

function headersOf(xhr: XMLHttpRequest): Headers {
  const headers = new Headers();
  for (const line of xhr.getAllResponseHeaders().split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return headers;
}

/**
 * A `fetch` that goes through XMLHttpRequest, because fetch cannot report upload progress. Only what the client
 * needs: method, headers, credentials, body, signal.
 */
export function xhrFetch(
  url: string,
  init: RequestInit,
  onUploadProgress: (progress: UploadProgress) => void,
): Promise<Response> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(init.method ?? 'GET', url);
    // Same-origin requests always carry cookies with XHR; this only decides cross-origin ones.
    xhr.withCredentials = init.credentials === 'include';
    new Headers(init.headers).forEach((value, name) => xhr.setRequestHeader(name, value));
    // The listener must exist before send(), or the browser never reports upload progress.
    xhr.upload.addEventListener('progress', (event) => {
      onUploadProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : event.loaded });
    });
    xhr.addEventListener('load', () => {
      if (xhr.status < 200 || xhr.status > 599) return reject(new TypeError(`Unusable HTTP status ${xhr.status}.`));
      const noBody = xhr.status === 204 || xhr.status === 205 || xhr.status === 304;
      resolve(new Response(noBody ? null : xhr.responseText, { status: xhr.status, headers: headersOf(xhr) }));
    });
    xhr.addEventListener('error', () => reject(new TypeError('Network request failed.')));
    xhr.addEventListener('abort', () => reject(new DOMException('The request was aborted.', 'AbortError')));
    init.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send((init.body ?? null) as XMLHttpRequestBodyInit | null);
  });
}

/** Approximate body size in bytes (multipart framing left out), for the one progress report fetch can give. */
function bodySize(body: RequestInit['body']): number {
  if (typeof body === 'string') return new TextEncoder().encode(body).length;
  if (!(body instanceof FormData)) return 0;
  let size = 0;
  body.forEach((value) => (size += typeof value === 'string' ? new TextEncoder().encode(value).length : value.size));
  return size;
}

/**
 * The transport of a call that reports upload progress: XMLHttpRequest where there is one and the host gave no
 * `fetch` of its own (`custom`); else that fetch, reporting the whole body as sent once it answered.
 */
export function withProgress(custom: FetchLike | undefined, onProgress: (progress: UploadProgress) => void): FetchLike {
  if (!custom && typeof XMLHttpRequest !== 'undefined') return (url, init) => xhrFetch(url, init, onProgress);
  const viaFetch: FetchLike = custom ?? ((url, init) => globalThis.fetch(url, init));
  return async (url, init) => {
    const response = await viaFetch(url, init);
    const total = bodySize(init.body);
    onProgress({ loaded: total, total });
    return response;
  };
}
