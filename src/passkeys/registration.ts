import { rememberDevicePasskey } from './device-passkeys.js';
import { withWebAuthnLibrary } from './library.js';
import type { CreationOptionsJSON, RegistrationResponseJSON } from './webauthn-json.js';

/**
 * A new passkey (security settings: "Add a passkey"): the browser's create prompt for the backend's creation
 * options, answered as JSON for `registerPasskey`. An abort of `signal` closes the prompt; an authenticator that
 * already holds a passkey for the account fails as `exists` (see `passkeyFailure`). The new credential is
 * remembered as one on this device (device-passkeys.ts).
 */
export async function createPasskey(options: CreationOptionsJSON, signal: AbortSignal): Promise<RegistrationResponseJSON> {
  const response = await withWebAuthnLibrary(signal, (library) => library.startRegistration({ optionsJSON: options }));
  rememberDevicePasskey(response.id);
  return response;
}
