import { html } from 'lit';
import type { PageContext } from './page.js';

/** What an address that is no page (or a page without its module yet) shows; the server answers it with 404. */
export function notFound({ t }: PageContext) {
  return html`<section class="page page--narrow" aria-labelledby="page-title">
    <h1 id="page-title">${t.notFound.title}</h1>
    <p>${t.notFound.body}</p>
    <p><a class="button button--primary" href="/">${t.notFound.home}</a></p>
  </section>`;
}
