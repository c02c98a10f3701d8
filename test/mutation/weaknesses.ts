import * as z from 'zod/mini';
import { ContactKind, endpoints, Id, type Endpoint } from '../../src/contract/index.js';
import { RateLimiter } from '../../demo/core/rate-limit.js';
import { KeyedSerial } from '../../demo/core/serial.js';
import { VerificationTokens, type TokenSession } from '../../demo/core/verifications.js';

/*
 * Weaknesses a backend team could ship, switched on one at a time in a throwaway copy of the reference backend
 * (test/mutation/weak-backend.ts): each either patches a module of that process before the backend starts, or puts
 * a layer in front of its fetch handler. Nothing here is imported by the product, the demo or the suite; it exists
 * to show that the conformance suite fails every one of them (scripts/mutation.ts).
 */

export type FetchHandler = (request: Request, connection: { clientAddress?: string }) => Promise<Response>;

export interface Weakness {
  readonly id: string;
  readonly what: string;
  /** Patches the backend's modules; runs before the backend is created. */
  readonly patch?: () => void;
  /** A layer in front of the backend's fetch handler. */
  readonly wrap?: (next: FetchHandler) => FetchHandler;
}

const json = async (request: Request): Promise<Record<string, unknown> | null> => {
  try {
    return (await request.clone().json()) as Record<string, unknown>;
  } catch {
    return null;
  }
};

const withBody = (request: Request, body: unknown): Request =>
  new Request(request, { body: JSON.stringify(body), headers: new Headers(request.headers) });

/** What the backend's answers become with some headers rewritten. */
async function rewriteHeaders(response: Response, edit: (headers: Headers) => void): Promise<Response> {
  const headers = new Headers(response.headers);
  edit(headers);
  return new Response(response.status === 204 ? null : await response.arrayBuffer(), { status: response.status, headers });
}

export const weaknesses: readonly Weakness[] = [
  {
    id: 'no-request-validation',
    what: 'product rows take any input: the schema check of every request is skipped',
    patch: () => {
      for (const row of Object.values(endpoints) as Endpoint[]) (row as { input: z.ZodMiniType }).input = z.unknown();
    },
  },
  {
    id: 'no-value-kind-check',
    what: 'startContactBinding takes any value for its kind (an e-mail as a phone number, ...)',
    patch: () => {
      const row = endpoints.startContactBinding as { input: z.ZodMiniType };
      row.input = z.object({ kind: ContactKind, value: z.string().check(z.maxLength(254)), verificationToken: z.optional(Id) });
    },
  },
  {
    id: 'cookie-without-path',
    what: 'the session cookie is set (and cleared) without Path=/',
    wrap: (next) => async (request, connection) =>
      rewriteHeaders(await next(request, connection), (headers) => {
        const cookies = headers.getSetCookie();
        headers.delete('set-cookie');
        for (const cookie of cookies) headers.append('set-cookie', cookie.replace(/;\s*Path=\/(?=;|$)/i, ''));
      }),
  },
  {
    id: 'open-return-to',
    what: 'startSocialSignIn takes a returnTo on any origin (javascript: and data: still refused by the schema)',
    wrap: (next) => async (request, connection) => {
      if (request.method === 'POST' && /\/v1\/sign-in\/social\/[^/]+\/start$/.test(new URL(request.url).pathname)) {
        const body = await json(request);
        const returnTo = typeof body?.['returnTo'] === 'string' ? body['returnTo'] : '';
        // Anything that is a URL goes through: the backend is shown one of its own origins instead.
        if (URL.canParse(returnTo) && /^https?:$/.test(new URL(returnTo).protocol)) {
          return next(withBody(request, { ...body, returnTo: `http://localhost:8787${new URL(returnTo).pathname}` }), connection);
        }
      }
      return next(request, connection);
    },
  },
  {
    id: 'racing-counters',
    what: 'sign-in decides captcha/lock and counts the failure in two steps, with the password check between',
    patch: () => {
      KeyedSerial.prototype.run = function run<T>(_key: string, task: () => Promise<T> | T): Promise<T> {
        return Promise.resolve().then(task);
      };
    },
  },
  {
    id: 'token-any-session',
    what: 'a step-up token works in any session of its user',
    patch: () => {
      const consume = VerificationTokens.prototype.consume;
      const bySession = new Map<string, string>();
      const grant = VerificationTokens.prototype.grant;
      VerificationTokens.prototype.grant = function (session: TokenSession, action: string) {
        const granted = grant.call(this, session, action);
        bySession.set(granted.token, session.token);
        return granted;
      };
      VerificationTokens.prototype.consume = function (token: string | undefined, session: TokenSession, action: string) {
        const earnedIn = token ? bySession.get(token) : undefined;
        consume.call(this, token, earnedIn ? { userId: session.userId, token: earnedIn } : session, action);
      };
    },
  },
  {
    id: 'state-not-bound',
    what: 'finishSocialSignIn takes a state from any browser (no cookie or binding check)',
    wrap: (next) => {
      const bindings = new Map<string, { cookie?: string; binding?: string }>();
      return async (request, connection) => {
        const path = new URL(request.url).pathname;
        if (request.method === 'POST' && /\/social\/[^/]+\/finish$/.test(path)) {
          const body = await json(request);
          const kept = typeof body?.['state'] === 'string' ? bindings.get(body['state']) : undefined;
          if (body && kept) {
            const forged = withBody(request, { ...body, ...(kept.binding ? { binding: kept.binding } : {}) });
            if (kept.cookie) forged.headers.set('cookie', kept.cookie);
            return next(forged, connection);
          }
        }
        const response = await next(request, connection);
        if (request.method === 'POST' && /\/social\/[^/]+\/start$/.test(path) && response.ok) {
          const answer = (await response.clone().json()) as { state: string; binding?: string };
          const cookie = response.headers.getSetCookie().find((c) => c.startsWith('tillit_social='))?.split(';')[0];
          bindings.set(answer.state, { ...(cookie ? { cookie } : {}), ...(answer.binding ? { binding: answer.binding } : {}) });
        }
        return response;
      };
    },
  },
  {
    id: 'no-per-client-limit',
    what: 'sign-in limits count per identifier only (every request looks like a new client)',
    wrap: (next) => {
      let n = 0;
      return (request, connection) => {
        const headers = new Headers(request.headers);
        headers.set('x-tillit-test-client', `anyone-${n++}`);
        return next(new Request(request, { headers }), connection);
      };
    },
  },
  {
    id: 'buffered-body',
    what: 'bodies are read whole before their size is checked',
    wrap: (next) => async (request, connection) => {
      if (!request.body) return next(request, connection);
      const bytes = await request.arrayBuffer();
      const headers = new Headers(request.headers);
      headers.delete('content-length');
      const stream = new Blob([bytes]).stream();
      return next(new Request(request, { body: stream, headers, duplex: 'half' } as RequestInit), connection);
    },
  },
  {
    id: 'second-factor-unlimited',
    what: 'wrong second-factor codes count per challenge only, not per account',
    patch: () => {
      const peek = RateLimiter.prototype.peek;
      RateLimiter.prototype.peek = function (key: string, limit: number, windowSeconds: number) {
        return key.startsWith('second-factor:') ? 0 : peek.call(this, key, limit, windowSeconds);
      };
    },
  },
  {
    id: 'binding-issues-no-phrase',
    what: 'confirmTotpSetup binds the app but issues no recovery phrase, leaving its saving to a second step-up',
    wrap: (next) => async (request, connection) => {
      const response = await next(request, connection);
      if (request.method !== 'POST' || !/\/v1\/security\/totp\/setup\/[^/]+\/confirm$/.test(new URL(request.url).pathname) || !response.ok) {
        return response;
      }
      const body = (await response.json()) as Record<string, unknown>;
      const headers = new Headers(response.headers);
      headers.delete('content-length');
      return new Response(JSON.stringify({ ...body, recoveryPhrase: null }), { status: response.status, headers });
    },
  },
  {
    id: 'kyc-level-one-unchecked',
    what: "level 1 skips the level's own rules: a missing date of birth or address, and a holder under minimumAge, are taken",
    wrap: (next) => async (request, connection) => {
      const body = request.method === 'POST' && new URL(request.url).pathname === '/v1/kyc/level-1' ? await json(request) : null;
      if (!body) return next(request, connection);
      // What such a backend stores is whatever passes: here, the rules the reference backend would apply never see
      // the real values (an adult's birth date, an address in the submission's country).
      const address = body['address'] ?? { lines: ['Storgatan 1'], city: 'Uppsala', postalCode: '753 20', country: body['country'] };
      return next(withBody(request, { ...body, dateOfBirth: '1990-01-01', address }), connection);
    },
  },
];
