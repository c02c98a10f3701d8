import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/browser';

/*
 * A software passkey authenticator, so suites run real WebAuthn ceremonies without a browser: it answers what a
 * platform authenticator answers behind `navigator.credentials.create()` and `.get()`.
 *
 *   const authenticator = new SoftAuthenticator('http://localhost:8787');
 *   const response = await authenticator.register(creationOptions); // registerPasskey({ response, ... })
 *   const assertion = await authenticator.authenticate(requestOptions); // passkeySignIn({ response, ... })
 *
 * Registration: a fresh ES256 (P-256) key, attestation "none", the public key as COSE_Key in the attested
 * credential data. Assertions: authenticatorData (RP id hash, flags, signature counter) signed together with the
 * SHA-256 of clientDataJSON, DER-encoded as WebAuthn carries ECDSA signatures. Only WebCrypto, TextEncoder and
 * btoa are used, so it runs under Node and in a browser page alike.
 */

/** The members of creation options (as a backend sends them) a registration reads. */
export interface CreationOptions {
  challenge: string;
  rp?: { id?: string };
  user: { id: string };
}

/** The members of request options an assertion reads. */
export interface RequestOptions {
  challenge: string;
  rpId?: string;
  allowCredentials?: readonly { id: string }[];
}

export interface AssertionChoices {
  /** The origin the browser reports; another one plays a phishing page relaying the challenge. */
  origin?: string;
  /** Set the user-verified flag (PIN, biometrics): true unless a test says otherwise. User presence is always set. */
  userVerified?: boolean;
}

interface Passkey {
  id: string;
  rpId: string;
  keys: CryptoKeyPair;
  coseKey: Uint8Array;
  userHandle: string;
  counter: number;
}

// authenticatorData flags (WebAuthn §6.1)
const USER_PRESENT = 0x01;
const USER_VERIFIED = 0x04;
const ATTESTED_CREDENTIAL_DATA = 0x40;

export class SoftAuthenticator {
  private readonly passkeys: Passkey[] = [];

  constructor(readonly origin: string) {}

  /**
   * `navigator.credentials.create()`: a new passkey for `options.user`, scoped to `options.rp.id` (the origin's
   * host without one). `reuse` answers with a passkey it already holds instead, as if it ignored
   * `excludeCredentials`, so a test can see the backend refuse a credential registered before.
   */
  async register(options: CreationOptions, { reuse }: { reuse?: string } = {}): Promise<RegistrationResponseJSON> {
    const passkey = reuse === undefined ? await this.newPasskey(options) : this.passkey(reuse);
    const id = fromB64url(passkey.id);
    const authData = concat(
      await sha256(utf8(passkey.rpId)),
      [USER_PRESENT | USER_VERIFIED | ATTESTED_CREDENTIAL_DATA],
      uint32(passkey.counter),
      new Uint8Array(16), // AAGUID: none
      [id.length >> 8, id.length & 255],
      id,
      passkey.coseKey,
    );
    const attestationObject = cbor(
      new Map<Cbor, Cbor>([
        ['fmt', 'none'],
        ['attStmt', new Map()],
        ['authData', authData],
      ]),
    );
    return credential(passkey, {
      clientDataJSON: b64url(clientData('webauthn.create', options.challenge, this.origin)),
      attestationObject: b64url(attestationObject),
      transports: ['internal'],
    });
  }

  /**
   * `navigator.credentials.get()`: signs the challenge with the newest passkey for `options.rpId` (the origin's
   * host without one) that the allow-list names (any, without an allow-list: discoverable credentials), counting
   * its signature counter up.
   */
  async authenticate(
    options: RequestOptions,
    { origin = this.origin, userVerified = true }: AssertionChoices = {},
  ): Promise<AuthenticationResponseJSON> {
    const rpId = options.rpId ?? new URL(this.origin).hostname;
    const allowed = options.allowCredentials?.length ? new Set(options.allowCredentials.map((c) => c.id)) : null;
    const passkey = this.passkeys.findLast((p) => p.rpId === rpId && (!allowed || allowed.has(p.id)));
    if (!passkey) throw new Error(`the software authenticator holds no passkey for ${rpId} that the options allow`);
    passkey.counter += 1;
    const authData = concat(
      await sha256(utf8(rpId)),
      [USER_PRESENT | (userVerified ? USER_VERIFIED : 0)],
      uint32(passkey.counter),
    );
    const clientDataJSON = clientData('webauthn.get', options.challenge, origin);
    const signed = concat(authData, await sha256(clientDataJSON));
    const raw = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, passkey.keys.privateKey, signed);
    return credential(passkey, {
      clientDataJSON: b64url(clientDataJSON),
      authenticatorData: b64url(authData),
      signature: b64url(derSignature(new Uint8Array(raw))),
      userHandle: passkey.userHandle,
    });
  }

  private async newPasskey(options: CreationOptions): Promise<Passkey> {
    const keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
    const jwk = await crypto.subtle.exportKey('jwk', keys.publicKey);
    const coseKey = cbor(
      new Map<Cbor, Cbor>([
        [1, 2], // kty: EC2
        [3, -7], // alg: ES256
        [-1, 1], // crv: P-256
        [-2, fromB64url(jwk.x ?? '')],
        [-3, fromB64url(jwk.y ?? '')],
      ]),
    );
    const passkey: Passkey = {
      id: b64url(crypto.getRandomValues(new Uint8Array(16))),
      rpId: options.rp?.id ?? new URL(this.origin).hostname,
      keys,
      coseKey,
      userHandle: options.user.id,
      counter: 0,
    };
    this.passkeys.push(passkey);
    return passkey;
  }

  private passkey(id: string): Passkey {
    const passkey = this.passkeys.find((p) => p.id === id);
    if (!passkey) throw new Error(`the software authenticator holds no passkey ${id}`);
    return passkey;
  }
}

/** The PublicKeyCredential (as JSON) around an authenticator response. */
const credential = <R>(passkey: Passkey, response: R) => ({
  id: passkey.id,
  rawId: passkey.id,
  type: 'public-key' as const,
  authenticatorAttachment: 'platform' as const,
  clientExtensionResults: {},
  response,
});

const clientData = (type: 'webauthn.create' | 'webauthn.get', challenge: string, origin: string): Uint8Array<ArrayBuffer> =>
  utf8(JSON.stringify({ type, challenge, origin, crossOrigin: false }));

// --- bytes

const utf8 = (text: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text);
const b64url = (bytes: Uint8Array): string =>
  btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const fromB64url = (text: string): Uint8Array =>
  Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
const sha256 = async (data: Uint8Array<ArrayBuffer>): Promise<Uint8Array> =>
  new Uint8Array(await crypto.subtle.digest('SHA-256', data));
const uint32 = (n: number): number[] => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
function concat(...parts: (Uint8Array | readonly number[])[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The CBOR (RFC 8949) an attestation object needs: integers, byte and text strings, maps. */
type Cbor = number | string | Uint8Array | Map<Cbor, Cbor>;
function cborHead(major: number, length: number): number[] {
  if (length < 24) return [(major << 5) | length];
  if (length < 256) return [(major << 5) | 24, length];
  return [(major << 5) | 25, length >> 8, length & 255];
}
function cbor(value: Cbor): Uint8Array<ArrayBuffer> {
  if (typeof value === 'number') return concat(value >= 0 ? cborHead(0, value) : cborHead(1, -1 - value));
  if (typeof value === 'string') return concat(cborHead(3, utf8(value).length), utf8(value));
  if (value instanceof Uint8Array) return concat(cborHead(2, value.length), value);
  return concat(cborHead(5, value.size), ...[...value].flatMap(([k, v]) => [cbor(k), cbor(v)]));
}

/** WebCrypto signs ECDSA as r || s (32 bytes each); WebAuthn carries an ASN.1 DER SEQUENCE of two INTEGERs. */
function derSignature(raw: Uint8Array): Uint8Array {
  const integer = (bytes: Uint8Array): Uint8Array => {
    let i = 0;
    while (i < bytes.length - 1 && bytes[i] === 0) i++;
    const trimmed = bytes.slice(i);
    // A leading 1 bit would read as negative: prefix a zero byte.
    const body = (trimmed[0] ?? 0) & 0x80 ? concat([0], trimmed) : trimmed;
    return concat([0x02, body.length], body);
  };
  const sequence = concat(integer(raw.subarray(0, 32)), integer(raw.subarray(32)));
  return concat([0x30, sequence.length], sequence);
}
