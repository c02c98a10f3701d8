/**
 * Passkey ceremonies shared by every element: a sign-in or step-up assertion, passkey autofill, registration, and
 * how their failures read. @simplewebauthn/browser is loaded by the ceremonies that need it, when they start.
 */
export { getPasskeyAssertion } from './assertion.js';
export { getAutofillAssertion } from './autofill.js';
export { createPasskey } from './registration.js';
export { devicePasskeyIds, forgetDevicePasskey, rememberDevicePasskey } from './device-passkeys.js';
export { passkeyFailure, type PasskeyFailure } from './failure.js';
export { supportsPasskeyAutofill, supportsPasskeys } from './support.js';
export type { AuthenticationResponseJSON, CreationOptionsJSON, RegistrationResponseJSON, RequestOptionsJSON } from './webauthn-json.js';
