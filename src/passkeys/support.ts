/** True where the browser has WebAuthn at all (a passkey button can work). */
export function supportsPasskeys(): boolean {
  return typeof globalThis.PublicKeyCredential === 'function' && Boolean(navigator.credentials?.get);
}

/** True where the browser can offer passkeys in a field's autofill (conditional mediation). */
export async function supportsPasskeyAutofill(): Promise<boolean> {
  try {
    return Boolean(await globalThis.PublicKeyCredential?.isConditionalMediationAvailable?.());
  } catch {
    return false;
  }
}
