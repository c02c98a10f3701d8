import { isTillitError } from '../client/errors.js';

/** A host page's robot check: resolves with a token the backend accepts as `captchaToken`. */
export type CaptchaProvider = () => Promise<string>;

/** The backend wants a robot check and the host gave the element no `captchaProvider`. */
export class CaptchaUnavailable extends Error {
  constructor() {
    super('The backend asked for a captcha and the element has no captchaProvider.');
    this.name = 'CaptchaUnavailable';
  }
}

/**
 * A request that may need a robot check (sign-in, password reset). `call` is made without a token; when the
 * backend answers `captcha_required`, the host's provider is asked once and the call made again with its token.
 * `askFirst` asks before the first call, for rows that always want one. A provider that fails leaves the backend's
 * own error; no provider at all is a `CaptchaUnavailable` (the page's fault: say so, do not blame the user).
 *
 *   await withCaptcha((captchaToken) => client.signIn({ identifier, password, captchaToken }, { signal }), provider);
 */
export async function withCaptcha<T>(
  call: (captchaToken?: string) => Promise<T>,
  provider: CaptchaProvider | undefined,
  { askFirst = false }: { askFirst?: boolean } = {},
): Promise<T> {
  if (askFirst && provider) return call(await provider());
  try {
    return await call();
  } catch (error) {
    if (!isTillitError(error) || error.code !== 'captcha_required') throw error;
    if (!provider) throw new CaptchaUnavailable();
    const token = await provider().catch(() => {
      throw error;
    });
    return call(token);
  }
}
