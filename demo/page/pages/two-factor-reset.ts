import { html } from 'lit';
import type { AuthenticatorRestoredEvent, SignInRequestedEvent, TwoFactorResetRequestedEvent, TwoFactorResetTicket } from 'tillit/two-factor-reset';
import 'tillit/two-factor-reset';
import { definePage } from '../site/page.js';

/** Where this device keeps the ticket of the last 2FA reset request, so the page can show its status later. */
const ticketKey = 'tillit-demo:two-factor-reset';

function savedTicket(): TwoFactorResetTicket | undefined {
  try {
    const saved = JSON.parse(localStorage.getItem(ticketKey) ?? 'null') as Partial<TwoFactorResetTicket> | null;
    return typeof saved?.requestId === 'string' && typeof saved.statusToken === 'string'
      ? { requestId: saved.requestId, statusToken: saved.statusToken }
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The lost-2FA page: `<two-factor-reset>` with the sign-in challenge and identifier `<login-form>` handed over.
 * The page keeps a request's ticket on this device (the user cannot log in to see it), so coming back here, from
 * the address or from "Lost your authenticator app?", shows its status. "Log in" goes back to the login page; a
 * restore with the recovery phrase logs in and goes on to the authenticator page (which binds a new app).
 */
export default definePage('two-factor-reset', (ctx) => {
  const requested = (event: TwoFactorResetRequestedEvent) => localStorage.setItem(ticketKey, JSON.stringify(event.ticket));
  const signIn = (event: SignInRequestedEvent) => ctx.go('sign-in', event.identifier ? { identifier: event.identifier } : {});
  // Restored with the phrase: logged in, and on to binding a new authenticator where the site has that page.
  const restored = (event: AuthenticatorRestoredEvent) => {
    localStorage.removeItem(ticketKey);
    ctx.signedIn(event.session, ctx.has('authenticator') ? ctx.href('authenticator') : undefined);
  };
  return html`<section class="page page--auth" aria-labelledby="page-title">
    <h1 id="page-title" class="visually-hidden">${ctx.t.pages['two-factor-reset']}</h1>
    <div class="auth-card auth-card--wide">
      <two-factor-reset
        .client=${ctx.client}
        .challenge=${ctx.state.challenge}
        .identifier=${ctx.state.identifier}
        .ticket=${savedTicket()}
        @tillit-two-factor-reset-requested=${requested}
        @tillit-sign-in-requested=${signIn}
        @tillit-authenticator-restored=${restored}
      ></two-factor-reset>
    </div>
  </section>`;
});
