import { html } from 'lit';
import type { PasswordResetCompletedEvent, SignInRequestedEvent } from 'tillit/password-reset';
import 'tillit/password-reset';
import { definePage } from '../site/page.js';
import { visibleRobotCheck } from './resets/robot-check.js';

/**
 * The reset page: `<password-reset>` prefilled with what the login page handed over, the demo's visible robot
 * check, and "Log in" back to the login page with the identifier. After a reset the session (if any) is ended by
 * the backend, so the site reads it again.
 */
export default definePage('password-reset', (ctx) => {
  const robotCheck = visibleRobotCheck(() => ctx.t.robotCheck, ctx.captchaProvider);
  const backToSignIn = (event: SignInRequestedEvent) => ctx.go('sign-in', event.identifier ? { identifier: event.identifier } : {});
  const completed = (_event: PasswordResetCompletedEvent) => void ctx.refreshSession();
  // The element's own heading ("Reset your password") is its step's h2; the page's h1 names the site, so the two
  // regions do not share one name.
  return html`<section class="page page--auth" aria-labelledby="page-title">
    <h1 id="page-title" class="visually-hidden">${ctx.t.site.name}</h1>
    <div class="auth-card">
      <password-reset
        .client=${ctx.client}
        .captchaProvider=${robotCheck}
        .prefill=${ctx.state.identifier}
        identifier="email phone"
        default-country="SE"
        @tillit-sign-in-requested=${backToSignIn}
        @tillit-password-reset-completed=${completed}
      ></password-reset>
    </div>
  </section>`;
});
