import type { MiddlewareHandler } from 'hono';

/*
 * CORS for bearer mode from other origins (CONTRACT.md, Security rules: `cors`). Any origin may call without
 * credentials, since a bearer token is no ambient authority; the exchange's own origins may also send cookies.
 */

const ALLOWED_METHODS = 'GET, POST, PATCH, DELETE';
const ALLOWED_HEADERS = 'Authorization, Content-Type, Accept-Language, X-CSRF-Token, X-Tillit-Session-Mode';
const EXPOSED_HEADERS = 'X-CSRF-Token, Retry-After';

export function cors(ownOrigins: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    const origin = c.req.header('origin');
    const own = origin !== undefined && ownOrigins.includes(origin);
    const headers: Record<string, string> = own
      ? { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true', vary: 'Origin' }
      : { 'access-control-allow-origin': '*' };
    if (c.req.method === 'OPTIONS') {
      return new Response(null, {
        status: 204,
        headers: {
          ...headers,
          'access-control-allow-methods': ALLOWED_METHODS,
          'access-control-allow-headers': ALLOWED_HEADERS,
          'access-control-max-age': '600',
        },
      });
    }
    await next();
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
    c.res.headers.set('access-control-expose-headers', EXPOSED_HEADERS);
  };
}
