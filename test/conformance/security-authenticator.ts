import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { passkeyOrigin } from './support/target.js';

/*
 * Just enough of a software authenticator to register a passkey over HTTP: an ES256 key, "none" attestation, and
 * the CBOR the verifier reads. It makes registration responses only (sign-in assertions are not needed here).
 */

/** Minimal CBOR (RFC 8949) for the types an attestation object uses: ints, byte and text strings, maps. */
function cbor(value: number | string | Uint8Array | Map<number | string, unknown>): Buffer {
  const head = (major: number, n: number): Buffer => {
    if (n < 24) return Buffer.from([(major << 5) | n]);
    if (n < 256) return Buffer.from([(major << 5) | 24, n]);
    const b = Buffer.alloc(3);
    b[0] = (major << 5) | 25;
    b.writeUInt16BE(n, 1);
    return b;
  };
  if (typeof value === 'number') return value >= 0 ? head(0, value) : head(1, -1 - value);
  if (typeof value === 'string') return Buffer.concat([head(3, Buffer.byteLength(value)), Buffer.from(value)]);
  if (value instanceof Uint8Array) return Buffer.concat([head(2, value.length), value]);
  const parts = [head(5, value.size)];
  for (const [k, v] of value) parts.push(cbor(k), cbor(v as Parameters<typeof cbor>[0]));
  return Buffer.concat(parts);
}

export interface SoftwarePasskey {
  id: string;
  /** A registration response for creation options, as a browser would hand it to the page. */
  register(options: { challenge: string; rp: { id?: string } }): {
    id: string;
    rawId: string;
    type: 'public-key';
    authenticatorAttachment: 'platform';
    clientExtensionResults: Record<string, never>;
    response: { clientDataJSON: string; attestationObject: string; transports: string[] };
  };
}

export function softwarePasskey(): SoftwarePasskey {
  const credentialId = randomBytes(16);
  const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = publicKey.export({ format: 'jwk' });
  const coseKey = cbor(
    new Map<number, unknown>([
      [1, 2], // kty: EC2
      [3, -7], // alg: ES256
      [-1, 1], // crv: P-256
      [-2, Buffer.from(jwk.x!, 'base64url')],
      [-3, Buffer.from(jwk.y!, 'base64url')],
    ]),
  );
  const id = credentialId.toString('base64url');
  return {
    id,
    register(options) {
      const rpId = options.rp.id ?? new URL(passkeyOrigin).hostname;
      const clientData = JSON.stringify({ type: 'webauthn.create', challenge: options.challenge, origin: passkeyOrigin, crossOrigin: false });
      const idLength = Buffer.alloc(2);
      idLength.writeUInt16BE(credentialId.length);
      const authData = Buffer.concat([
        createHash('sha256').update(rpId).digest(),
        Buffer.from([0x45]), // user present, user verified, attested credential data
        Buffer.alloc(4), // signature counter 0
        Buffer.alloc(16), // AAGUID: none
        idLength,
        credentialId,
        coseKey,
      ]);
      const attestation = cbor(new Map<string, unknown>([['fmt', 'none'], ['attStmt', new Map()], ['authData', authData]]));
      return {
        id,
        rawId: id,
        type: 'public-key',
        authenticatorAttachment: 'platform',
        clientExtensionResults: {},
        response: {
          clientDataJSON: Buffer.from(clientData).toString('base64url'),
          attestationObject: attestation.toString('base64url'),
          transports: ['internal'],
        },
      };
    },
  };
}
