/**
 * What the end-to-end suites share: Chromium against `npm start`'s server, a page that records every CSP
 * violation and console error, logging in through the page, and axe.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContextOptions, type Page, type Response } from 'playwright-core';
import { createClient, createClientFor } from '../../src/client/index.js';
import { testingEndpoints } from '../../src/contract/index.js';
import { chromiumArgs, findChromium } from '../../scripts/ensure-chromium.mjs';
import { startDemo, type RunningDemo } from './demo-server.js';

export const PASSWORD = 'correct horse battery';

export interface E2e {
  demo: RunningDemo;
  browser: Browser;
  /** The demo's typed clients, from Node (bearer mode for the public API; the testing API needs no session). */
  api: ReturnType<typeof createClient>;
  testing: ReturnType<typeof createClientFor<typeof testingEndpoints>>;
}

export async function startE2e(): Promise<E2e> {
  const demo = await startDemo();
  const executablePath = findChromium();
  assert.ok(executablePath, 'Chromium not found: run `node scripts/ensure-chromium.mjs`');
  const browser = await chromium.launch({ executablePath, args: [...chromiumArgs] });
  return {
    demo,
    browser,
    api: createClient({ baseUrl: demo.url, getToken: () => undefined }),
    testing: createClientFor(testingEndpoints, { baseUrl: demo.url }),
  };
}

export async function stopE2e(e2e: E2e | undefined): Promise<void> {
  await e2e?.browser.close();
  await e2e?.demo.stop();
}

/**
 * HTTP errors a healthy visit meets: asking for the session when nobody is logged in (`getSession` answers 401,
 * as the contract says), and the 404 status of an address that is no page. The browser logs each as a console
 * error ("Failed to load resource"), so those are judged here by their response instead.
 */
function expectedHttpError(response: Response): boolean {
  const request = response.request();
  const { pathname } = new URL(response.url());
  if (response.status() === 401 && request.method() === 'GET' && pathname === '/v1/session') return true;
  return response.status() === 404 && request.isNavigationRequest();
}

export interface OpenPage {
  page: Page;
  /** CSP and Trusted Types violations, script errors and console errors, as they happened. */
  problems: string[];
}

/** A new browser context (no cookies) on `path`, recording problems from the first byte. */
export async function openSite(e2e: E2e, path = '/', options: BrowserContextOptions = {}): Promise<OpenPage> {
  const context = await e2e.browser.newContext(options);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    if (/Refused to|Trusted Type|Content Security Policy/i.test(text)) problems.push(`csp: ${text}`);
    else if (message.type() === 'error' && !text.startsWith('Failed to load resource')) problems.push(`console: ${text}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !expectedHttpError(response)) {
      problems.push(`http: ${response.status()} ${response.request().method()} ${response.url()}`);
    }
  });
  // One page per context: closing the page ends its context (quietly once the browser itself is gone).
  page.on('close', () => void context.close().catch(() => undefined));
  await page.goto(e2e.demo.url + path);
  await page.waitForSelector('#app .site-header');
  return { page, problems };
}

export const identifierInput = 'login-form input[autocomplete="username webauthn"]';
export const passwordInput = 'login-form input[autocomplete="current-password"]';
export const codeInput = 'login-form input[autocomplete="one-time-code"]';

export async function submitPassword(page: Page, identifier: string): Promise<void> {
  await page.waitForSelector(identifierInput);
  await page.fill(identifierInput, identifier);
  await page.fill(passwordInput, PASSWORD);
  await page.click('login-form button[type=submit]');
}

/** Logs in an account without a second factor and waits for the account page. */
export async function logIn(page: Page, identifier = 'alva@example.com'): Promise<void> {
  await submitPassword(page, identifier);
  await page.waitForSelector('demo-account-overview h1');
}

/** The heading of the page shown (the account page's greeting, the not-found title, ...). */
export const pageHeading = (page: Page): Promise<string> =>
  page.locator('#main h1').first().innerText();

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe's violations on the whole page (WCAG 2.x A and AA), as "rule: target" lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(await axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: { id: string; nodes: { target: string[] }[] }[];
    }
    const results = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
    return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  });
}
