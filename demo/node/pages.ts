import type { Hono } from 'hono';
import { html } from 'hono/html';
import { SocialProvider } from '../../src/contract/index.js';
import type { Backend } from '../core/app.js';
import { demoAccounts } from '../core/seed.js';
import { authorizeSocialCode, socialReturnUrl } from '../routes/social-sign-in.js';

/*
 * Pages that stand in for third parties on the demo: the Google/Apple consent screen and the robot check. They
 * are demo furniture, not part of the contract, and live beside the Node server only.
 */
export function registerDemoPages(app: Hono, backend: Pick<Backend, 'context'>): void {
  // Read the context per request: the dev panel's reset swaps the backend for a fresh one.
  const context = () => backend.context;

  // The "identity provider": lists the demo identities; choosing one sends the browser back with code + state.
  app.get('/demo/idp/:provider', (c) => {
    const provider = SocialProvider.safeParse(c.req.param('provider'));
    const state = c.req.query('state') ?? '';
    if (!provider.success) return c.text('Unknown provider', 404);
    const name = provider.data === 'google' ? 'Google' : 'Apple';
    const identities = demoAccounts.filter((a) => a.email);
    return c.html(html`<!doctype html>
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>Demo ${name} sign-in</title>
          <link rel="stylesheet" href="/assets/site.css" />
        </head>
        <body class="idp">
          <main>
            <h1>Demo ${name} account chooser</h1>
            <p>This page plays ${name}. Pick an identity to send back to the exchange.</p>
            <form method="post" action="/demo/idp/${provider.data}">
              <input type="hidden" name="state" value="${state}" />
              ${identities.map(
                (a) => html`<button name="email" value="${a.email}">${a.displayName} (${a.email})</button>`,
              )}
              <button name="email" value="stranger@example.com">Someone without an account</button>
            </form>
          </main>
        </body>
      </html>`);
  });

  app.post('/demo/idp/:provider', async (c) => {
    const provider = SocialProvider.safeParse(c.req.param('provider'));
    const form = await c.req.formData();
    const state = String(form.get('state') ?? '');
    const email = String(form.get('email') ?? '');
    if (!provider.success) return c.text('Unknown provider', 404);
    const subject = `${provider.data}-${email}`;
    const code = authorizeSocialCode(context(), provider.data, state, subject, email);
    const back = socialReturnUrl(context(), state, code);
    return back ? c.redirect(back, 303) : c.text('This sign-in request expired. Start again from the exchange.', 410);
  });

  // The robot check behind the demo page's captcha provider: one single-use token per call.
  app.post('/demo/captcha', (c) => c.json({ token: context().captcha.issue() }));
}
