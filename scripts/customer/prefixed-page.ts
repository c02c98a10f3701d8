/**
 * A customer's page that already has a `<login-form>` of its own, adding tillit from the packed package under
 * other tag names with one call: `defineElements({ prefix: 'acme' })` from `tillit/elements`. Bundled by esbuild
 * as the customer's build does and served beside the reference backend under the strict CSP with Trusted Types.
 * The page signs in through `<acme-login-form>` and then shows `<acme-security-settings>`. Used by
 * test/e2e/customer-page.e2e.test.ts.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strictCsp } from '../../demo/node/csp.js';
import { bundleCustomerEntry } from './bundle.js';
import type { PackedProject } from './pack.js';
import { customerPageHtml } from './page-html.js';
import { serveCustomerSite } from './serve.js';
import type { SignInPage } from './sign-in-page.js';

/** What the page's own `<login-form>` says, to tell it apart from ours. */
export const hostLoginFormText = 'Our own sign-in, kept as it was';

// The page's own element is registered before tillit is (its module runs first), as on a site that had it already.
const hostElement = `customElements.define('login-form', class extends HTMLElement {
  connectedCallback() {
    this.textContent = ${JSON.stringify(hostLoginFormText)};
  }
});
`;

const pageScript = `import './host-login-form.js';
import { defineElements } from 'tillit/elements';
import { createClient, setDefaultClient } from 'tillit/client';

const names = defineElements({ prefix: 'acme' });
setDefaultClient(createClient({ baseUrl: location.origin }));
document.querySelector('#names').textContent = Object.values(names).join(' ');

const form = document.querySelector('acme-login-form');
form.addEventListener('tillit-signed-in', (event) => {
  document.querySelector('#status').textContent = 'Signed in as ' + event.session.user.displayName;
  form.replaceWith(document.createElement('acme-security-settings'));
});
`;

const pageHtml = customerPageHtml({
  title: 'Account',
  script: '/assets/prefixed-page.js',
  main: `      <login-form></login-form>
      <acme-login-form methods="password"></acme-login-form>
      <p id="status" role="status"></p>
      <p id="names"></p>`,
});

/** Writes the page into the packed project, builds it and serves it with the reference backend. */
export async function startPrefixedPage(project: PackedProject): Promise<SignInPage> {
  await writeFile(join(project.dir, 'host-login-form.js'), hostElement);
  await writeFile(join(project.dir, 'prefixed-page.js'), pageScript);
  const build = await bundleCustomerEntry(project.dir, 'prefixed-page.js', 'prefixed-out');
  const site = await serveCustomerSite({ html: pageHtml, assetsDir: build.outdir, csp: strictCsp });
  return { url: site.url, build, stop: () => site.stop() };
}

