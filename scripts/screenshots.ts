/**
 * `npm run screenshots`: every page of the demo exchange that has its module, in the light and dark schemes and
 * the sample brand, at 1200x800 in headless Chromium, into docs/screenshots/ (README.md shows them). Signed-in
 * pages are taken as Greta (authenticator, SMS and e-mail codes, KYC level 1); the demo tools are folded away
 * except in `demo-tools-*.png`. PNGs are reduced to 256 colours when ImageMagick is installed.
 *   npx tsx scripts/screenshots.ts [--out=dir]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { pageFiles } from '../demo/node/site-pages-plugin.js';
import { routes, type PageId } from '../demo/page/site/routes.js';
import { startDemo, type RunningDemo } from '../test/e2e/demo-server.js';
import { chromiumArgs, findChromium } from './ensure-chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = process.argv.find((a) => a.startsWith('--out='))?.slice(6) ?? join(root, 'docs/screenshots');
const themes = ['light', 'dark', 'aurora'] as const;
type Theme = (typeof themes)[number];
const viewport = { width: 1200, height: 800 };
const showcase = { identifier: 'greta@example.com', password: 'correct horse battery' };

const pages = pageFiles(join(root, 'demo/page/pages')).map((p) => p.id);

async function open(browser: Browser, demo: RunningDemo, devTools: boolean): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'en-GB' });
  // Before any page script runs (init scripts are not subject to the page's CSP): English, and the tools.
  await context.addInitScript((tools) => {
    localStorage.setItem('tillit-demo:lang', 'en');
    localStorage.setItem('tillit-demo:dev-panel', tools ? 'open' : 'closed');
  }, devTools);
  const page = await context.newPage();
  await page.goto(`${demo.url}/sign-in`);
  await page.waitForSelector('login-form form');
  return page;
}

/** The theme as the header's switch leaves it (saved, then applied on load), the scheme to match. */
async function useTheme(page: Page, theme: Theme): Promise<void> {
  await page.emulateMedia({ colorScheme: theme === 'dark' ? 'dark' : 'light' });
  await page.evaluate((t) => localStorage.setItem('tillit-demo:theme', t), theme);
}

async function logIn(page: Page, demo: RunningDemo): Promise<void> {
  await page.fill('login-form input[autocomplete="username webauthn"]', showcase.identifier);
  await page.fill('login-form input[autocomplete="current-password"]', showcase.password);
  await page.click('login-form button[type=submit]');
  const code = page.locator('login-form input[autocomplete="one-time-code"]');
  await code.waitFor();
  // The authenticator code on the backend's clock, as the demo tools show it.
  const response = await fetch(`${demo.url}/v1/testing/clock`);
  const { now } = (await response.json()) as { now: string };
  const { TOTP } = await import('otpauth');
  const { DEMO_TOTP_SECRET } = await import('../demo/core/seed.js');
  const totp = new TOTP({ secret: DEMO_TOTP_SECRET, digits: 6, period: 30, algorithm: 'SHA1' });
  await code.fill(totp.generate({ timestamp: Date.parse(now) + 500 }));
  await page.waitForSelector('.account-content h1');
}

async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  await page.evaluate(() => document.fonts.ready);
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.waitForTimeout(300);
}

function optimize(file: string): void {
  // 256 colours keep UI text sharp at a third of the size; skipped quietly without ImageMagick.
  spawnSync('convert', [file, '-strip', '-colors', '256', `PNG8:${file}`], { stdio: 'ignore' });
}

async function main(): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: run `node scripts/ensure-chromium.mjs`');
  mkdirSync(out, { recursive: true });
  for (const old of readdirSync(out)) if (old.endsWith('.png')) rmSync(join(out, old));
  const demo = await startDemo();
  const browser = await chromium.launch({ executablePath, args: [...chromiumArgs] });
  const shots: string[] = [];
  const shoot = async (page: Page, name: string) => {
    await settle(page);
    const file = join(out, `${name}.png`);
    await page.screenshot({ path: file });
    optimize(file);
    shots.push(file);
  };
  try {
    // One login for all the signed-in shots: an authenticator code works once.
    const page = await open(browser, demo, false);
    const shootEach = async (ids: PageId[], ready: string) => {
      for (const theme of themes) {
        await useTheme(page, theme);
        for (const id of ids) {
          await page.goto(demo.url + routes[id].path);
          await page.waitForSelector(ready);
          await shoot(page, `${id}-${theme}`);
        }
      }
    };
    await shootEach(pages.filter((id) => routes[id].access !== 'signed-in'), '#main > *');
    await page.goto(`${demo.url}/sign-in`);
    await logIn(page, demo);
    await shootEach(pages.filter((id) => routes[id].access === 'signed-in'), '.account-content h1');
    await page.context().close();

    // The demo tools at work: Dag's e-mail code in the outbox beside the login form's code step, and a
    // lost-authenticator request of Bjørn's waiting for review.
    await fetch(`${demo.url}/v1/two-factor-reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        identifier: { type: 'email', email: 'bjorn@example.com' },
        password: showcase.password,
        reason: 'lost_device',
      }),
    });
    for (const theme of ['light', 'dark'] as const) {
      const page = await open(browser, demo, true);
      await useTheme(page, theme);
      await page.reload();
      await page.waitForSelector('login-form form');
      await page.fill('login-form input[autocomplete="username webauthn"]', 'dag@example.com');
      await page.fill('login-form input[autocomplete="current-password"]', showcase.password);
      await page.click('login-form button[type=submit]');
      await page.waitForSelector('login-form input[autocomplete="one-time-code"]');
      await page.waitForSelector('#dev-outbox .outbox__item');
      await shoot(page, `demo-tools-${theme}`);
      await page.context().close();
    }
  } finally {
    await browser.close();
    await demo.stop();
  }
  for (const file of shots) console.log(`${file.replace(root, '')}  ${Math.round(statSync(file).size / 1024)} KB`);
}

await main();
