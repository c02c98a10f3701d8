/**
 * Every page of the demo exchange: its address, who may see it, and where it is linked. A page's content comes
 * from its module, demo/page/pages/<id>.ts (see demo/README.md); a page without a module is not linked anywhere
 * and its address answers "page not found". Plain data: the Node server reads it too, to answer page addresses.
 */
export const routes = {
  'sign-in': { path: '/sign-in', access: 'signed-out', linked: [] },
  account: { path: '/account', access: 'signed-in', linked: ['menu', 'account-nav'] },
  security: { path: '/account/security', access: 'signed-in', linked: ['menu', 'account-nav'] },
  authenticator: { path: '/account/authenticator', access: 'signed-in', linked: ['account-nav'] },
  kyc: { path: '/account/verification', access: 'signed-in', linked: ['menu', 'account-nav'] },
  'password-reset': { path: '/reset-password', access: 'any', linked: [] },
  'two-factor-reset': { path: '/two-factor-reset', access: 'any', linked: [] },
} as const satisfies Record<string, Route>;

export interface Route {
  path: `/${string}`;
  /**
   * `signed-in`: a signed-out visitor is sent to sign-in and brought back after; `signed-out`: a signed-in visitor
   * goes to the account page; `any`: both (the ways back into an account work signed in or out).
   */
  access: 'signed-in' | 'signed-out' | 'any';
  /** Where the page is linked once its module exists: the signed-in menu, the account area's side navigation. */
  linked: readonly ('menu' | 'account-nav')[];
}

export type PageId = keyof typeof routes;
export type AccessOf<Id extends PageId> = (typeof routes)[Id]['access'];

export const pageIds = Object.keys(routes) as PageId[];

/** The page at `pathname` (a trailing slash is ignored), or undefined. */
export function pageAt(pathname: string): PageId | undefined {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return pageIds.find((id) => routes[id].path === path);
}
