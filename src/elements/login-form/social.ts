import type { SocialProvider } from '../../contract/index.js';

/** Query parameter the element adds to `return-to`, naming the provider the return page finishes with. */
export const SOCIAL_PROVIDER_PARAM = 'tillit_provider';

/** Where the provider sends the browser back to (default: this page), marked with the provider. */
export function socialReturnTo(returnTo: string | undefined, provider: SocialProvider): string {
  const back = new URL(returnTo ?? location.href, location.href);
  back.searchParams.set(SOCIAL_PROVIDER_PARAM, provider);
  return back.href;
}

/** The provider's answer on the return page, or undefined when the query is not such a return. */
export function socialReturn(query: URLSearchParams): { provider: SocialProvider; code: string; state: string } | undefined {
  const provider = query.get(SOCIAL_PROVIDER_PARAM);
  const code = query.get('code');
  const state = query.get('state');
  return (provider === 'google' || provider === 'apple') && code && state ? { provider, code, state } : undefined;
}
