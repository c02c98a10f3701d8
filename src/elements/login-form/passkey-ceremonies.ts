import { isTillitError } from '../../client/errors.js';
import { getPasskeyAssertion } from '../../passkeys/assertion.js';
import { getAutofillAssertion } from '../../passkeys/autofill.js';
import type { SignInContext } from './sign-in-context.js';

/*
 * The passkey ceremonies of a sign-in, loaded when one starts (see passkey-sign-in.ts): the button's, through
 * @simplewebauthn/browser, and autofill's, through the browser's own WebAuthn JSON helpers where it has them.
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

/** Passkeys in the identifier field's suggestions, until the person picks one or `signal` ends it. */
export async function offerPasskeyAutofill(ctx: SignInContext, signal: AbortSignal): Promise<void> {
  try {
    const client = await ctx.client.get('passkeySignInOptions', 'passkeySignIn');
    const { challengeId, options } = await client.passkeySignInOptions({}, { signal });
    const response = await getAutofillAssertion(options, signal);
    const result = await client.passkeySignIn({ challengeId, response }, { signal });
    if (!signal.aborted) ctx.signedIn(result.session, 'passkey');
  } catch (error) {
    // Autofill runs unasked, so only a passkey the user picked and the backend refused is worth a message; a
    // dismissed prompt, or a backend fault the user's own next action will meet anyway, stays quiet.
    const code = isTillitError(error) ? error.code : undefined;
    if (!signal.aborted && (code === 'passkey_failed' || code === 'account_locked')) ctx.fail(error);
  }
}
