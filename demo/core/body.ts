import type { Context } from 'hono';
import type { Endpoint } from '../../src/contract/index.js';
import { ApiProblem } from './problem.js';

/*
 * Reading a request's input: path parameters, then the query (GET, DELETE) or the body (POST, PATCH). Bodies are
 * counted as they stream in and refused once over the limit, with or without Content-Length, so a 100 MB chunked
 * body costs no more than the limit (CONTRACT.md, Security rules: `streamed-body-limit`).
 */

/** The largest JSON body (CONTRACT.md, Basics). */
export const JSON_LIMIT_BYTES = 64 * 1024;
/** The largest uploaded file, and the largest multipart body: the file plus room for the other parts and framing. */
export const UPLOAD_LIMIT_BYTES = 10 * 1024 * 1024;
export const MULTIPART_LIMIT_BYTES = UPLOAD_LIMIT_BYTES + JSON_LIMIT_BYTES;

/** `application/json` or another JSON type (`application/merge-patch+json`), parameters aside. */
function isJsonType(contentType: string): boolean {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || /^application\/[^/]+\+json$/.test(type);
}

/**
 * The body's bytes, at most `limit` of them: `payload_too_large` as soon as Content-Length says more, or as soon as
 * the bytes read pass the limit. What is not read yet stays unread.
 */
export async function readLimited(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > limit) throw new ApiProblem('payload_too_large');
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      reader.releaseLock();
      throw new ApiProblem('payload_too_large');
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

export async function readInput(c: Context, row: Endpoint): Promise<Record<string, unknown>> {
  const input: Record<string, unknown> = { ...c.req.param() };
  if (row.method === 'GET' || row.method === 'DELETE') {
    for (const [key, value] of new URL(c.req.url).searchParams) input[key] = value;
    return input;
  }
  const type = c.req.header('content-type') ?? '';
  if (row.upload) {
    // A body of another type is a broken request, not a file of the wrong type (that is `unsupported_media_type`).
    if (!type.toLowerCase().startsWith('multipart/form-data')) throw new ApiProblem('malformed_request');
    const bytes = await readLimited(c.req.raw, MULTIPART_LIMIT_BYTES);
    const form = await new Request('http://body.invalid/', { method: 'POST', headers: { 'content-type': type }, body: bytes })
      .formData()
      .catch(() => {
        throw new ApiProblem('malformed_request');
      });
    for (const [key, value] of form) input[key] = value;
    return input;
  }
  const text = new TextDecoder().decode(await readLimited(c.req.raw, JSON_LIMIT_BYTES));
  // An empty body is `{}` whatever its type; any other body must be JSON, or the request is malformed.
  if (text.trim() === '') return input;
  if (!isJsonType(type)) throw new ApiProblem('malformed_request');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ApiProblem('malformed_request');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new ApiProblem('malformed_request');
  return { ...body, ...input };
}
