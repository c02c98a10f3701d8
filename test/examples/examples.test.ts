/**
 * The example apps of examples/ (plain HTML, React, Vue, Angular) as a customer builds them: each copied into a
 * project where `tillit` is the packed tarball (scripts/customer/pack.ts) beside the dependencies its own
 * package.json declares, type-checked and built by its own `npm run typecheck` and `npm run build`, served beside
 * the reference backend under a strict CSP, and loaded in Chromium: every tillit element on the page renders and a
 * password sign-in through the first `<login-form>` reaches the app's `tillit-signed-in` listener. Usage that must
 * not type-check (a wrong property, a handler for another event) is added to each copy before its type check.
 * A new example folder with a package.json is picked up without an edit here.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { elementTags } from '../../scripts/build-entries.mjs';
import { launchChromium } from '../../scripts/customer/chromium.js';
import { packIntoCustomerProject, repoRoot, type PackedProject } from '../../scripts/customer/pack.js';
import { serveCustomerSite } from '../../scripts/customer/serve.js';
import { strictCsp } from '../../demo/node/csp.js';
import { angularMisuse, misuse } from './misuse.js';

const examplesDir = join(repoRoot, 'examples');
const examples = readdirSync(examplesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(examplesDir, d.name, 'package.json')))
  .map((d) => d.name)
  .sort();
const account = { identifier: 'alva@example.com', password: 'correct horse battery', displayName: 'Alva' };
const timings: string[] = [];

let project: PackedProject;
let browser: Browser;

/** Runs `npm run <script>` of an example with the repository's tools on PATH, as its own devDependencies. */
function npmRun(dir: string, script: string): { ok: boolean; output: string; ms: number } {
  const t0 = performance.now();
  const run = spawnSync('npm', ['run', '--silent', script], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${join(repoRoot, 'node_modules/.bin')}:${process.env.PATH ?? ''}`, NO_COLOR: '1' },
  });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}`, ms: performance.now() - t0 };
}

/** The example's declared dependencies (but tillit, the tarball's), linked from the repository's node_modules. */
function installDependencies(dir: string): void {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
  for (const name of Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })) {
    const target = join(project.dir, 'node_modules', name);
    if (name === 'tillit' || existsSync(target)) continue;
    mkdirSync(dirname(target), { recursive: true });
    symlinkSync(join(repoRoot, 'node_modules', name), target, 'dir');
  }
}

/** Every file under `dir`, relative to it. */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)));

/**
 * The demo's strict policy (no inline script or style, Trusted Types), plus only what an example needs: the plain
 * page allows its inline import map by hash; Vue's runtime creates a Trusted Types policy named `vue` as it loads.
 */
function cspFor(name: string, html: string): string {
  if (name === 'vue') return strictCsp.replace('trusted-types lit-html', 'trusted-types lit-html vue');
  if (name !== 'html') return strictCsp;
  const importMap = /<script type="importmap">([\s\S]*?)<\/script>/.exec(html)?.[1];
  assert.ok(importMap, 'the page has an import map');
  const hash = createHash('sha256').update(importMap).digest('base64');
  return strictCsp.replace("script-src 'self'", `script-src 'self' 'sha256-${hash}'`);
}

const contentTypes: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

before(async () => {
  project = packIntoCustomerProject();
  // npm's layout: a page without a bundler (examples/html) serves lit's own dependencies from node_modules.
  project.hoist();
  for (const name of examples) {
    const dir = join(project.dir, name);
    cpSync(join(examplesDir, name), dir, { recursive: true, filter: (source) => !/[\\/](node_modules|dist|build)$/.test(source) });
    installDependencies(dir);
  }
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  project?.remove();
  if (timings.length) console.log(`example apps (ms):\n${timings.map((t) => `  ${t}`).join('\n')}`);
});

describe('the example apps, built from the packed package', () => {
  it('has one per framework the README names', () => {
    assert.deepEqual(examples, ['angular', 'html', 'react', 'vue']);
  });

  it("types Angular's `$event` of a tillit event in a strict template: a handler of another event fails ngc", () => {
    const dir = join(project.dir, 'angular');
    for (const [file, contents] of Object.entries(angularMisuse.files)) writeFileSync(join(dir, file), contents);
    const run = spawnSync(join(repoRoot, 'node_modules/.bin/ngc'), ['-p', 'tsconfig.misuse.json'], { cwd: dir, encoding: 'utf8' });
    const output = `${run.stdout}${run.stderr}`;
    assert.notEqual(run.status, 0, 'ngc accepts the misuse');
    assert.match(output, angularMisuse.error);
    assert.equal(output.match(/TS\d+: /g)?.length, 1, `one error only:\n${output}`);
  });

  for (const name of examples) {
    describe(name, () => {
      const dir = () => join(project.dir, name);

      it('type-checks (usage that must fail is rejected) and builds for production', () => {
        for (const [file, contents] of Object.entries(misuse[name] ?? {})) writeFileSync(join(dir(), file), contents);
        const typecheck = npmRun(dir(), 'typecheck');
        assert.ok(typecheck.ok, `npm run typecheck:\n${typecheck.output}`);
        const build = npmRun(dir(), 'build');
        assert.ok(build.ok, `npm run build:\n${build.output}`);
        assert.ok(existsSync(join(dir(), 'dist/index.html')), 'the build writes dist/index.html');
        timings.push(`${name.padEnd(8)} typecheck ${Math.round(typecheck.ms)}, build ${Math.round(build.ms)}`);
      });

      it('renders its elements and signs in with a password in Chromium, against the reference backend', async () => {
        const dist = join(dir(), 'dist');
        const html = readFileSync(join(dist, 'index.html'), 'utf8');
        const extra = Object.fromEntries(
          filesUnder(dist)
            .filter((file) => file !== 'index.html')
            .map((file) => [`/${file}`, { type: contentTypes[extname(file)] ?? 'text/plain', body: readFileSync(join(dist, file), 'utf8') }]),
        );
        const site = await serveCustomerSite({ html, assetsDir: join(dist, 'assets'), extra, csp: cspFor(name, html) });
        const page = await browser.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        page.on('console', (message) => {
          if (message.type() === 'error' || message.type() === 'warning') errors.push(`${message.type()}: ${message.text()}`);
        });
        try {
          const t0 = performance.now();
          await page.goto(`${site.url}/`);
          const form = page.locator('login-form').first();
          // The credentials are in the element's light DOM, inside its own <form>.
          await form.locator('form input[autocomplete="current-password"]').waitFor();
          const tags = elementTags();
          const rendered = await page.evaluate(
            (selector) =>
              [...document.querySelectorAll(selector)].map((el) => ({
                tag: el.localName,
                defined: customElements.get(el.localName) !== undefined,
                rendered: (el.shadowRoot?.childElementCount ?? 0) > 0 && el.childElementCount > 0,
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
          timings.push(`${name.padEnd(8)} rendered ${Math.round(rendering)}, signed in ${Math.round(performance.now() - t0)}`);
        } finally {
          await page.close();
          await site.stop();
        }
      });
    });
  }
});
