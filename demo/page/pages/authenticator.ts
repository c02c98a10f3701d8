import { html } from 'lit';
import { accountLayout } from '../site/account-layout.js';
import { definePage } from '../site/page.js';
import './authenticator/binder.js';

/** Account -> Authenticator app: a signed-in user binds an authenticator app and saves the recovery phrase. */
export default definePage('authenticator', (ctx) =>
  accountLayout(
    ctx,
    'authenticator',
    html`<h1 id="page-title">${ctx.t.pages.authenticator}</h1>
      <demo-authenticator .ctx=${ctx}></demo-authenticator>`,
  ),
);
