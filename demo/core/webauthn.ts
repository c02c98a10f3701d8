import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import type * as z from 'zod/mini';
import type {
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from '../../src/contract/index.js';
import { isoBase64URL } from '@simplewebauthn/server/helpers';
import { isoInstant } from './clock.js';
import type { BackendContext } from './context.js';
import { randomId } from './ids.js';
import type { PasskeyRecord, UserRecord } from './model.js';
import { ApiProblem } from './problem.js';

/*
 * The relying-party side of passkeys, shared by passkey sign-in (routes/sign-in.ts), the passkey factor of
 * step-up (routes/step-up.ts) and passkey registration (the security flow). Challenges are kept here, single-use
 * and short-lived, under an id the client echoes (or, for step-up, the step-up keeps).
 */

/** How long a WebAuthn ceremony may take, from options to verify. */
export const PASSKEY_CHALLENGE_SECONDS = 5 * 60;

interface PendingCeremony {
  challenge: string;
  /** What the challenge was issued for, so a registration challenge cannot finish a sign-in. */
  purpose: string;
  userId: string | null;
  expiresAtMs: number;
}

const ceremonies = (ctx: BackendContext) => ctx.state('webauthn', () => new Map<string, PendingCeremony>());

function remember(ctx: BackendContext, challenge: string, purpose: string, userId: string | null): string {
  const id = randomId('wac');
  ceremonies(ctx).set(id, {
    challenge,
    purpose,
    userId,
    expiresAtMs: ctx.clock.nowMs() + PASSKEY_CHALLENGE_SECONDS * 1000,
  });
  return id;
}

/** Takes a pending ceremony out (it works once, used or failed); `challenge_expired` if unknown, stale or foreign. */
export function takeCeremony(ctx: BackendContext, id: string, purpose: string, userId: string | null = null): PendingCeremony {
  const pending = ceremonies(ctx).get(id);
  ceremonies(ctx).delete(id);
  if (!pending || pending.purpose !== purpose || pending.userId !== userId || pending.expiresAtMs <= ctx.clock.nowMs()) {
    throw new ApiProblem('challenge_expired');
  }
  return pending;
}

/** Drops a pending ceremony that will not be answered (replaced by a newer one, or its flow ended). */
export function forgetCeremony(ctx: BackendContext, id: string): void {
  ceremonies(ctx).delete(id);
}

/** What an assertion ceremony is for; the same scope must be given to the options and to the verification. */
export interface AssertionScope {
  /** E.g. `sign-in` or `step-up:<id>:passkey`: a challenge issued for one purpose cannot finish another. */
  purpose: string;
  /** Only this user's passkeys count (step-up); without one, any discoverable passkey of the site (sign-in). */
  user?: UserRecord;
  /** Step-up requires user verification (PIN, biometrics); sign-in only prefers it. */
  userVerification?: 'preferred' | 'required';
}

/**
 * Request options for an assertion. Without a user (sign-in) there is no allow-list, so the browser offers every
 * discoverable passkey for the site; with one (step-up) only that user's passkeys are allowed.
 */
export async function passkeyRequestOptions(
  ctx: BackendContext,
  { purpose, user, userVerification = 'preferred' }: AssertionScope,
): Promise<{ challengeId: string; options: RequestOptions }> {
  const options = await generateAuthenticationOptions({
    rpID: ctx.options.rpId,
    userVerification,
    timeout: PASSKEY_CHALLENGE_SECONDS * 1000,
    ...(user ? { allowCredentials: user.passkeys.map((p) => ({ id: p.id, transports: asTransports(p.transports) })) } : {}),
  });
  return {
    challengeId: remember(ctx, options.challenge, purpose, user?.id ?? null),
    options: { ...options, allowCredentials: options.allowCredentials?.map(descriptor) },
  };
}

/** Request options for a discoverable-credential sign-in (no allow-list). */
export const passkeySignInOptions = (ctx: BackendContext) => passkeyRequestOptions(ctx, { purpose: 'sign-in' });

/**
 * Verifies an assertion against the passkey it names and returns its owner. With a user in the scope (step-up) the
 * passkey must be that user's. Updates the signature counter (a cloned authenticator shows up as a counter going
 * backwards) and `lastUsedAt`.
 */
export async function verifyPasskeyAssertion(
  ctx: BackendContext,
  challengeId: string,
  { purpose, user: expectedUser, userVerification = 'preferred' }: AssertionScope,
  response: AuthenticationResponseJSON,
): Promise<UserRecord> {
  const userId = expectedUser?.id ?? null;
  const { challenge } = takeCeremony(ctx, challengeId, purpose, userId);
  const owner = findPasskey(ctx, response.id);
  if (!owner || (userId !== null && owner.user.id !== userId)) throw new ApiProblem('passkey_failed');
  const { user, passkey } = owner;
  // A discoverable credential names its user; it must be the passkey's owner.
  if (response.response.userHandle !== undefined && response.response.userHandle !== user.webauthnUserId) {
    throw new ApiProblem('passkey_failed');
  }
  const result = await verifyAuthenticationResponse({
    response,
    ...expected(ctx, challenge),
    credential: {
      id: passkey.id,
      publicKey: new Uint8Array(passkey.publicKey),
      counter: passkey.counter,
      transports: asTransports(passkey.transports),
    },
    requireUserVerification: userVerification === 'required',
  }).catch(() => null);
  if (!result?.verified) throw new ApiProblem('passkey_failed');
  passkey.counter = result.authenticationInfo.newCounter;
  passkey.lastUsedAt = isoInstant(ctx.clock.nowMs());
  return user;
}

export const verifyPasskeySignIn = (ctx: BackendContext, challengeId: string, response: AuthenticationResponseJSON) =>
  verifyPasskeyAssertion(ctx, challengeId, { purpose: 'sign-in' }, response);

/** What every response must match: the challenge of its ceremony, one of the site's origins, the RP id. */
const expected = (ctx: BackendContext, challenge: string) => ({
  expectedChallenge: challenge,
  expectedOrigin: ctx.options.origins,
  expectedRPID: ctx.options.rpId,
});

type Transport = NonNullable<Parameters<typeof verifyAuthenticationResponse>[0]['credential']['transports']>[number];
/** Stored transports are plain strings (what the browser reported); the library wants its own union. */
const asTransports = (transports: readonly string[]): Transport[] => transports as Transport[];

type RequestOptions = z.output<typeof PublicKeyCredentialRequestOptionsJSON>;
type CreationOptions = z.output<typeof PublicKeyCredentialCreationOptionsJSON>;

/** The library types `type` as any string; the contract (and every browser) knows only `public-key`. */
const descriptor = (d: { id: string; transports?: string[] }) => ({
  id: d.id,
  type: 'public-key' as const,
  ...(d.transports ? { transports: d.transports } : {}),
});

function findPasskey(ctx: BackendContext, credentialId: string): { user: UserRecord; passkey: PasskeyRecord } | null {
  for (const user of ctx.users.all()) {
    const passkey = user.passkeys.find((p) => p.id === credentialId);
    if (passkey) return { user, passkey };
  }
  return null;
}

/**
 * Creation options for adding a passkey to `user`: a resident (discoverable) key, so it can sign in without a
 * username later; the user's existing passkeys are excluded so one authenticator is not registered twice.
 */
export async function passkeyRegistrationOptions(
  ctx: BackendContext,
  user: UserRecord,
): Promise<{ challengeId: string; options: CreationOptions }> {
  const options = await generateRegistrationOptions({
    rpName: ctx.options.rpName,
    rpID: ctx.options.rpId,
    userID: isoBase64URL.toBuffer(user.webauthnUserId),
    userName: user.email ?? user.phone ?? user.displayName,
    userDisplayName: user.displayName,
    timeout: PASSKEY_CHALLENGE_SECONDS * 1000,
    attestationType: 'none',
    excludeCredentials: user.passkeys.map((p) => ({ id: p.id, transports: asTransports(p.transports) })),
    authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
  });
  return {
    challengeId: remember(ctx, options.challenge, 'register', user.id),
    options: {
      ...options,
      // Spread into plain objects: the library's interfaces lack the index signature the loose schemas infer.
      rp: { ...options.rp },
      user: { ...options.user },
      authenticatorSelection: { ...options.authenticatorSelection },
      pubKeyCredParams: options.pubKeyCredParams.map((p) => ({ alg: p.alg, type: 'public-key' as const })),
      excludeCredentials: options.excludeCredentials?.map(descriptor),
    },
  };
}

/** Verifies a registration response and returns the new passkey (not yet stored: the caller adds it). */
export async function verifyPasskeyRegistration(
  ctx: BackendContext,
  user: UserRecord,
  challengeId: string,
  response: RegistrationResponseJSON,
  name: string,
): Promise<PasskeyRecord> {
  const { challenge } = takeCeremony(ctx, challengeId, 'register', user.id);
  const result = await verifyRegistrationResponse({
    response,
    ...expected(ctx, challenge),
    requireUserVerification: false,
  }).catch(() => null);
  if (!result?.verified) throw new ApiProblem('passkey_failed');
  const { credential } = result.registrationInfo;
  if (findPasskey(ctx, credential.id)) throw new ApiProblem('already_bound');
  return {
    id: credential.id,
    name,
    publicKey: credential.publicKey,
    counter: credential.counter,
    transports: credential.transports ?? [],
    createdAt: isoInstant(ctx.clock.nowMs()),
    lastUsedAt: null,
  };
}
