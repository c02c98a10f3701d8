import type { Hono } from 'hono';
import { endpoints } from '../../src/contract/index.js';
import type { BackendContext } from '../core/context.js';
import { route } from '../core/router.js';
import { sessionView } from '../core/sessions.js';

/** The current session and sign-out. The router has already refused anonymous calls and missing CSRF tokens. */
export function registerSession(app: Hono, ctx: BackendContext): void {
  route(app, ctx, endpoints.getSession, (_input, call) => {
    // Session rows only run with both set; the check keeps the types honest without a cast.
    if (!call.session || !call.user) throw new Error('session row without a session');
    return sessionView(call.session, call.user);
  });

  route(app, ctx, endpoints.signOut, (_input, call) => {
    call.signOut();
  });
}
