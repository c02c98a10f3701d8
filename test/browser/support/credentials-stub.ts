// Puts the software authenticator (test/support) behind navigator.credentials, so the browser-side passkey code
// runs its real path (options parsed, the prompt awaited, the credential turned into JSON) against a passkey the
// reference backend really verifies.
import { SoftAuthenticator } from '../../support/soft-authenticator.js';

const b64url = (bytes: BufferSource): string => {
  const view = bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return btoa(String.fromCharCode(...view)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};
const buffer = (text: string): ArrayBuffer => {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0)).buffer;
};

type Mutable = { get: CredentialsContainer['get']; create: CredentialsContainer['create'] };

/** What the stub saw: the mediation of each `get` (conditional for autofill). */
export interface StubLog {
  gets: (CredentialMediationRequirement | undefined)[];
  creates: number;
}

/**
 * Answers `navigator.credentials.get/create` from `authenticator` until the returned function is called. `get`
 * with `mediation: 'conditional'` (autofill) waits until `pick()` is called, as a person choosing the passkey in
 * the field's suggestions would, or until its signal aborts.
 */
export function stubCredentials(authenticator: SoftAuthenticator) {
  const container = navigator.credentials as unknown as Mutable;
  const original = { get: container.get, create: container.create };
  const log: StubLog = { gets: [], creates: 0 };
  let pickNow: (() => void) | undefined;

  const assertion = async (publicKey: PublicKeyCredentialRequestOptions) => {
    const json = await authenticator.authenticate({
      challenge: b64url(publicKey.challenge),
      rpId: publicKey.rpId,
      allowCredentials: publicKey.allowCredentials?.map((c) => ({ id: b64url(c.id) })),
    });
    const { response } = json;
    return {
      id: json.id,
      rawId: buffer(json.rawId),
      type: json.type,
      authenticatorAttachment: json.authenticatorAttachment,
      response: {
        authenticatorData: buffer(response.authenticatorData),
        clientDataJSON: buffer(response.clientDataJSON),
        signature: buffer(response.signature),
        userHandle: response.userHandle ? buffer(response.userHandle) : null,
      },
      getClientExtensionResults: () => ({}),
      toJSON: () => json,
    };
  };

  container.get = async (options?: CredentialRequestOptions) => {
    log.gets.push(options?.mediation);
    const publicKey = options?.publicKey;
    if (!publicKey) throw new DOMException('no publicKey', 'NotSupportedError');
    if (options.mediation === 'conditional') {
      await new Promise<void>((resolve, reject) => {
        pickNow = resolve;
        options.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), { once: true });
      });
    }
    return (await assertion(publicKey)) as unknown as Credential;
  };

  container.create = async (options?: CredentialCreationOptions) => {
    log.creates += 1;
    const publicKey = options?.publicKey;
    if (!publicKey) throw new DOMException('no publicKey', 'NotSupportedError');
    const json = await authenticator.register({
      challenge: b64url(publicKey.challenge),
      rp: publicKey.rp.id ? { id: publicKey.rp.id } : {},
      user: { id: b64url(publicKey.user.id) },
    });
    return {
      id: json.id,
      rawId: buffer(json.rawId),
      type: json.type,
      authenticatorAttachment: json.authenticatorAttachment,
      response: {
        attestationObject: buffer(json.response.attestationObject),
        clientDataJSON: buffer(json.response.clientDataJSON),
        getTransports: () => json.response.transports ?? [],
      },
      getClientExtensionResults: () => ({}),
    } as unknown as Credential;
  };

  return {
    log,
    /** The person picks the passkey from the autofill suggestions. */
    pick: () => pickNow?.(),
    restore: () => Object.assign(container, original),
  };
}

export { SoftAuthenticator };
