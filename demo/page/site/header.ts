import { html, nothing } from 'lit';
import type { Session } from 'tillit/client';
import { siteLocales, type SiteLocale } from './format.js';
import { languageNames, type SiteMessages } from './i18n.js';
import { themeChoices, type ThemeChoice } from './preferences.js';
import { routes, type PageId } from './routes.js';
import './user-menu.js';

export interface HeaderOptions {
  t: SiteMessages;
  locale: SiteLocale;
  theme: ThemeChoice;
  session: Session | null;
  /** The page shown (its "Log in" link is not repeated on the login page). */
  page: PageId | null;
  signingOut: boolean;
  /** The signed-in pages that exist, in menu order. */
  links: readonly PageId[];
  onLocale(locale: SiteLocale): void;
  onTheme(theme: ThemeChoice): void;
  onSignOut(): void;
}

const logo = html`<svg class="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
  <path d="M16 2 4 7v8c0 7.4 5.1 13.4 12 15 6.9-1.6 12-7.6 12-15V7L16 2Z" />
  <path class="brand__check" d="m10.5 16.5 4 4 7-8" />
</svg>`;

/** The site header: brand, language and theme switches, and the login link or the signed-in menu. */
export function siteHeader(o: HeaderOptions) {
  const { t } = o;
  const select = (event: Event): string => (event.target as HTMLSelectElement).value;
  return html`<header class="site-header">
    <div class="site-header__inner">
      <a class="brand" href="/">
        ${logo}<span class="brand__name">tillit</span> <span class="brand__tag">${t.site.name.replace(/^tillit\s*/, '')}</span>
      </a>
      <div class="site-header__switches">
        <label class="compact-select">
          <span class="visually-hidden">${t.header.language}</span>
          <select
            id="site-language"
            @change=${(event: Event) => o.onLocale(select(event) as SiteLocale)}
          >
            ${siteLocales.map(
              (locale) => html`<option value=${locale} lang=${locale} .selected=${locale === o.locale}>
                ${languageNames[locale]}
              </option>`,
            )}
          </select>
        </label>
        <label class="compact-select">
          <span class="visually-hidden">${t.header.theme}</span>
          <select id="site-theme" @change=${(event: Event) => o.onTheme(select(event) as ThemeChoice)}>
            ${themeChoices.map(
              (theme) => html`<option value=${theme} .selected=${theme === o.theme}>${t.header.themes[theme]}</option>`,
            )}
          </select>
        </label>
      </div>
      <div class="site-header__account">
        ${o.session
          ? html`<demo-user-menu
              .session=${o.session}
              .t=${t}
              .links=${o.links.map((id) => ({ id, href: routes[id].path, label: t.pages[id] }))}
              .signingOut=${o.signingOut}
              .onSignOut=${o.onSignOut}
            ></demo-user-menu>`
          : o.page === 'sign-in'
            ? nothing
            : html`<a class="button button--primary" href=${routes['sign-in'].path}>${t.header.logIn}</a>`}
      </div>
    </div>
  </header>`;
}
