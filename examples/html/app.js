// @ts-check: `npm run typecheck` checks this file against tillit's shipped types (the event below is typed).
// Registers the two elements this page renders, and no other (`tillit`, mapped too, registers them all).
import 'tillit/login-form';
import 'tillit/security-settings';
import { createClient, setDefaultClient } from 'tillit/client';

// Once per page: every tillit element without a `client` of its own uses this one. Here the API is served by the
// same origin as the page; give your backend's base URL.
setDefaultClient(createClient({ baseUrl: location.origin }));

const status = /** @type {HTMLElement} */ (document.querySelector('#status'));
const signIn = /** @type {HTMLElement} */ (document.querySelector('#sign-in'));
for (const form of signIn.querySelectorAll('login-form')) {
  form.addEventListener('tillit-signed-in', (event) => {
    status.textContent = `Signed in as ${event.session.user.displayName}`;
    // The session is the client's (a cookie): the element loads the signed-in account's settings itself.
    const settings = document.createElement('security-settings');
    settings.headingLevel = 2;
    signIn.replaceWith(settings);
  });
}
