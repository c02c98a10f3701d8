/** Query parameter the element adds to `return-to`, naming the provider the return page finishes with. */
export const SOCIAL_PROVIDER_PARAM = 'tillit_provider';

/** Whether a page's query is a Google/Apple return this element marked (checked before anything loads). */
export const isSocialReturn = (query: URLSearchParams): boolean => query.has(SOCIAL_PROVIDER_PARAM);
