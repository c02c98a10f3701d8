import assert from 'node:assert/strict';
import { createBackend, type Backend } from '../../../demo/core/app.js';
import type { UserRecord } from '../../../demo/core/model.js';
import { passkeyRegistrationOptions, verifyPasskeyRegistration } from '../../../demo/core/webauthn.js';
import { SoftAuthenticator } from '../../support/soft-authenticator.js';

/*
 * The reference backend in this process, as the demo suites drive it: requests as a bearer-mode client sends them
 * (no server, no port), and accounts set up straight in its stores.
 */

/** `createBackend`'s default site: passkeys are made for this origin and the RP id `localhost`. */
export const ORIGIN = 'http://localhost:8787';

/** A backend in test mode, without the demo accounts. */
export const testBackend = (): Backend => createBackend({ testing: true, seed: false });

export interface RequestParts {
  /** The session token (`Authorization: Bearer`). */
  token?: string;
  /** A JSON body, or a multipart one. */
  json?: unknown;
  form?: FormData;
}

/** A request as the typed client sends it in bearer mode (`X-Tillit-Session-Mode: bearer`). */
export function bearerRequest(method: string, path: string, { token, json, form }: RequestParts = {}): Request {
  const headers = new Headers({ 'x-tillit-session-mode': 'bearer' });
  if (token) headers.set('authorization', `Bearer ${token}`);
  let body: BodyInit | undefined;
  if (json !== undefined) {
    headers.set('content-type', 'application/json');
    body = JSON.stringify(json);
  } else if (form) body = form;
  return new Request(ORIGIN + path, { method, headers, ...(body ? { body } : {}) });
}

/** Sends a `bearerRequest` and reads the JSON answer, a success body or a problem alike. */
export async function call<T = Record<string, unknown>>(
  backend: Backend,
  method: string,
  path: string,
  parts: RequestParts = {},
): Promise<{ status: number; body: T }> {
  const response = await backend.fetch(bearerRequest(method, path, parts));
  return { status: response.status, body: (await response.json()) as T };
}

/** A user with one passkey, registered through core/webauthn.ts by a software authenticator that keeps it. */
export async function userWithPasskey(backend: Backend, email = 'pk@example.com') {
  const user: UserRecord = await backend.context.users.create({ email, password: 'a long password' });
  const authenticator = new SoftAuthenticator(ORIGIN);
  const { challengeId, options } = await passkeyRegistrationOptions(backend.context, user);
  assert.equal(options.authenticatorSelection?.residentKey, 'required', 'a discoverable credential');
  const response = await authenticator.register(options);
  const passkey = await verifyPasskeyRegistration(backend.context, user, challengeId, response, 'Laptop');
  user.passkeys.push(passkey);
  return { user, authenticator, passkey };
}
