import type { TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Endpoints, Identifier, Session, TillitClient } from 'tillit/client';
import type { LostTwoFactorChallenge } from 'tillit/events';
import type { SiteLocale } from './format.js';
import type { SiteMessages } from './messages.js';
import type { AccessOf, PageId, Route } from './routes.js';

/**
 * What a page module gets from the site: the one client of the page, the session, the demo's texts in the current
 * language, what the previous page handed over, and the ways to move on. See demo/README.md.
 */

/** What one page hands the next through history state (never the URL): validated on the way in. */
export interface PageState {
  /** What the user typed at login, for the ways back into the account (`tillit-forgot-password`...). */
  identifier?: Identifier;
  /** A page path to return to after logging in (a signed-in page the visitor asked for). */
  returnTo?: string;
  /** The sign-in challenge of `tillit-lost-two-factor`, for the lost-2FA page (it proves the password for 5 minutes). */
  challenge?: LostTwoFactorChallenge;
}

export interface PageContext<A extends Route['access'] = Route['access']> {
  /**
   * The page-wide client (`createClient` from tillit/client), for the page's own calls. It is also the page's
   * default client (`setDefaultClient`, at the site's start): elements use it without a `.client` of their own.
   */
  readonly client: TillitClient<Endpoints>;
  /** The signed-in session: always there on signed-in pages. */
  readonly session: A extends 'signed-in' ? Session : Session | null;
  /** The demo's own texts in the current language (the elements follow `<html lang>` by themselves). */
  readonly t: SiteMessages;
  readonly locale: SiteLocale;
  /** What the page that sent the visitor here handed over. */
  readonly state: PageState;
  /** The demo's robot check, for an element's `captchaProvider`. */
  readonly captchaProvider: () => Promise<string>;
  /** Opens a page (a new history entry); `replace` for a step that should not come back on "Back". */
  go(page: PageId, state?: PageState, options?: { replace?: boolean }): void;
  /** The address of a page, for links (the router handles clicks on them). */
  href(page: PageId): string;
  /** Whether a page has its module, i.e. whether to link it. */
  has(page: PageId): boolean;
  /** An element signed the user in: keep the session and go where the visitor wanted (the account page). */
  signedIn(session: Session, returnTo?: string): void;
  /** Signs out and goes to the login page. */
  signOut(): Promise<void>;
  /** Reads the session again (after an element changed the account, e.g. its contacts). */
  refreshSession(): Promise<void>;
}

export interface PageDefinition<Id extends PageId = PageId> {
  readonly id: Id;
  /** The page's content inside `<main>`, rendered with lit again on every change (language, session). */
  render(ctx: PageContext<AccessOf<Id>>): TemplateResult;
}

export type AnyPageDefinition = { [Id in PageId]: PageDefinition<Id> }[PageId];

/**
 * A page of the demo exchange: `export default definePage('kyc', (ctx) => html`...`)` in
 * demo/page/pages/kyc.ts. The id must match the file name and a row of site/routes.ts.
 */
export function definePage<Id extends PageId>(
  id: Id,
  render: (ctx: PageContext<AccessOf<Id>>) => TemplateResult,
): PageDefinition<Id> {
  return { id, render };
}

/**
 * Runs `setup` once for each element the binding is rendered on, however often the page re-renders: for what an
 * element needs once (`finishSocialSignIn()`, focus). `html`<x-y ${once((el) => ...)}></x-y>``
 */
export function once<E extends Element>(setup: (element: E) => void): ReturnType<typeof ref> {
  return ref((element) => {
    if (!element || done.has(element)) return;
    done.add(element);
    setup(element as E);
  });
}
const done = new WeakSet<Element>();
