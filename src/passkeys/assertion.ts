import { rememberDevicePasskey } from './device-passkeys.js';
import { withWebAuthnLibrary } from './library.js';
import type { AuthenticationResponseJSON, RequestOptionsJSON } from './webauthn-json.js';

/**
 * A passkey assertion the person asked for (a "Log in with a passkey" or "Use your passkey" button): the
 * browser's prompt for the backend's options, answered as JSON for the backend to verify. An abort of `signal`
 * closes the prompt; failures are the library's `WebAuthnError`s (sort them with `passkeyFailure`). The
 * credential that answered is remembered as one on this device (device-passkeys.ts).
 */
export async function getPasskeyAssertion(options: RequestOptionsJSON, signal: AbortSignal): Promise<AuthenticationResponseJSON> {
  const response = await withWebAuthnLibrary(signal, (library) => library.startAuthentication({ optionsJSON: options }));
  rememberDevicePasskey(response.id);
  return response;
}
