/**
 * The demo exchange as a site: real navigation (links, Back/Forward, deep links, reloads), the guards around
 * signed-in pages, the header's language and theme switches reaching the elements, keyboard use, axe in light
 * and dark, a 360 px wide screen, and no CSP violation or console error anywhere.
 */
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { pageFiles } from '../../demo/node/site-pages-plugin.js';
import { en } from '../../demo/page/site/messages.js';
import { routes, type PageId } from '../../demo/page/site/routes.js';
import {
  axeViolations,
  codeInput,
  identifierInput,
  logIn,
  openSite,
  pageHeading,
  startE2e,
  stopE2e,
  submitPassword,
  type E2e,
} from './site.js';

let e2e: E2e;

before(async () => {
  e2e = await startE2e();
});

after(() => stopE2e(e2e));

const withModule = new Set(pageFiles(fileURLToPath(new URL('../../demo/page/pages', import.meta.url))).map((p) => p.id));
const pagesWith = (access: 'signed-in' | 'signed-out' | 'any'): PageId[] =>
  (Object.keys(routes) as PageId[]).filter((id) => routes[id].access === access && withModule.has(id));

/** Marks the window, so a later check can tell an in-page navigation from a page load. */
const markWindow = (page: Page) => page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
const stillMarked = (page: Page) => page.evaluate(() => (window as unknown as { marker?: number }).marker === 1);
const pathOf = (page: Page) => new URL(page.url()).pathname;

/**
 * Opens every page that has its module, signed-out ones first, then logs in (as Alva) for the signed-in ones,
 * and calls `each` once the page has settled.
 */
async function visitEveryPage(page: Page, each: (id: PageId) => Promise<void>): Promise<void> {
  for (const id of [...pagesWith('signed-out'), ...pagesWith('any')]) {
    await page.goto(e2e.demo.url + routes[id].path);
    await page.waitForSelector('#main > *');
    await page.waitForFunction(() => !document.querySelector('login-form') || document.querySelector('login-form form'));
    await each(id);
  }
  await page.goto(`${e2e.demo.url}/sign-in`);
  await logIn(page);
  for (const id of pagesWith('signed-in')) {
    await page.goto(e2e.demo.url + routes[id].path);
    await page.waitForSelector('#main h1');
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
    await each(id);
  }
}

/**
 * After a login-form event towards `id`: with its page there, the page shows with the identifier in history
 * state and nowhere in the address; until its module exists, the login page simply stays.
 */
async function expectCarried(page: Page, id: PageId, identifier: object): Promise<void> {
  if (!withModule.has(id)) {
    await page.waitForTimeout(300);
    assert.equal(pathOf(page), '/sign-in', `${id} has no page yet: the login page stays`);
    assert.equal(await page.locator('login-form').count(), 1);
    return;
  }
  await page.waitForURL((url) => url.pathname === routes[id].path);
  assert.deepEqual(await page.evaluate(() => (history.state as { identifier?: unknown }).identifier), identifier);
  const address = page.url();
  for (const value of Object.values(identifier)) assert.ok(!address.includes(String(value)) || value === 'email', address);
}

describe('the demo exchange', () => {
  it('sends a deep link to a signed-in page through login and back, and keeps it on reload', async () => {
    const { page, problems } = await openSite(e2e, '/account');
    await page.waitForSelector('login-form form');
    assert.equal(pathOf(page), '/sign-in');
    assert.deepEqual(await page.evaluate(() => history.state as unknown), { returnTo: '/account' });
    await logIn(page);
    assert.equal(pathOf(page), '/account');
    assert.equal(await pageHeading(page), 'Hello, Alva');
    assert.match(await page.locator('demo-account-overview').innerText(), /a•+a@example\.com/);

    await page.reload();
    await page.waitForSelector('demo-account-overview h1');
    assert.equal(await pageHeading(page), 'Hello, Alva');
    // Signed in, the login page and the start page lead to the account page.
    for (const path of ['/sign-in', '/']) {
      await page.goto(e2e.demo.url + path);
      await page.waitForSelector('demo-account-overview h1');
      assert.equal(pathOf(page), '/account');
    }
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('answers every page address with the app, and any other with "Page not found" (404)', async () => {
    for (const [id, route] of Object.entries(routes)) {
      const response = await fetch(e2e.demo.url + route.path);
      assert.equal(response.status, 200, id);
      assert.match(await response.text(), /<div id="app">/);
    }
    assert.equal((await fetch(`${e2e.demo.url}/no/such/page`)).status, 404);
    const { page, problems } = await openSite(e2e, '/no/such/page');
    assert.equal(await pageHeading(page), 'Page not found');
    assert.equal(await page.title(), 'Page not found · tillit demo exchange');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('shows a page without its module yet as not found, and links it nowhere', async () => {
    const missing = (Object.keys(routes) as PageId[]).filter((id) => !withModule.has(id));
    const { page, problems } = await openSite(e2e, '/sign-in');
    await logIn(page);
    const links = await page.locator('a[href]').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    for (const id of missing) {
      assert.ok(!links.includes(routes[id].path), `${id} has no module but is linked`);
      await page.goto(e2e.demo.url + routes[id].path);
      await page.waitForSelector('#main h1');
      assert.equal(await pageHeading(page), 'Page not found', id);
    }
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('navigates in the page: links, the signed-in menu, Back and Forward', async () => {
    const { page, problems } = await openSite(e2e, '/nowhere');
    await markWindow(page);
    await page.getByRole('link', { name: 'Go to the start page' }).click();
    await page.waitForSelector('login-form form');
    assert.equal(pathOf(page), '/sign-in');
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('#main h1')?.textContent === 'Page not found');
    assert.equal(pathOf(page), '/nowhere');
    await page.goForward();
    await page.waitForSelector('login-form form');
    await logIn(page);

    const menuButton = page.locator('.user-menu__button');
    assert.equal(await menuButton.getAttribute('aria-expanded'), 'false');
    await menuButton.click();
    const panel = page.locator('#user-menu-panel');
    assert.match(await panel.innerText(), /Alva[\s\S]*a•+a@example\.com/);
    for (const id of pagesWith('signed-in').filter((p) => routes[p].linked.some((l) => l === 'menu'))) {
      assert.equal(await panel.getByRole('link', { name: en.pages[id] }).count(), 1, id);
    }
    await panel.getByRole('link', { name: 'Account' }).click();
    assert.equal(await panel.isHidden(), true, 'choosing a link closes the menu');
    assert.ok(await stillMarked(page), 'the menu link navigated without a page load');
    assert.equal(await page.title(), 'Account · tillit demo exchange');

    await menuButton.click();
    await page.getByRole('button', { name: 'Log out' }).last().click();
    await page.waitForSelector('login-form form');
    assert.equal(pathOf(page), '/sign-in');
    assert.equal(await page.locator('.user-menu').count(), 0);
    assert.ok(await stillMarked(page));
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('routes the login form\'s ways back in, the typed identifier carried in history state only', async () => {
    const { page, problems } = await openSite(e2e, '/sign-in');
    await page.fill(identifierInput, 'alva@example.com');
    await page.getByRole('button', { name: 'Forgot your password?' }).click();
    await expectCarried(page, 'password-reset', { type: 'email', email: 'alva@example.com' });

    await page.goto(`${e2e.demo.url}/sign-in`);
    await submitPassword(page, 'bjorn@example.com');
    await page.waitForSelector(codeInput);
    await page.getByRole('button', { name: 'Lost your authenticator app?' }).click();
    await expectCarried(page, 'two-factor-reset', { type: 'email', email: 'bjorn@example.com' });
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('is usable with the keyboard: skip link, the menu opens with Enter and closes with Escape', async () => {
    const { page, problems } = await openSite(e2e, '/sign-in');
    await logIn(page);
    await page.goto(`${e2e.demo.url}/account`);
    await page.waitForSelector('demo-account-overview h1');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    await page.locator('.user-menu__button').focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('#user-menu-panel').isVisible(), true);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'Account');
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('#user-menu-panel').isHidden(), true);
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('user-menu__button')), true);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('switches the language of the header, the pages, the demo tools and the elements, and remembers it', async () => {
    const { page, problems } = await openSite(e2e, '/sign-in');
    const submit = page.locator('login-form button[type=submit]');
    await submit.waitFor();
    assert.equal(await submit.innerText(), 'Log in');
    const words = { sv: ['Logga in', 'Demoverktyg', 'sv'], nb: ['Logg inn', 'Demoverktøy', 'nb'] } as const;
    for (const [locale, [logIn, tools, lang]] of Object.entries(words)) {
      await page.selectOption('#site-language', locale);
      await page.waitForFunction((text) => document.querySelector('login-form button[type=submit]')?.textContent?.trim() === text, logIn);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      assert.equal(await page.locator('.dev-panel__toggle').innerText().then((s) => s.split('\n')[0]?.trim()), tools);
      assert.equal(await page.title(), `${logIn} · ${locale === 'sv' ? 'tillit demobörs' : 'tillit demobørs'}`);
      assert.equal(await page.locator('#site-theme option[value="dark"]').textContent(), locale === 'sv' ? 'Mörkt' : 'Mørkt');
    }
    await page.reload();
    await page.waitForSelector('login-form form');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'nb');
    await page.waitForFunction(() => document.querySelector('login-form button[type=submit]')?.textContent?.trim() === 'Logg inn');
    await page.selectOption('#site-language', 'en');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('switches the theme of the site and the elements: light, dark and the brand', async () => {
    const { page, problems } = await openSite(e2e, '/sign-in');
    await page.waitForSelector('login-form form');
    const colours = () =>
      page.evaluate(() => {
        const form = document.querySelector('login-form');
        const base = form?.shadowRoot?.querySelector('.base');
        const submit = form?.querySelector('button[type=submit]');
        return {
          body: getComputedStyle(document.body).backgroundColor,
          element: base ? getComputedStyle(base).backgroundColor : '',
          button: submit ? getComputedStyle(submit).backgroundColor : '',
        };
      });
    await page.selectOption('#site-theme', 'dark');
    assert.equal(await page.evaluate(() => document.documentElement.dataset['tillitTheme']), 'dark');
    assert.deepEqual(await colours(), { body: 'rgb(22, 25, 29)', element: 'rgb(22, 25, 29)', button: 'rgb(138, 180, 248)' });
    await page.selectOption('#site-theme', 'light');
    assert.deepEqual(await colours(), { body: 'rgb(255, 255, 255)', element: 'rgb(255, 255, 255)', button: 'rgb(11, 87, 208)' });
    await page.selectOption('#site-theme', 'aurora');
    assert.deepEqual(await colours(), { body: 'rgb(252, 251, 248)', element: 'rgb(252, 251, 248)', button: 'rgb(12, 107, 93)' });
    await page.reload();
    await page.waitForSelector('login-form form');
    assert.equal((await colours()).button, 'rgb(12, 107, 93)', 'the theme is remembered');
    await page.selectOption('#site-theme', 'system');
    assert.equal(await page.evaluate(() => document.documentElement.dataset['tillitTheme'] ?? null), null);
    assert.deepEqual(problems, []);
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`is axe-clean in the ${scheme} scheme on every page, demo tools and menu open`, async () => {
      const { page, problems } = await openSite(e2e, '/sign-in', { colorScheme: scheme });
      const check = async (name: string) => assert.deepEqual(await axeViolations(page), [], `${name} (${scheme})`);
      await page.goto(`${e2e.demo.url}/nowhere`);
      await check('not found');
      await visitEveryPage(page, check);
      await page.locator('.user-menu__button').click();
      await check('menu open');
      await page.selectOption('#site-theme', 'aurora');
      await check('brand theme');
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  it('fits a 360 px wide screen on every page without scrolling sideways', async () => {
    const { page, problems } = await openSite(e2e, '/sign-in', { viewport: { width: 360, height: 740 } });
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await visitEveryPage(page, async (id) => assert.equal(await overflow(), 0, id));
    await page.locator('.user-menu__button').click();
    const box = await page.locator('#user-menu-panel').boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 360, `the menu fits: ${JSON.stringify(box)}`);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
