import type { SignInClient } from './sign-in-client.js';

/*
 * Passkey sign-in. @simplewebauthn/browser is imported only when a ceremony starts (or autofill is armed), so
 * a form without passkeys, or a user who never uses one, does not download it.
 */

type SignedInResult = Awaited<ReturnType<SignInClient['passkeySignIn']>>;

/** True where the browser can offer passkeys in the identifier field's autofill (conditional mediation). */
export async function supportsPasskeyAutofill(): Promise<boolean> {
  const pkc = globalThis.PublicKeyCredential as
    | (typeof PublicKeyCredential & { isConditionalMediationAvailable?: () => Promise<boolean> })
    | undefined;
  try {
    return Boolean(await pkc?.isConditionalMediationAvailable?.());
  } catch {
    return false;
  }
}

export function supportsPasskeys(): boolean {
  return typeof globalThis.PublicKeyCredential === 'function' && Boolean(navigator.credentials?.get);
}

/**
 * One passkey ceremony: options from the backend, the browser's prompt (or autofill), then verification. An
 * abort of `signal` cancels the browser prompt too.
 */
export async function passkeySignIn(
  client: SignInClient,
  { autofill, signal }: { autofill: boolean; signal: AbortSignal },
): Promise<SignedInResult> {
  const { challengeId, options } = await client.passkeySignInOptions({}, { signal });
  const webauthn = await import('@simplewebauthn/browser');
  const cancel = () => webauthn.WebAuthnAbortService.cancelCeremony();
  signal.addEventListener('abort', cancel, { once: true });
  try {
    const response = await webauthn.startAuthentication({
      optionsJSON: options as Parameters<typeof webauthn.startAuthentication>[0]['optionsJSON'],
      useBrowserAutofill: autofill,
    });
    return await client.passkeySignIn({ challengeId, response }, { signal });
  } finally {
    signal.removeEventListener('abort', cancel);
  }
}

/** What went wrong in a ceremony, as the form words it. */
export type PasskeyFailure = 'cancelled' | 'aborted' | 'unsupported' | 'failed';

/** Sorts a browser-side failure (the backend's errors are TillitErrors, handled by code). */
export function passkeyFailure(error: unknown): PasskeyFailure {
  const name = error instanceof Error ? error.name : '';
  const code = (error as { code?: unknown } | null)?.code;
  // The browser says NotAllowedError both for "the user cancelled" and for "the prompt timed out".
  if (name === 'NotAllowedError') return 'cancelled';
  if (name === 'AbortError' || code === 'ERROR_CEREMONY_ABORTED') return 'aborted';
  if (error instanceof Error && /not supported/i.test(error.message)) return 'unsupported';
  return 'failed';
}
