import { html, type TemplateResult } from 'lit';
import type { PageContext } from './page.js';
import { routes, type PageId } from './routes.js';

const accountNavPages = (Object.keys(routes) as PageId[]).filter((id) =>
  routes[id].linked.some((place) => place === 'account-nav'),
);

/**
 * The account area's frame: the side navigation of the account pages that exist (the current one marked) beside
 * the page's content. `accountLayout(ctx, 'security', html`<security-settings ...>`)`.
 */
export function accountLayout(ctx: PageContext<'signed-in'>, current: PageId, content: TemplateResult): TemplateResult {
  const pages = accountNavPages.filter((id) => ctx.has(id));
  return html`<div class="account-area">
    ${pages.length > 1
      ? html`<nav class="account-nav" aria-label=${ctx.t.account.navLabel}>
          <ul>
            ${pages.map(
              (id) => html`<li>
                <a href=${ctx.href(id)} aria-current=${id === current ? 'page' : 'false'}>${ctx.t.pages[id]}</a>
              </li>`,
            )}
          </ul>
        </nav>`
      : ''}
    <div class="account-content">${content}</div>
  </div>`;
}
