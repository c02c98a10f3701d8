import { html } from 'lit';
import type { SecurityChangedEvent } from 'tillit/security-settings';
import 'tillit/security-settings';
import { accountLayout } from '../site/account-layout.js';
import { definePage } from '../site/page.js';

/** What changes the session's user (its masked e-mail and phone in the header menu). */
const changesUser = new Set(['bind_email', 'change_email', 'unbind_email', 'bind_phone', 'change_phone', 'unbind_phone']);

/**
 * Account > Security: `<security-settings>` for the signed-in user. A demo user can register a passkey here and
 * then log in with it; a changed e-mail or phone refreshes the session, so the menu shows the new one.
 */
export default definePage('security', (ctx) => {
  const changed = (event: SecurityChangedEvent): void => {
    if (changesUser.has(event.change)) void ctx.refreshSession();
  };
  return accountLayout(
    ctx,
    'security',
    // The element's own heading says "Security" on screen; the page's h1 is there for the outline and the router's focus.
    html`<h1 id="page-title" class="visually-hidden">${ctx.t.pages.security}</h1>
      <security-settings .client=${ctx.client} heading-level="2" default-country="SE" @tillit-security-changed=${changed}></security-settings>`,
  );
});
