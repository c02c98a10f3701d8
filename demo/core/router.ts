import type { Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import * as z from 'zod/mini';
import {
  commonErrors,
  type Endpoint,
  type ErrorCode,
  type FieldError,
  type Session,
} from '../../src/contract/index.js';
import type { BackendContext } from './context.js';
import type { UserRecord } from './model.js';
import { ApiProblem, problemResponse } from './problem.js';
import { SESSION_COOKIE, SESSION_TTL_SECONDS, sessionView, type SessionRecord } from './sessions.js';

/** The largest JSON body (CONTRACT.md, Basics). */
const JSON_LIMIT_BYTES = 64 * 1024;
/** The largest uploaded file, and the largest multipart body: the file plus room for the other parts and framing. */
export const UPLOAD_LIMIT_BYTES = 10 * 1024 * 1024;
const MULTIPART_LIMIT_BYTES = UPLOAD_LIMIT_BYTES + JSON_LIMIT_BYTES;

/** `application/json` or another JSON type (`application/merge-patch+json`), parameters aside. */
function isJsonType(contentType: string): boolean {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || /^application\/[^/]+\+json$/.test(type);
}

/** What a handler gets besides its validated input. */
export interface Call {
  readonly request: Request;
  /** Client address for rate limits (`x-forwarded-for` first hop behind the demo's own proxy, else `local`). */
  readonly ip: string;
  /** The signed-in user; only non-null on `session` rows (where the router already refused anonymous calls). */
  readonly user: UserRecord | null;
  readonly session: SessionRecord | null;
  /** Starts a session for `user` (cookie or bearer, as the request asked) and returns its contract view. */
  signIn(user: UserRecord): Session;
  /** Ends the current session and clears its cookie. */
  signOut(): void;
}

type Output<E extends Endpoint> = E['output'] extends z.ZodMiniType ? z.output<E['output']> : void;
export type Handler<E extends Endpoint> = (input: z.output<E['input']>, call: Call) => Promise<Output<E>> | Output<E>;

const honoPath = (path: string): string => path.replace(/:([A-Za-z]+)/g, ':$1');
const isUnsafe = (method: string): boolean => method !== 'GET' && method !== 'HEAD';

export function fieldErrors(error: z.core.$ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    code:
      issue.code === 'invalid_type' && issue.input === undefined
        ? 'required'
        : issue.code === 'too_small'
          ? issue.origin === 'string' || issue.origin === 'array'
            ? 'too_short'
            : 'too_small'
          : issue.code === 'too_big'
            ? issue.origin === 'string' || issue.origin === 'array'
              ? 'too_long'
              : 'too_large'
            : issue.code === 'invalid_value' || issue.code === 'unrecognized_keys'
              ? 'not_allowed'
              : 'invalid_format',
  }));
}

/**
 * Registers one endpoint-table row on the Hono app: parses and validates the input with the row's schema,
 * enforces access (session, CSRF, testing mode), runs the handler and validates its output with the same
 * contract the client uses, so the reference backend cannot drift from the contract without a failing call.
 */
export function route<E extends Endpoint>(app: Hono, ctx: BackendContext, row: E, handler: Handler<E>): void {
  const declared = new Set<ErrorCode>([...commonErrors, ...row.errors, 'unauthenticated', 'csrf_failed']);
  app.on(row.method, honoPath(row.path), async (c) => {
    try {
      if (row.access === 'testing' && !ctx.options.testing) return problemResponse('not_found');
      const session = authenticate(c, ctx);
      if (row.access === 'session') {
        if (!session) throw new ApiProblem('unauthenticated');
        if (session.mode === 'cookie' && isUnsafe(row.method) && c.req.header('x-csrf-token') !== session.csrfToken) {
          throw new ApiProblem('csrf_failed');
        }
      }
      const raw = await readInput(c, row);
      const parsed = z.safeParse(row.input, raw);
      if (!parsed.success) throw new ApiProblem('validation_failed', { fields: fieldErrors(parsed.error) });
      const user = row.access === 'session' && session ? (ctx.users.get(session.userId) ?? null) : null;
      if (row.access === 'session' && !user) throw new ApiProblem('unauthenticated');

      const wantsBearer = c.req.header('x-tillit-session-mode')?.toLowerCase() === 'bearer';
      let current = session;
      const setCookies: string[] = [];
      const secure = new URL(c.req.url).protocol === 'https:' ? '; Secure' : '';
      const call: Call = {
        request: c.req.raw,
        ip: c.req.header('x-forwarded-for')?.split(',')[0]?.trim() || 'local',
        user,
        session,
        signIn: (u) => {
          current = ctx.sessions.create(u.id, wantsBearer ? 'bearer' : 'cookie');
          if (current.mode === 'cookie') {
            setCookies.push(
              `${SESSION_COOKIE}=${current.token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${SESSION_TTL_SECONDS}${secure}`,
            );
          }
          return sessionView(current, u);
        },
        signOut: () => {
          if (session) ctx.sessions.end(session.token);
          current = null;
          setCookies.push(`${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${secure}`);
        },
      };

      const result = await handler(parsed.data as z.output<E['input']>, call);
      const headers = new Headers({ 'cache-control': 'no-store' });
      if (current?.mode === 'cookie') headers.set('x-csrf-token', current.csrfToken);
      for (const cookie of setCookies) headers.append('set-cookie', cookie);
      if (row.output === undefined) return new Response(null, { status: 204, headers });
      const checked = z.safeParse(row.output, result);
      if (!checked.success) {
        ctx.options.log?.(`reference backend broke its own contract on ${row.method} ${row.path}`, checked.error);
        return problemResponse('internal_error');
      }
      headers.set('content-type', 'application/json');
      return new Response(JSON.stringify(checked.data), { status: row.status ?? 200, headers });
    } catch (error) {
      if (error instanceof ApiProblem) {
        if (!declared.has(error.code)) {
          ctx.options.log?.(`undeclared error ${error.code} on ${row.method} ${row.path}`, error);
        }
        return problemResponse(error.code, error.extras);
      }
      ctx.options.log?.(`unexpected error on ${row.method} ${row.path}`, error);
      return problemResponse('internal_error');
    }
  });
}

function authenticate(c: Context, ctx: BackendContext): SessionRecord | null {
  const auth = c.req.header('authorization');
  if (auth?.toLowerCase().startsWith('bearer ')) {
    const found = ctx.sessions.find(auth.slice(7).trim());
    return found?.mode === 'bearer' ? found : null;
  }
  const found = ctx.sessions.find(getCookie(c, SESSION_COOKIE));
  return found?.mode === 'cookie' ? found : null;
}

async function readInput(c: Context, row: Endpoint): Promise<Record<string, unknown>> {
  const input: Record<string, unknown> = { ...c.req.param() };
  if (row.method === 'GET' || row.method === 'DELETE') {
    for (const [key, value] of new URL(c.req.url).searchParams) input[key] = value;
    return input;
  }
  const length = Number(c.req.header('content-length') ?? 0);
  const type = c.req.header('content-type') ?? '';
  if (row.upload) {
    if (length > MULTIPART_LIMIT_BYTES) throw new ApiProblem('payload_too_large');
    // A body of another type is a broken request, not a file of the wrong type (that is `unsupported_media_type`).
    if (!type.toLowerCase().startsWith('multipart/form-data')) throw new ApiProblem('malformed_request');
    const form = await c.req.raw.formData().catch(() => {
      throw new ApiProblem('malformed_request');
    });
    for (const [key, value] of form) input[key] = value;
    return input;
  }
  if (length > JSON_LIMIT_BYTES) throw new ApiProblem('payload_too_large');
  // Without Content-Length (chunked) the size only shows once read.
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (bytes.byteLength > JSON_LIMIT_BYTES) throw new ApiProblem('payload_too_large');
  const text = new TextDecoder().decode(bytes);
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
