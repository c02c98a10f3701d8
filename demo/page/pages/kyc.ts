import { html } from 'lit';
import 'tillit/kyc-uploader';
import { accountLayout } from '../site/account-layout.js';
import { definePage } from '../site/page.js';

/**
 * Identity verification: `<kyc-uploader>` with the page's client, its draft kept under the signed-in user's id
 * (two demo accounts in one browser never see each other's photos); the page's h1 above the element's h2.
 */
export default definePage('kyc', (ctx) =>
  accountLayout(
    ctx,
    'kyc',
    html`<h1 id="page-title">${ctx.t.pages.kyc}</h1>
      <kyc-uploader
      .client=${ctx.client}
      heading-level="2"
      draft-key=${ctx.session.user.id}
      @tillit-kyc-status-change=${() => void ctx.refreshSession()}
    ></kyc-uploader>`,
  ),
);
