import { getPasskeyAssertion } from '../../passkeys/assertion.js';
import type { SignInContext } from './sign-in-context.js';

/*
 * The button's passkey ceremony, loaded when the user reaches for it (see passkey-sign-in.ts), through
 * @simplewebauthn/browser. Autofill's ceremony is passkey-autofill.ts, in the element's first chunk.
 */

/** Fetches @simplewebauthn/browser ahead of a ceremony the user is about to start. */
export function preloadLibrary(): void {
  void import('@simplewebauthn/browser').catch(() => undefined);
}

/** The "Log in with a passkey" button: options, the browser's prompt, verification. */
export function signInWithPasskey(ctx: SignInContext): Promise<void> {
  return ctx.send(
    'passkey',
    ['passkeySignInOptions', 'passkeySignIn'],
    async (client, signal) => {
      const { challengeId, options } = await client.passkeySignInOptions({}, { signal });
      const response = await getPasskeyAssertion(options, signal);
      return client.passkeySignIn({ challengeId, response }, { signal });
    },
    ({ session }) => ctx.signedIn(session, 'passkey'),
  );
}
