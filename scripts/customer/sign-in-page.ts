/**
 * A customer's sign-in page, built from the packed package: `tillit/login-form` + `tillit/client`, bundled by
 * esbuild as the customer's own build does, served beside the reference backend under a strict CSP with Trusted
 * Types and Tailwind's preflight reset, and a password + authenticator-code sign-in driven through it in Chromium
 * while every JavaScript file the page fetches is recorded. Used by the size script (the page budget) and by the
 * end-to-end test of the page (test/e2e/customer-page.e2e.test.ts).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Secret, TOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import { compile } from 'tailwindcss';
import { strictCsp } from '../../demo/node/csp.js';
import { DEMO_TOTP_SECRET } from '../../demo/core/seed.js';
import { bundleCustomerEntry, gzipSize, type CustomerBuild } from './bundle.js';
import type { PackedProject } from './pack.js';
import { customerPageHtml } from './page-html.js';
import { serveCustomerSite, type RunningSite } from './serve.js';

/** The account the journey signs in: password + authenticator app (TOTP). */
export const totpAccount = { identifier: 'bjorn@example.com', password: 'correct horse battery', displayName: 'Bjørn' };

/** What the customer writes: the two published entries and four lines of glue. */
const pageScript = `import 'tillit/login-form';
import { createClient } from 'tillit/client';

const form = document.querySelector('login-form');
form.client = createClient({ baseUrl: location.origin });
form.addEventListener('tillit-signed-in', (event) => {
  document.querySelector('#status').textContent = 'Signed in as ' + event.session.user.displayName;
});
`;

const pageHtml = customerPageHtml({
  title: 'Sign in',
  script: '/assets/page.js',
  head: '\n    <link rel="stylesheet" href="/preflight.css" />',
  main: `      <login-form></login-form>
      <p id="status" role="status"></p>`,
});

/**
 * Tailwind's preflight from node_modules, through Tailwind's own compiler (it resolves the `--theme()` fallbacks as
 * a Tailwind build does). Left unlayered, as Tailwind 3 ships it and as `@import 'tailwindcss/preflight.css'` gives:
 * its `button { background-color: transparent }` then competes with the elements' rules by specificity, the
 * harshest case for them.
 */
async function tailwindPreflight(): Promise<string> {
  const require = createRequire(import.meta.url);
  const compiler = await compile(`@import 'tailwindcss/theme.css'; @import 'tailwindcss/preflight.css';`, {
    base: process.cwd(),
    loadStylesheet: async (id: string, base: string) => {
      const path = require.resolve(id, { paths: [base] });
      return { path, base, content: await readFile(path, 'utf8') };
    },
  });
  return compiler.build([]);
}

export interface SignInPage {
  readonly url: string;
  readonly build: CustomerBuild;
  stop(): Promise<void>;
}

/** Writes the customer's page into the packed project, builds it and serves it with the reference backend. */
export async function startSignInPage(project: PackedProject): Promise<SignInPage> {
  await writeFile(join(project.dir, 'page.js'), pageScript);
  const build = await bundleCustomerEntry(project.dir, 'page.js');
  const site: RunningSite = await serveCustomerSite({
    html: pageHtml,
    assetsDir: build.outdir,
    extra: { '/preflight.css': { type: 'text/css', body: await tailwindPreflight() } },
    csp: strictCsp,
  });
  return { url: site.url, build, stop: () => site.stop() };
}

export interface FetchedScript {
  /** The file name under /assets/ (or the URL path for anything else). */
  readonly name: string;
  readonly status: number;
  readonly gzip: number;
}

/** Records every script response of `page` from now on; `settle()` waits for the network to go quiet. */
export function recordScripts(page: Page): { settle(): Promise<FetchedScript[]> } {
  const scripts: Promise<FetchedScript>[] = [];
  let inFlight = 0;
  let lastChange = Date.now();
  const change = (delta: number): void => {
    inFlight += delta;
    lastChange = Date.now();
  };
  page.on('request', () => change(1));
  page.on('requestfinished', () => change(-1));
  page.on('requestfailed', () => change(-1));
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    const path = new URL(response.url()).pathname;
    const name = path.startsWith('/assets/') ? path.slice('/assets/'.length) : path;
    scripts.push(response.body().then((body) => ({ name, status: response.status(), gzip: gzipSize(body) })));
  });
  return {
    async settle() {
      // Quiet means no request in flight for half a second: lazy chunks start right after the event that needs them.
      while (inFlight > 0 || Date.now() - lastChange < 500) await page.waitForTimeout(100);
      return Promise.all(scripts);
    },
  };
}

/** The authenticator code of the TOTP demo accounts right now, from an implementation apart from the page's. */
export function currentTotpCode(): string {
  return new TOTP({ secret: Secret.fromBase32(DEMO_TOTP_SECRET) }).generate();
}

export const selectors = {
  identifier: 'login-form input[autocomplete="username webauthn"]',
  password: 'login-form input[autocomplete="current-password"]',
  submit: 'login-form button[type=submit]',
  code: 'login-form input[autocomplete="one-time-code"]',
  status: '#status',
} as const;

export interface JourneyHooks {
  /** Called on the first step, before anything is typed. */
  atIdentifierStep?(page: Page): Promise<void>;
  /** Called when the code field is shown, before the code is typed. */
  atCodeStep?(page: Page): Promise<void>;
  /** Called once the page says who is signed in. */
  atSignedIn?(page: Page): Promise<void>;
}

/** Opens the page and signs in with password + authenticator code; resolves with every script the page fetched. */
export async function signInWithTotp(page: Page, url: string, hooks: JourneyHooks = {}): Promise<FetchedScript[]> {
  const recorder = recordScripts(page);
  await page.goto(`${url}/`);
  await page.waitForSelector(selectors.identifier);
  await hooks.atIdentifierStep?.(page);
  await page.fill(selectors.identifier, totpAccount.identifier);
  await page.fill(selectors.password, totpAccount.password);
  await page.click(selectors.submit);
  await page.waitForSelector(selectors.code);
  await hooks.atCodeStep?.(page);
  await page.fill(selectors.code, currentTotpCode());
  await page.waitForFunction(
    ([selector, name]) => document.querySelector(selector as string)?.textContent === `Signed in as ${name}`,
    [selectors.status, totpAccount.displayName],
  );
  await hooks.atSignedIn?.(page);
  return recorder.settle();
}
