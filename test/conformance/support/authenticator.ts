/*
 * A software passkey authenticator (ES256, attestation "none") with WebCrypto, so suites can run real WebAuthn
 * registrations and assertions without a browser: it builds authenticator data, the attestation object (CBOR) and
 * DER signatures as a platform authenticator does, for one origin and relying party.
 */

import type * as z from 'zod/mini';
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '../../../src/contract/index.js';

type Registration = z.input<typeof RegistrationResponseJSON>;
type Assertion = z.input<typeof AuthenticationResponseJSON>;

const b64url = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64url');
const fromB64url = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'base64url'));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const sha256 = async (data: Uint8Array): Promise<Uint8Array> =>
  new Uint8Array(await crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>));
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) out.set(part, (at += part.length) - part.length);
  return out;
};
const uint32 = (n: number): Uint8Array => new Uint8Array([(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]);

/** The little CBOR WebAuthn needs: integers, byte and text strings, maps. */
type Cbor = number | string | Uint8Array | Map<Cbor, Cbor>;
function cborHead(major: number, length: number): Uint8Array {
  if (length < 24) return new Uint8Array([(major << 5) | length]);
  if (length < 256) return new Uint8Array([(major << 5) | 24, length]);
  return new Uint8Array([(major << 5) | 25, length >> 8, length & 255]);
}
function cbor(value: Cbor): Uint8Array {
  if (typeof value === 'number') return value >= 0 ? cborHead(0, value) : cborHead(1, -1 - value);
  if (typeof value === 'string') return concat(cborHead(3, utf8(value).length), utf8(value));
  if (value instanceof Uint8Array) return concat(cborHead(2, value.length), value);
  return concat(cborHead(5, value.size), ...[...value].flatMap(([k, v]) => [cbor(k), cbor(v)]));
}

/** WebCrypto signs ECDSA as r||s; WebAuthn wants an ASN.1 DER SEQUENCE of two INTEGERs. */
function derSignature(raw: Uint8Array): Uint8Array {
  const integer = (bytes: Uint8Array) => {
    let i = 0;
    while (i < bytes.length - 1 && bytes[i] === 0) i++;
    const trimmed = bytes.slice(i);
    const body = (trimmed[0] ?? 0) & 0x80 ? concat(new Uint8Array([0]), trimmed) : trimmed;
    return concat(new Uint8Array([0x02, body.length]), body);
  };
  const seq = concat(integer(raw.slice(0, 32)), integer(raw.slice(32)));
  return concat(new Uint8Array([0x30, seq.length]), seq);
}

interface Credential {
  id: Uint8Array;
  keys: CryptoKeyPair;
  userHandle: string;
  counter: number;
}

export class SoftwareAuthenticator {
  private readonly credentials: Credential[] = [];

  constructor(
    readonly origin: string,
    readonly rpId: string,
  ) {}

  /** Answers `navigator.credentials.create()` for the creation options (JSON, as the backend sent them). */
  async register(options: { challenge: string; user: { id: string } }): Promise<Registration> {
    const keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
    const jwk = await crypto.subtle.exportKey('jwk', keys.publicKey);
    const id = crypto.getRandomValues(new Uint8Array(16));
    const coseKey = cbor(
      new Map<Cbor, Cbor>([
        [1, 2], // kty: EC2
        [3, -7], // alg: ES256
        [-1, 1], // crv: P-256
        [-2, fromB64url(jwk.x ?? '')],
        [-3, fromB64url(jwk.y ?? '')],
      ]),
    );
    const flags = 0x01 | 0x04 | 0x40; // user present, user verified, attested credential data
    const authData = concat(
      await sha256(utf8(this.rpId)),
      new Uint8Array([flags]),
      uint32(0),
      new Uint8Array(16), // AAGUID: none
      new Uint8Array([id.length >> 8, id.length & 255]),
      id,
      coseKey,
    );
    const attestationObject = cbor(
      new Map<Cbor, Cbor>([
        ['fmt', 'none'],
        ['attStmt', new Map()],
        ['authData', authData],
      ]),
    );
    this.credentials.push({ id, keys, userHandle: options.user.id, counter: 0 });
    return {
      id: b64url(id),
      rawId: b64url(id),
      type: 'public-key',
      authenticatorAttachment: 'platform',
      clientExtensionResults: {},
      response: {
        clientDataJSON: b64url(this.clientData('webauthn.create', options.challenge)),
        attestationObject: b64url(attestationObject),
        transports: ['internal'],
      },
    };
  }

  /**
   * Answers `navigator.credentials.get()` with the newest passkey (discoverable: no allow-list needed). `origin`
   * lets a test play a phishing page that relays the challenge.
   */
  async authenticate(options: { challenge: string }, origin = this.origin): Promise<Assertion> {
    const credential = this.credentials.at(-1);
    if (!credential) throw new Error('the software authenticator holds no passkey');
    credential.counter += 1;
    const authData = concat(await sha256(utf8(this.rpId)), new Uint8Array([0x01 | 0x04]), uint32(credential.counter));
    const clientDataJSON = this.clientData('webauthn.get', options.challenge, origin);
    const signed = concat(authData, await sha256(clientDataJSON));
    const raw = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, credential.keys.privateKey, signed as Uint8Array<ArrayBuffer>);
    return {
      id: b64url(credential.id),
      rawId: b64url(credential.id),
      type: 'public-key',
      authenticatorAttachment: 'platform',
      clientExtensionResults: {},
      response: {
        clientDataJSON: b64url(clientDataJSON),
        authenticatorData: b64url(authData),
        signature: b64url(derSignature(new Uint8Array(raw))),
        userHandle: credential.userHandle,
      },
    };
  }

  private clientData(type: string, challenge: string, origin = this.origin): Uint8Array {
    return utf8(JSON.stringify({ type, challenge, origin, crossOrigin: false }));
  }
}
