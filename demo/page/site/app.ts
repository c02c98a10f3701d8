import pageModules from 'demo-site:pages';
import { html, render } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { isTillitError, setDefaultClient, type Session } from 'tillit/client';
import '../dev/dev-panel.js';
import { captchaProvider, client } from './client.js';
import { siteHeader } from './header.js';
import { interceptNavigation, readState, writeHistory } from './history.js';
import { catalogs, type SiteLocale } from './i18n.js';
import { notFound } from './not-found.js';
import type { AnyPageDefinition, PageContext, PageState } from './page.js';
import { applyLocale, applyTheme, initialLocale, initialTheme, type ThemeChoice } from './preferences.js';
import { pageAt, routes, type PageId } from './routes.js';

/** The signed-in menu's pages, in order (each shown once its module exists). */
const menuPages = (Object.keys(routes) as PageId[]).filter((id) => routes[id].linked.some((place) => place === 'menu'));

/** Where the visitor is: a page with its module, or no page at all. Each navigation gets a new `visit`. */
interface Current {
  page: AnyPageDefinition | null;
  state: PageState;
  visit: number;
}

/**
 * The demo exchange: the session, the language and theme, the router, and the shell (header, main, demo tools)
 * rendered with lit into `#app`. Pages are the modules in demo/page/pages/.
 */
export class Site {
  private session: Session | null = null;
  private locale: SiteLocale = initialLocale();
  private theme: ThemeChoice = initialTheme();
  private readonly pages = new Map<PageId, AnyPageDefinition>();
  private current: Current = { page: null, state: {}, visit: 0 };
  private signingOut = false;

  constructor(private readonly root: HTMLElement) {
    for (const [id, definition] of pageModules) {
      if (definition.id !== id) throw new Error(`demo/page/pages/${id}.ts defines the page "${definition.id}"`);
      this.pages.set(id, definition);
    }
  }

  async start(): Promise<void> {
    // Every tillit element on every page talks to the backend through this one client: no page sets `.client`.
    setDefaultClient(client);
    applyLocale(this.locale, false);
    applyTheme(this.theme, false);
    await this.refreshSession();
    interceptNavigation((path) => this.route(path ?? location.pathname, path === null ? readState() : {}, path !== null));
    this.route(location.pathname + location.search, readState(), false, { initial: true });
  }

  has = (id: PageId): boolean => this.pages.has(id);

  /** Opens `id`; the guards below may send the visitor elsewhere (login first, or the account page). */
  go = (id: PageId, state: PageState = {}, options: { replace?: boolean } = {}): void => {
    this.route(routes[id].path, state, true, options);
  };

  private route(
    address: string,
    state: PageState,
    write: boolean,
    options: { replace?: boolean; initial?: boolean } = {},
  ): void {
    const url = new URL(address, location.origin);
    const id = url.pathname === '/' ? (this.session ? 'account' : 'sign-in') : pageAt(url.pathname);
    let target: PageId | undefined = id;
    let nextState = state;
    let replace = options.replace ?? false;
    if (id && this.pages.has(id)) {
      const access = routes[id].access;
      if (access === 'signed-in' && !this.session) {
        // Log in first, then come back here.
        target = 'sign-in';
        nextState = { returnTo: routes[id].path };
        replace = true;
      } else if (access === 'signed-out' && this.session) {
        target = 'account';
        replace = true;
      }
    }
    const redirected = target !== id || url.pathname === '/';
    if (write || redirected) {
      // A page address keeps its query only on the login page (the Google/Apple return carries code and state).
      const path = target ? routes[target].path + (target === 'sign-in' ? url.search : '') : url.pathname;
      writeHistory(path, nextState, replace || (options.initial ?? false) || !write);
    }
    const page = target ? (this.pages.get(target) ?? null) : null;
    this.current = { page, state: nextState, visit: this.current.visit + 1 };
    this.update();
    if (!options.initial) this.focusMain();
  }

  /**
   * After a navigation, focus goes where a keyboard user sees the new page start: its heading when the heading is
   * shown (a visible focus ring on it), else the main region (pages whose element shows the heading itself).
   * A frame later: a page's own element renders its heading in the microtask after the shell.
   */
  private focusMain(): void {
    scrollTo({ top: 0 });
    const visit = this.current.visit;
    requestAnimationFrame(() => {
      if (visit !== this.current.visit) return;
      const heading = this.root.querySelector<HTMLElement>('#main h1#page-title:not(.visually-hidden)');
      if (heading) heading.tabIndex = -1;
      (heading ?? this.root.querySelector<HTMLElement>('#main'))?.focus({ preventScroll: true });
    });
  }

  signedIn = (session: Session, returnTo?: string): void => {
    this.session = session;
    const back = returnTo ?? this.current.state.returnTo;
    const backTo = back ? pageAt(back) : undefined;
    this.go(backTo && this.pages.has(backTo) ? backTo : 'account', {}, { replace: true });
  };

  signOut = async (): Promise<void> => {
    this.signingOut = true;
    this.update();
    try {
      await client.signOut();
    } catch (error) {
      // Already signed out (or the session expired): the outcome the user wanted.
      if (!isTillitError(error) || error.code !== 'unauthenticated') console.warn('sign-out failed', error);
    } finally {
      this.signingOut = false;
    }
    this.session = null;
    this.go('sign-in', {}, { replace: true });
  };

  refreshSession = async (): Promise<void> => {
    this.session = await client.getSession().catch(() => null);
  };

  /** After the dev panel reset the demo data: every session is gone, so read it again and re-route. */
  private afterReset = async (): Promise<void> => {
    await this.refreshSession();
    this.route(location.pathname, {}, false, { replace: true });
  };

  private setLocale = (locale: SiteLocale): void => {
    this.locale = locale;
    applyLocale(locale);
    this.update();
  };

  private setTheme = (theme: ThemeChoice): void => {
    this.theme = theme;
    applyTheme(theme);
    this.update();
  };

  private context(): PageContext {
    return {
      client,
      session: this.session,
      t: catalogs[this.locale],
      locale: this.locale,
      state: this.current.state,
      captchaProvider,
      go: this.go,
      href: (id) => routes[id].path,
      has: this.has,
      signedIn: this.signedIn,
      signOut: this.signOut,
      refreshSession: async () => {
        await this.refreshSession();
        this.update();
      },
    };
  }

  private update(): void {
    const ctx = this.context();
    const { page, visit } = this.current;
    const t = ctx.t;
    document.title = `${page ? t.pages[page.id] : t.notFound.title} · ${t.site.name}`;
    // A page renders with the context its access guarantees (the router checked it above).
    const content = page ? page.render(ctx as never) : notFound(ctx);
    render(
      html`<a class="skip-link" href="#main">${t.site.skipToContent}</a>
        ${siteHeader({
          t,
          locale: this.locale,
          theme: this.theme,
          session: this.session,
          signingOut: this.signingOut,
          page: page?.id ?? null,
          links: menuPages.filter((id) => this.has(id)),
          onLocale: this.setLocale,
          onTheme: this.setTheme,
          onSignOut: this.signOut,
        })}
        <div class="site-body">
          <main id="main" tabindex="-1" class="site-main">${keyed(visit, content)}</main>
          <demo-dev-panel .t=${t} .locale=${this.locale} .onReset=${this.afterReset}></demo-dev-panel>
        </div>
`,
      this.root,
    );
  }
}
