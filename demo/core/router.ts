import type { Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import * as z from 'zod/mini';
import { declaredErrors, type Endpoint, type FieldError, type Session } from '../../src/contract/index.js';
import { readInput } from './body.js';
import type { BackendContext } from './context.js';
import type { UserRecord } from './model.js';
import { ApiProblem, problemResponse } from './problem.js';
import { SESSION_COOKIE, SESSION_TTL_SECONDS, sessionView, type SessionRecord } from './sessions.js';

/** What a handler gets besides its validated input. */
export interface Call {
  readonly request: Request;
  /**
   * Who is calling, for per-client limits: in test mode the `X-Tillit-Test-Client` header when present; behind a
   * trusted proxy the last `X-Forwarded-For` address; else the peer address (`local` in a page).
   */
  readonly client: string;
  /** The request asked for bearer mode (`X-Tillit-Session-Mode: bearer`): no cookies, tokens in answers. */
  readonly bearerMode: boolean;
  /** The signed-in user; non-null on `session` rows and rows that need a session (the router refused the rest). */
  readonly user: UserRecord | null;
  readonly session: SessionRecord | null;
  /** Starts a session for `user` (cookie or bearer, as the request asked) and returns its contract view. */
  signIn(user: UserRecord): Session;
  /** Ends the current session and clears its cookie. */
  signOut(): void;
  readCookie(name: string): string | undefined;
  /** Sets a cookie of the site (`Path=/`, HttpOnly, SameSite=Lax, Secure over HTTPS), for `maxAgeSeconds`. */
  setCookie(name: string, value: string, maxAgeSeconds: number): void;
}

type Output<E extends Endpoint> = E['output'] extends z.ZodMiniType ? z.output<E['output']> : void;
export type Handler<E extends Endpoint> = (input: z.output<E['input']>, call: Call) => Promise<Output<E>> | Output<E>;

/** What the server in front of the backend knows about the connection (Node passes the peer address). */
export interface ConnectionInfo {
  readonly clientAddress?: string;
}

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

/** The request came over HTTPS, directly or through a TLS-terminating proxy that says so. */
function overHttps(c: Context): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  // Trusting the header is safe here: it can only add `Secure`, which harms nobody but a sender who lies.
  const forwarded = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  return forwarded === 'https' || /(?:^|[;,\s])proto=https(?:$|[;,\s])/i.test(c.req.header('forwarded') ?? '');
}

function clientOf(c: Context, ctx: BackendContext): string {
  const testClient = ctx.options.testing ? c.req.header('x-tillit-test-client') : undefined;
  if (testClient) return `test:${testClient}`;
  if (ctx.options.trustProxy) {
    const hops = c.req.header('x-forwarded-for')?.split(',').map((hop) => hop.trim()).filter(Boolean);
    const last = hops?.at(-1);
    if (last) return last;
  }
  return (c.env as ConnectionInfo | undefined)?.clientAddress ?? 'local';
}

function cookieString(name: string, value: string, maxAgeSeconds: number, secure: boolean): string {
  return `${name}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure ? '; Secure' : ''}`;
}

/**
 * Registers one endpoint-table row on the Hono app: parses and validates the input with the row's schema,
 * enforces access (session, CSRF, testing mode), runs the handler and validates its output with the same
 * contract the client uses, so the reference backend cannot drift from the contract without a failing call.
 */
export function route<E extends Endpoint>(app: Hono, ctx: BackendContext, row: E, handler: Handler<E>): void {
  const declared = declaredErrors(row);
  const needsSession = row.access === 'session' || row.needsSession === true;
  app.on(row.method, honoPath(row.path), async (c) => {
    try {
      if (row.access === 'testing' && !ctx.options.testing) return problemResponse('not_found');
      const session = authenticate(c, ctx);
      if (needsSession) {
        if (!session) throw new ApiProblem('unauthenticated');
        if (session.mode === 'cookie' && isUnsafe(row.method) && c.req.header('x-csrf-token') !== session.csrfToken) {
          throw new ApiProblem('csrf_failed');
        }
      }
      const raw = await readInput(c, row);
      const parsed = z.safeParse(row.input, raw);
      if (!parsed.success) throw new ApiProblem('validation_failed', { fields: fieldErrors(parsed.error) });
      const user = needsSession && session ? (ctx.users.get(session.userId) ?? null) : null;
      if (needsSession && !user) throw new ApiProblem('unauthenticated');

      const bearerMode = c.req.header('x-tillit-session-mode')?.toLowerCase() === 'bearer';
      const secure = overHttps(c);
      let current = session;
      const setCookies: string[] = [];
      const call: Call = {
        request: c.req.raw,
        client: clientOf(c, ctx),
        bearerMode,
        user,
        session: needsSession ? session : null,
        signIn: (u) => {
          current = ctx.sessions.create(u.id, bearerMode ? 'bearer' : 'cookie');
          if (current.mode === 'cookie') setCookies.push(cookieString(SESSION_COOKIE, current.token, SESSION_TTL_SECONDS, secure));
          return sessionView(current, u);
        },
        signOut: () => {
          if (session) ctx.sessions.end(session.token);
          current = null;
          setCookies.push(cookieString(SESSION_COOKIE, '', 0, secure));
        },
        readCookie: (name) => getCookie(c, name),
        setCookie: (name, value, maxAge) => setCookies.push(cookieString(name, value, maxAge, secure)),
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
