// @ts-check: `npm run typecheck` checks this file against tillit's shipped types (the event below is typed).
import 'tillit/login-form'; // registers <login-form>, the one element this page renders (`tillit`, mapped too, registers them all)
import { createClient, setDefaultClient } from 'tillit/client';

// Once per page: every tillit element without a `client` of its own uses this one. Here the API is served by the
// same origin as the page; give your backend's base URL.
setDefaultClient(createClient({ baseUrl: location.origin }));

const status = /** @type {HTMLElement} */ (document.querySelector('#status'));
for (const form of document.querySelectorAll('login-form')) {
  form.addEventListener('tillit-signed-in', (event) => {
    status.textContent = `Signed in as ${event.session.user.displayName}`;
  });
}
