import { isTillitError } from '../../client/errors.js';
import { getAutofillAssertion } from '../../passkeys/autofill.js';
import type { SignInContext } from './sign-in-context.js';

/**
 * Passkeys in the identifier field's suggestions, until the person picks one or `signal` ends it. Part of the
 * element's first chunk, not of the lazily loaded ceremonies: it is armed as the form shows in every browser with
 * conditional UI, so a chunk of its own would be fetched on every page load anyway. It goes through the browser's
 * own WebAuthn JSON helpers; @simplewebauthn/browser loads only where they are missing.
 */
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
