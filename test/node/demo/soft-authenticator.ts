import { createHash } from 'node:crypto';

/*
 * A minimal software passkey for backend unit tests: a P-256 key pair, its COSE public key as a verifier stores
 * it, and assertions signed the way a platform authenticator signs them (authenticatorData || SHA-256(clientData)).
 */

const b64url = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64url');
const sha256 = (data: Uint8Array | string): Uint8Array => new Uint8Array(createHash('sha256').update(data).digest());

/** WebCrypto signs ECDSA as raw r||s; WebAuthn carries ASN.1 DER. */
function derSignature(raw: Uint8Array): Uint8Array {
  const integer = (bytes: Uint8Array): number[] => {
    let i = 0;
    while (i < bytes.length - 1 && bytes[i] === 0) i++;
    const trimmed = [...bytes.slice(i)];
    return (trimmed[0] ?? 0) & 0x80 ? [0, ...trimmed] : trimmed;
  };
  const r = integer(raw.slice(0, 32));
  const s = integer(raw.slice(32));
  const body = [0x02, r.length, ...r, 0x02, s.length, ...s];
  return new Uint8Array([0x30, body.length, ...body]);
}

export interface SoftPasskey {
  id: string;
  /** COSE_Key (EC2, ES256), as @simplewebauthn stores `credential.publicKey`. */
  publicKey: Uint8Array;
  assert(challenge: string, options: { origin: string; rpId: string; userVerified?: boolean }): Promise<AssertionJSON>;
}

export interface AssertionJSON {
  id: string;
  rawId: string;
  type: 'public-key';
  clientExtensionResults: Record<string, never>;
  response: { clientDataJSON: string; authenticatorData: string; signature: string };
}

export async function createSoftPasskey(): Promise<SoftPasskey> {
  const keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', keys.publicKey)); // 0x04 || x || y
  const x = raw.slice(1, 33);
  const y = raw.slice(33, 65);
  // CBOR map {1: 2 (EC2), 3: -7 (ES256), -1: 1 (P-256), -2: x, -3: y}
  const publicKey = new Uint8Array([0xa5, 0x01, 0x02, 0x03, 0x26, 0x20, 0x01, 0x21, 0x58, 0x20, ...x, 0x22, 0x58, 0x20, ...y]);
  const id = b64url(crypto.getRandomValues(new Uint8Array(16)));
  let counter = 0;

  return {
    id,
    publicKey,
    async assert(challenge, { origin, rpId, userVerified = true }) {
      counter += 1;
      const clientDataJSON = new TextEncoder().encode(
        JSON.stringify({ type: 'webauthn.get', challenge, origin, crossOrigin: false }),
      );
      const flags = userVerified ? 0x05 : 0x01; // UP (+ UV)
      const authenticatorData = new Uint8Array([
        ...sha256(rpId),
        flags,
        (counter >>> 24) & 0xff,
        (counter >>> 16) & 0xff,
        (counter >>> 8) & 0xff,
        counter & 0xff,
      ]);
      const signed = new Uint8Array([...authenticatorData, ...sha256(clientDataJSON)]);
      const signature = new Uint8Array(
        await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, keys.privateKey, signed),
      );
      return {
        id,
        rawId: id,
        type: 'public-key',
        clientExtensionResults: {},
        response: {
          clientDataJSON: b64url(clientDataJSON),
          authenticatorData: b64url(authenticatorData),
          signature: b64url(derSignature(signature)),
        },
      };
    },
  };
}
