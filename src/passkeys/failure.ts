/**
 * What went wrong in a passkey ceremony, in the words a form needs: `aborted` (we stopped it: say nothing),
 * `cancelled` (the person closed the prompt, or it timed out: browsers do not tell the two apart), `unsupported`
 * (this browser or authenticator cannot do what was asked), `exists` (registration: this authenticator already
 * holds a passkey for the account), `failed` (anything else: a page or backend misconfiguration).
 */
export type PasskeyFailure = 'aborted' | 'cancelled' | 'unsupported' | 'exists' | 'failed';

/** @simplewebauthn/browser's `WebAuthnError.code`s, sorted (`ERROR_PASSTHROUGH_SEE_CAUSE_PROPERTY` reads the cause). */
const byCode: Readonly<Record<string, PasskeyFailure>> = {
  ERROR_CEREMONY_ABORTED: 'aborted',
  ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED: 'exists',
  ERROR_AUTHENTICATOR_MISSING_DISCOVERABLE_CREDENTIAL_SUPPORT: 'unsupported',
  ERROR_AUTHENTICATOR_MISSING_USER_VERIFICATION_SUPPORT: 'unsupported',
  ERROR_AUTHENTICATOR_NO_SUPPORTED_PUBKEYCREDPARAMS_ALG: 'unsupported',
  ERROR_AUTO_REGISTER_USER_VERIFICATION_FAILURE: 'cancelled',
};

/** The DOMException names `navigator.credentials` rejects with (the native path, or a passed-through cause). */
const byName: Readonly<Record<string, PasskeyFailure>> = {
  AbortError: 'aborted',
  NotAllowedError: 'cancelled',
  InvalidStateError: 'exists',
  NotSupportedError: 'unsupported',
};

/**
 * Sorts a browser-side ceremony failure by its machine-readable parts only: the library's `WebAuthnError.code`,
 * else the DOMException `name` (its own, or its cause's). Never by message text, which differs per browser and
 * language. Backend answers are `TillitError`s and handled by their own codes, not here.
 */
export function passkeyFailure(error: unknown): PasskeyFailure {
  if (!(error instanceof Error)) return 'failed';
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && code.startsWith('ERROR_')) {
    if (byCode[code]) return byCode[code];
    if (code !== 'ERROR_PASSTHROUGH_SEE_CAUSE_PROPERTY') return 'failed';
    return error.cause instanceof Error ? (byName[error.cause.name] ?? 'failed') : 'failed';
  }
  return byName[error.name] ?? 'failed';
}
