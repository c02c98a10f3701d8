import { withWebAuthnLibrary } from './library.js';
import type { AuthenticationResponseJSON, RequestOptionsJSON } from './webauthn-json.js';

/**
 * A passkey assertion the person asked for (a "Log in with a passkey" or "Use your passkey" button): the
 * browser's prompt for the backend's options, answered as JSON for the backend to verify. An abort of `signal`
 * closes the prompt; failures are the library's `WebAuthnError`s (sort them with `passkeyFailure`).
 */
export function getPasskeyAssertion(options: RequestOptionsJSON, signal: AbortSignal): Promise<AuthenticationResponseJSON> {
  return withWebAuthnLibrary(signal, (library) => library.startAuthentication({ optionsJSON: options }));
}
