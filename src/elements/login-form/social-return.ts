import type { SocialProvider } from '../../contract/index.js';
import { SOCIAL_PROVIDER_PARAM } from './social-marker.js';

export { SOCIAL_PROVIDER_PARAM };

/** What an identity provider puts on the return URL (OAuth 2.0 and OpenID Connect), removed once read. */
const RETURN_PARAMS = [SOCIAL_PROVIDER_PARAM, 'code', 'state', 'error', 'error_description', 'error_uri', 'iss', 'user'];

/** Where the provider sends the browser back to (default: this page), marked with the provider. */
export function socialReturnTo(returnTo: string | undefined, provider: SocialProvider, here: string): string {
  const back = new URL(returnTo ?? here, here);
  back.searchParams.set(SOCIAL_PROVIDER_PARAM, provider);
  return back.href;
}

/** A provider's answer on the return page: a code to finish with, or the error it sent back instead. */
export type SocialReturn =
  | { provider: SocialProvider; code: string; state: string }
  | { provider: SocialProvider; error: string };

/**
 * Reads the provider's answer from the return page's query; undefined when the query is not such a return (no
 * marker, or an unknown provider). `?error=access_denied` (the person said no at the provider) is an answer too.
 */
export function readSocialReturn(query: URLSearchParams): SocialReturn | undefined {
  const provider = query.get(SOCIAL_PROVIDER_PARAM);
  if (provider !== 'google' && provider !== 'apple') return undefined;
  const error = query.get('error');
  if (error) return { provider, error };
  const code = query.get('code');
  const state = query.get('state');
  return code && state ? { provider, code, state } : { provider, error: 'invalid_request' };
}

/**
 * The address without the provider's answer: a reload must not replay a used code, and the code must not leak to
 * other sites through `Referer`. Undefined when there was nothing to remove.
 */
export function withoutSocialReturn(href: string): string | undefined {
  const url = new URL(href);
  if (!url.searchParams.has(SOCIAL_PROVIDER_PARAM)) return undefined;
  for (const name of RETURN_PARAMS) url.searchParams.delete(name);
  return url.href;
}

/** True only for http(s) URLs: a backend's answer must never make the page run `javascript:` or open `data:`. */
export function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
