import { html } from 'lit';
import type { ForgotPasswordEvent, LoginForm, LostTwoFactorEvent, SignedInEvent } from 'tillit/login-form';
import 'tillit/login-form';
import { definePage, once } from '../site/page.js';

/** Where a visitor who left for Google/Apple wanted to go after logging in (history state does not survive it). */
const returnKey = 'tillit-demo:return-to';

/**
 * The login page: `<login-form>` with every way in, its events routed: logged in -> where the visitor wanted to
 * go (else the account page); "Forgot your password?" -> the reset page, and "Lost your authenticator app?" ->
 * the lost-2FA page, each with what the user typed carried in history state (never in the address).
 */
export default definePage('sign-in', (ctx) => {
  const finishSocialReturn = (form: LoginForm): void => {
    const query = new URLSearchParams(location.search);
    if (!query.has('code') && !query.has('error')) return;
    // Take the code and state off the address bar before anything else can read or log them.
    history.replaceState(history.state, '', location.pathname);
    void form.finishSocialSignIn(query);
  };
  const leaveForProvider = (url: string): void => {
    if (ctx.state.returnTo) sessionStorage.setItem(returnKey, ctx.state.returnTo);
    location.assign(url);
  };
  const signedIn = (event: SignedInEvent): void => {
    const saved = sessionStorage.getItem(returnKey) ?? undefined;
    sessionStorage.removeItem(returnKey);
    ctx.signedIn(event.session, ctx.state.returnTo ?? saved);
  };
  // Until a page has its module (its element), its link in the form leads nowhere rather than to "not found".
  const carry = (page: 'password-reset' | 'two-factor-reset') => (event: ForgotPasswordEvent | LostTwoFactorEvent) => {
    const challenge = 'challenge' in event ? event.challenge : undefined;
    if (ctx.has(page)) ctx.go(page, { ...(event.identifier && { identifier: event.identifier }), ...(challenge && { challenge }) });
  };
  // Back from a reset page ("Log in"): the identifier it used, typed in already.
  const prefill = ctx.state.identifier && (ctx.state.identifier.type === 'email' ? ctx.state.identifier.email : ctx.state.identifier.phone);

  // The form's own heading ("Log in") is its step's h2; the page's h1 names the site.
  return html`<section class="page page--auth" aria-labelledby="page-title">
    <h1 id="page-title" class="visually-hidden">${ctx.t.site.name}</h1>
    <div class="auth-card">
      <login-form
        .captchaProvider=${ctx.captchaProvider}
        .navigate=${leaveForProvider}
        methods="password passkey google apple"
        identifier="email phone"
        default-country="SE"
        prefill=${prefill ?? ''}
        return-to=${`${location.origin}${ctx.href('sign-in')}`}
        @tillit-signed-in=${signedIn}
        @tillit-forgot-password=${carry('password-reset')}
        @tillit-lost-two-factor=${carry('two-factor-reset')}
        ${once<LoginForm>(finishSocialReturn)}
      ></login-form>
    </div>
    <p class="auth-note">
      <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M4 7V5a4 4 0 0 1 8 0v2h1v7H3V7h1Zm2 0h4V5a2 2 0 0 0-4 0v2Z" /></svg>
      ${ctx.t.signIn.checkAddress({ origin: location.origin })}
    </p>
  </section>`;
});
