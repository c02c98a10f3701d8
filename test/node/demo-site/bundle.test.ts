/**
 * How `npm start` bundles the demo site: tillit by its published specifiers only (each to the source entry
 * scripts/build-entries.mjs builds it from), no src/ path from the site's modules, every page module listed, and
 * tsconfig's `paths` (which type-check the same imports) in step with the entry list.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import ts from 'typescript';
import { bundlePage } from '../../../demo/node/bundle-page.js';
import { publishedEntriesPlugin, publishedSpecifiers } from '../../../demo/node/published-entries.js';
import { sitePagesPlugin } from '../../../demo/node/site-pages-plugin.js';
import { discoverEntries } from '../../../scripts/build-entries.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
let dir: string;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tillit-demo-site-'));
});
after(() => rm(dir, { recursive: true, force: true }));

/** Bundles one module written into the temp dir, as a page module of a site whose pages live there. */
async function bundleModule(source: string): Promise<{ errors: string[] }> {
  const entry = join(dir, `page-${Math.random().toString(36).slice(2)}.ts`);
  await writeFile(entry, source);
  try {
    await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      format: 'esm',
      logLevel: 'silent',
      conditions: ['browser', 'production'],
      tsconfig: join(root, 'tsconfig.json'),
      plugins: [publishedEntriesPlugin(dir), sitePagesPlugin(join(dir, 'pages'))],
    });
    return { errors: [] };
  } catch (error) {
    return { errors: ((error as { errors?: { text: string }[] }).errors ?? []).map((e) => e.text) };
  }
}

describe('the demo site bundle', () => {
  it('maps every published specifier, and only those, to the source its entry is built from', () => {
    const map = publishedSpecifiers();
    const { present } = discoverEntries();
    for (const entry of present) assert.equal(map.get(entry.specifier), join(root, entry.source), entry.specifier);
    assert.equal(map.get('tillit/tillit.css'), join(root, 'src/theme/tillit.css'));
    assert.equal(map.size, present.length + 1);
  });

  it('bundles the site, with its own side-effect imports kept', async () => {
    const { script, styles } = await bundlePage();
    for (const tag of ['demo-dev-panel', 'demo-user-menu', 'demo-account-overview', 'demo-review-item']) {
      assert.match(script, new RegExp(`customElements\\.define\\("${tag}"`), tag);
    }
    assert.match(script, /customElements\.define\(|defineElement\("login-form"/);
    assert.match(styles, /--tillit-accent:/, 'tillit/tillit.css is in the stylesheet');
    assert.match(styles, /\.brand-aurora/, 'and the brand theme');
  });

  it('accepts a published entry and refuses a specifier that is not one', async () => {
    assert.deepEqual(await bundleModule(`import 'tillit/login-form';\nimport { createClient } from 'tillit/client';\nconsole.log(createClient);\n`), {
      errors: [],
    });
    const { errors } = await bundleModule(`import 'tillit/src/client/index.js';\n`);
    assert.equal(errors.length, 1);
    assert.match(errors[0] ?? '', /"tillit\/src\/client\/index\.js" is not a published entry of tillit/);
  });

  it('refuses a src/ path from the site\'s own modules', async () => {
    const path = relative(dir, join(root, 'src/client/index.js')).split('\\').join('/');
    const { errors } = await bundleModule(`import { createClient } from '${path}';\nconsole.log(createClient);\n`);
    assert.equal(errors.length, 1);
    assert.match(errors[0] ?? '', /the demo site uses only tillit's published entries/);
  });

  it('lists every page module, and refuses a file in pages/ that names no page', async () => {
    const pages = join(dir, 'pages');
    await import('node:fs/promises').then((fs) => fs.mkdir(pages, { recursive: true }));
    await writeFile(join(pages, 'account.ts'), `export default { id: 'account', render: () => null };\n`);
    assert.deepEqual(await bundleModule(`import pages from 'demo-site:pages';\nconsole.log(pages);\n`), { errors: [] });
    await writeFile(join(pages, 'acount.ts'), `export default { id: 'acount', render: () => null };\n`);
    const { errors } = await bundleModule(`import pages from 'demo-site:pages';\nconsole.log(pages);\n`);
    assert.equal(errors.length, 1);
    assert.match(errors[0] ?? '', /pages\/acount\.ts is not a page: its name must be one of sign-in, account/);
  });

  it('type-checks the same specifiers: tsconfig paths name each entry\'s source', () => {
    const config = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
    const paths = (config.config as { compilerOptions: { paths: Record<string, string[]> } }).compilerOptions.paths;
    const resolveByPaths = (specifier: string): string | undefined => {
      const exact = paths[specifier]?.[0];
      if (exact) return exact;
      const star = paths['tillit/*']?.[0];
      return specifier.startsWith('tillit/') ? star?.replace('*', specifier.slice('tillit/'.length)) : undefined;
    };
    for (const [specifier, source] of publishedSpecifiers()) {
      if (specifier.endsWith('.css')) continue;
      assert.equal(join(root, resolveByPaths(specifier) ?? ''), source, specifier);
    }
  });
});
