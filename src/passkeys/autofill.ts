import { withWebAuthnLibrary } from './library.js';
import type { AuthenticationResponseJSON, RequestOptionsJSON } from './webauthn-json.js';

/** The browser's own WebAuthn JSON helpers (Chromium 129+, Safari 18.4+, Firefox 119+). */
type NativeJson = typeof PublicKeyCredential & {
  parseRequestOptionsFromJSON?: (options: RequestOptionsJSON) => PublicKeyCredentialRequestOptions;
};

/**
 * Passkeys offered in the identifier field's autofill (conditional mediation): a quiet ceremony armed when the
 * form shows, answered when the person picks a passkey from the field's suggestions. It runs on page load, so it
 * uses the browser's own `parseRequestOptionsFromJSON` / `toJSON()` where they exist and loads
 * @simplewebauthn/browser only where they do not. The field needs `autocomplete="... webauthn"`. An abort of
 * `signal` ends it (before a button's ceremony, or when the form leaves the page).
 */
export async function getAutofillAssertion(options: RequestOptionsJSON, signal: AbortSignal): Promise<AuthenticationResponseJSON> {
  const response = await autofillAssertion(options, signal);
  // The passkey picked from the field's suggestions lives on this device. Loaded now, not with the form: this
  // module is in every sign-in page's first chunk, and only a passkey sign-in needs it.
  const { rememberDevicePasskey } = await import('./device-passkeys.js');
  rememberDevicePasskey(response.id);
  return response;
}

async function autofillAssertion(options: RequestOptionsJSON, signal: AbortSignal): Promise<AuthenticationResponseJSON> {
  const native = globalThis.PublicKeyCredential as NativeJson | undefined;
  if (native?.parseRequestOptionsFromJSON && typeof native.prototype.toJSON === 'function') {
    // Conditional UI needs an empty allow list: the browser lists every passkey it holds for the site.
    const publicKey = native.parseRequestOptionsFromJSON({ ...options, allowCredentials: [] });
    const credential = (await navigator.credentials.get({ publicKey, mediation: 'conditional', signal })) as PublicKeyCredential | null;
    if (!credential) throw new DOMException('No passkey was chosen.', 'NotAllowedError');
    return fromNativeJson(credential.toJSON() as AuthenticationResponseJSON);
  }
  return withWebAuthnLibrary(signal, (library) => library.startAuthentication({ optionsJSON: options, useBrowserAutofill: true }));
}

/** Browsers may write absent members as `null`; the contract (like the library) leaves them out. */
function fromNativeJson(json: AuthenticationResponseJSON): AuthenticationResponseJSON {
  const { authenticatorAttachment, response, ...rest } = json;
  const { userHandle, ...signed } = response;
  return {
    ...rest,
    ...(authenticatorAttachment ? { authenticatorAttachment } : {}),
    response: userHandle ? { ...signed, userHandle } : signed,
  };
}
