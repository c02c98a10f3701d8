/**
 * The example apps of examples/ (plain HTML, React, Vue, Angular) as a customer builds them: each copied into a
 * project where `tillit` is the packed tarball (scripts/customer/pack.ts) beside the dependencies its own
 * package.json declares, type-checked and built by its own `npm run typecheck` and `npm run build`, served beside
 * the reference backend under a strict CSP, and loaded in Chromium: every tillit element on the page renders and a
 * password sign-in through the first `<login-form>` reaches the app's `tillit-signed-in` listener, with no other
 * element's code loaded (each imports `tillit/login-form` only). Usage that must
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
const account = { identifier: 'alva@example.com', password: 'correct horse battery', displayName: 'Alva' };
const timings: string[] = [];

/** The tillit elements besides <login-form> whose registration (their tag name as a string) is in `code`. */
const otherElementsIn = (code: string): string[] =>
  elementTags().filter((tag) => tag !== 'login-form' && new RegExp(`["'\`]${tag}["'\`]`).test(code));

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

  it("types Angular's `$event` of a tillit event in a strict template: a handler of another event fails ngc", () => {
    const dir = dirs.get('angular') as string;
    for (const [file, contents] of Object.entries(angularMisuse.files)) writeFileSync(join(dir, file), contents);
    const run = spawnSync(join(repoRoot, 'node_modules/.bin/ngc'), ['-p', 'tsconfig.misuse.json'], { cwd: dir, encoding: 'utf8' });
    const output = `${run.stdout}${run.stderr}`;
    assert.notEqual(run.status, 0, 'ngc accepts the misuse');
    assert.match(output, angularMisuse.error);
    assert.equal(output.match(/TS\d+: /g)?.length, 1, `one error only:\n${output}`);
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
        // A bundler's output is the app's: it imports `tillit/login-form` only, so no other element is in it, lazy
        // chunks included (the plain page copies the package's files and is checked by what it loads, below).
        if (name !== 'html') assert.deepEqual(otherElementsIn(bundled(dir())), [], 'the bundle holds no element the app does not use');
                timings.push(`${name.padEnd(8)} typecheck ${Math.round(typecheck.ms)}, build ${Math.round(build.ms)}`);
      });

      it('renders its elements and signs in with a password in Chromium, against the reference backend', async () => {
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
          const tags = elementTags();
          const rendered = await page.evaluate(
            (selector) =>
              [...document.querySelectorAll(selector)].map((el) => ({
                tag: el.localName,
                defined: customElements.get(el.localName) !== undefined,
                rendered: (el.shadowRoot?.childElementCount ?? 0) > 0,
              })),
            tags.join(','),
          );
          assert.equal(rendered.length, 2, `two tillit elements on the page: ${JSON.stringify(rendered)}`);
          for (const element of rendered) assert.ok(element.defined && element.rendered, `<${element.tag}> is defined and rendered`);
          const rendering = performance.now() - t0;

          await form.locator('input[autocomplete="username webauthn"]').fill(account.identifier);
          await form.locator('input[autocomplete="current-password"]').fill(account.password);
          await form.locator('button[type=submit]').click();
          await page.waitForFunction(
            (expected) => document.querySelector('main > [role=status]')?.textContent?.trim() === expected,
            `Signed in as ${account.displayName}`,
            { timeout: 10_000 },
          );
          assert.deepEqual(errors, [], 'no page error, console error or warning (CSP violations included)');
          const signedIn = performance.now() - t0;
          const fetched = await scripts.settle();
          // The app imports `tillit/login-form` only: no other element's registration (its tag name as a string)
          // is in the JavaScript the page loaded, as it would be with `import 'tillit'`.
          const loaded = (await Promise.all(bodies)).join('\n');
          assert.deepEqual(otherElementsIn(loaded), [], 'the page loads only the element it uses');
          const kb = (fetched.reduce((sum, script) => sum + script.gzip, 0) / 1024).toFixed(1);
          timings.push(`${name.padEnd(8)} rendered ${Math.round(rendering)}, signed in ${Math.round(signedIn)} (${fetched.length} scripts, ${kb} KB gzip)`);
        } finally {
          await page.close();
          await site.stop();
        }
      });
    });
  }
});
