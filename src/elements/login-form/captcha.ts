import { isTillitError } from '../../client/errors.js';
import type { Identifier, SignInResult } from '../../contract/index.js';
import type { SignInClient } from './sign-in-client.js';

/** The backend wants a robot check and the host gave no `captchaProvider`. */
export class CaptchaUnavailable extends Error {}

/** The error's `code` when it is a tillit client error. */
export function errorCode(error: unknown): string | undefined {
  return isTillitError(error) ? error.code : undefined;
}

/**
 * Sign-in, asking the host's captcha provider and trying once more when the backend wants a robot check. A provider
 * that fails leaves the backend's own error; no provider at all is a `CaptchaUnavailable`.
 */
export async function signInWithCaptcha(
  client: SignInClient,
  input: { identifier: Identifier; password: string },
  captchaProvider: (() => Promise<string>) | undefined,
  signal: AbortSignal,
): Promise<SignInResult> {
  try {
    return await client.signIn(input, { signal });
  } catch (error) {
    if (errorCode(error) !== 'captcha_required') throw error;
    if (!captchaProvider) throw new CaptchaUnavailable();
    const captchaToken = await captchaProvider().catch(() => {
      throw error;
    });
    return client.signIn({ ...input, captchaToken }, { signal });
  }
}
