import { html } from 'lit';
import { accountLayout } from '../site/account-layout.js';
import { definePage } from '../site/page.js';
import './account/overview.js';

/** The account page: the logged-in user and the state of the account's security and verification. */
export default definePage('account', (ctx) =>
  accountLayout(ctx, 'account', html`<demo-account-overview .ctx=${ctx}></demo-account-overview>`),
);
