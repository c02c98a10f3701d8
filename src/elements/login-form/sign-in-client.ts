import type { TillitClient } from '../../client/types.js';

/**
 * What `<login-form>` needs of a client: the sign-in rows only, so a full `createClient()` client fits, and so does
 * one built from the sign-in table alone.
 */
export type SignInClient = Pick<
  TillitClient,
  'signIn' | 'sendSignInCode' | 'verifySignInCode' | 'passkeySignInOptions' | 'passkeySignIn' | 'startSocialSignIn' | 'finishSocialSignIn'
>;

/**
 * The client behind the `base-url` attribute. Loaded lazily: a host that passes its own `client` (or sets the page's
 * default) never downloads it, and its calls load only the sign-in flow's compiled validators.
 */
export async function loadSignInClient(baseUrl: string): Promise<SignInClient> {
  const { createClient } = await import('../../client/create-client.js');
  return createClient({ baseUrl });
}
