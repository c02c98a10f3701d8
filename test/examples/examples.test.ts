/**
 * The example apps of examples/ (plain HTML, React, Vue, Angular) as a customer builds them: each copied into a
 * project where `tillit` is the packed tarball (scripts/customer/pack.ts) beside the dependencies its own
 * package.json declares, type-checked and built by its own `npm run typecheck` and `npm run build`, served beside
 * the reference backend under a strict CSP, and loaded in Chromium: every tillit element on the page renders, a
 * password sign-in through the first `<login-form>` reaches the app's `tillit-signed-in` listener, and the app
 * then shows `<security-settings>`, which loads the signed-in account's overview from the backend. No other
 * element's code is loaded (each imports `tillit/login-form` and `tillit/security-settings` only). Usage that must
 * not type-check (a wrong property, a handler for another event) is added to each copy before its type check.
 * A new example folder with a package.json is picked up without an edit here.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { elementTags } from '../../scripts/build-entries.mjs';
import { launchChromium } from '../../scripts/customer/chromium.js';
import { exampleNames, installExamples, npmRun, serveExample } from '../../scripts/customer/examples.js';
import { packIntoCustomerProject, repoRoot, type PackedProject } from '../../scripts/customer/pack.js';
import { recordScripts } from '../../scripts/customer/sign-in-page.js';
import { angularMisuse, misuse } from './misuse.js';

const examples = exampleNames();
/** `maskedEmail`: how the backend's security overview shows her e-mail (contacts are masked there). */
const account = { identifier: 'alva@example.com', password: 'correct horse battery', displayName: 'Alva', maskedEmail: 'a•••a@example.com' };
const timings: string[] = [];

/** What each app renders: before the sign-in, then for the signed-in user. */
const rendered = ['login-form', 'security-settings'];
/** What <security-settings> loads when the user opens it (lazy chunks of every bundle, never loaded by the test). */
const openedFromSettings = ['recovery-key-backup', 'totp-setup'];

/**
 * The tillit elements whose registration is in `code`, minified or not: a tag name as the first argument of a call
 * with the element class (`defineElement("totp-setup",s)`, what `tillit/<tag>` runs), or as a key of the table of
 * every element (`{"login-form":o,...}`, what `import 'tillit'` registers); a bundler may inline the class there
 * (`ve(\`login-form\`,class extends o{...`). A tag merely named (`case "totp-setup":`, `embed("totp-setup")`) is
 * not one.
 */
const registeredIn = (code: string): string[] =>
  elementTags().filter((tag) => {
    const name = `["'\`]${tag}["'\`]`;
    return new RegExp(`\\(\\s*${name}\\s*,\\s*(?:class\\b|[\\w$]+\\s*\\))|[{,]\\s*${name}\\s*:\\s*(?:class\\b|[\\w$]+\\s*[,}])`).test(code);
  });

/** Every JavaScript file a bundler wrote into an example's dist/, lazy chunks included, as one text. */
const bundled = (dir: string): string =>
  readdirSync(join(dir, 'dist'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(join(dir, 'dist', file), 'utf8'))
    .join('\n');

let project: PackedProject;
let dirs: Map<string, string>;
let browser: Browser;

before(async () => {
  project = packIntoCustomerProject();
  dirs = installExamples(project, examples);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  project?.remove();
  if (timings.length) console.log(`example apps (ms, and the JavaScript each page fetched through the sign-in):\n${timings.map((t) => `  ${t}`).join('\n')}`);
});

describe('the example apps, built from the packed package', () => {
  it('has one per framework the README names', () => {
    assert.deepEqual(examples, ['angular', 'html', 'react', 'vue']);
  });

  it("sees every element registered in the package's files (`import 'tillit'` registers all)", () => {
    const dist = join(project.packageDir, 'dist');
    const shipped = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
    assert.deepEqual(registeredIn(shipped.map((file) => readFileSync(join(dist, file), 'utf8')).join('\n')), elementTags());
  });

  it("types Angular's `$event` of a tillit event in a strict template: a handler of another event fails ngc", () => {
    const dir = dirs.get('angular') as string;
    for (const [file, contents] of Object.entries(angularMisuse.files)) writeFileSync(join(dir, file), contents);
    const run = spawnSync(join(repoRoot, 'node_modules/.bin/ngc'), ['-p', 'tsconfig.misuse.json'], { cwd: dir, encoding: 'utf8' });
    const output = `${run.stdout}${run.stderr}`;
    assert.notEqual(run.status, 0, 'ngc accepts the misuse');
    for (const error of angularMisuse.errors) assert.match(output, error);
    assert.equal(output.match(/TS\d+: /g)?.length, angularMisuse.errors.length, `those errors only:\n${output}`);
  });

  for (const name of examples) {
    describe(name, () => {
      const dir = () => dirs.get(name) as string;

      it('type-checks (usage that must fail is rejected) and builds for production', () => {
        for (const [file, contents] of Object.entries(misuse[name] ?? {})) writeFileSync(join(dir(), file), contents);
        const typecheck = npmRun(dir(), 'typecheck');
        assert.ok(typecheck.ok, `npm run typecheck:\n${typecheck.output}`);
        const build = npmRun(dir(), 'build');
        assert.ok(build.ok, `npm run build:\n${build.output}`);
        // A bundler's output is the app's: it imports the entries of the elements it renders only, so no other
        // element is in it, lazy chunks included, but those <security-settings> opens on request (the plain page
        // copies the package's files and is checked by what it loads, below).
        if (name !== 'html') {
          assert.deepEqual(registeredIn(bundled(dir())), [...rendered, ...openedFromSettings].sort(), 'the bundle holds no element the app does not use');
        }
        timings.push(`${name.padEnd(8)} typecheck ${Math.round(typecheck.ms)}, build ${Math.round(build.ms)}`);
      });

      it('renders its elements, signs in with a password and shows the security settings in Chromium, against the reference backend', async () => {
        const site = await serveExample(name, dir());
        const page = await browser.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        page.on('console', (message) => {
          if (message.type() === 'error' || message.type() === 'warning') errors.push(`${message.type()}: ${message.text()}`);
        });
        const scripts = recordScripts(page);
        const bodies: Promise<string>[] = [];
        page.on('response', (response) => {
          if (response.request().resourceType() === 'script') bodies.push(response.text());
        });
        try {
          const t0 = performance.now();
          await page.goto(`${site.url}/`);
          const form = page.locator('login-form').first();
          // The credentials are in the element's light DOM (querySelector does not pierce shadow roots, as
          // Playwright's locators do), inside its own <form>, where password managers see them.
          await page.waitForFunction(() => document.querySelector('login-form form input[autocomplete="current-password"]') !== null);
          const elementsOnPage = () =>
            page.evaluate(
              (selector) =>
                [...document.querySelectorAll(selector)].map((el) => ({
                  tag: el.localName,
                  defined: customElements.get(el.localName) !== undefined,
                  rendered: (el.shadowRoot?.childElementCount ?? 0) > 0,
                })),
              elementTags().join(','),
            );
          const before = await elementsOnPage();
          assert.deepEqual(before.map((element) => element.tag), ['login-form', 'login-form'], JSON.stringify(before));
          for (const element of before) assert.ok(element.defined && element.rendered, `<${element.tag}> is defined and rendered`);
          const rendering = performance.now() - t0;

          await form.locator('input[autocomplete="username webauthn"]').fill(account.identifier);
          await form.locator('input[autocomplete="current-password"]').fill(account.password);
          await form.locator('button[type=submit]').click();
          await page.waitForFunction(
            (expected) => document.querySelector('main > [role=status]')?.textContent?.trim() === expected,
            `Signed in as ${account.displayName}`,
            { timeout: 10_000 },
          );
          const signedIn = performance.now() - t0;

          // Then the app shows <security-settings> in the forms' place; its first call (the account's security
          // overview, under the session the sign-in set) has answered once the account's (masked) e-mail is in its row.
          await page.waitForFunction(
            (email) => {
              const root = document.querySelector('main security-settings')?.shadowRoot;
              return (
                root?.querySelector('[part=heading]')?.textContent?.trim() === 'Security' &&
                root.querySelector('[aria-labelledby=row-email] .value')?.textContent?.trim() === email
              );
            },
            account.maskedEmail,
            { timeout: 10_000 },
          );
          const after = await elementsOnPage();
          assert.deepEqual(after, [{ tag: 'security-settings', defined: true, rendered: true }], 'the sign-in forms are gone');
          assert.deepEqual(errors, [], 'no page error, console error or warning (CSP violations included)');
          const settingsShown = performance.now() - t0;
          const fetched = await scripts.settle();
          // The app imports `tillit/login-form` and `tillit/security-settings` only: no other element's
          // registration is in the JavaScript the page loaded, as it would be with `import 'tillit'`.
          const loaded = (await Promise.all(bodies)).join('\n');
          assert.deepEqual(registeredIn(loaded), rendered, 'the page loads only the elements it renders');
          const kb = (fetched.reduce((sum, script) => sum + script.gzip, 0) / 1024).toFixed(1);
          timings.push(
            `${name.padEnd(8)} rendered ${Math.round(rendering)}, signed in ${Math.round(signedIn)}, settings ${Math.round(settingsShown)} (${fetched.length} scripts, ${kb} KB gzip)`,
          );
        } finally {
          await page.close();
          await site.stop();
        }
      });
    });
  }
});
