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
 * The client behind the `base-url` attribute, built from the sign-in rows only. Loaded lazily: the client and its
 * schemas (zod) weigh more than the element itself, and a host that passes its own `client` has them already.
 */
export async function loadSignInClient(baseUrl: string): Promise<SignInClient> {
  const [{ createClientFor }, { signInEndpoints }] = await Promise.all([
    import('../../client/create-client-for.js'),
    import('../../contract/sign-in.js'),
  ]);
  return createClientFor(signInEndpoints, { baseUrl });
}
