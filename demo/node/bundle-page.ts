import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { publishedEntriesPlugin } from './published-entries.js';
import { sitePagesPlugin } from './site-pages-plugin.js';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export interface PageBundle {
  /** The site's script (`/assets/site.js`). */
  script: string;
  /** Its styles: tillit/tillit.css, the site's own CSS and the brand theme (`/assets/site.css`). */
  styles: string;
  /** tillit/image's worker (`/assets/image-worker.js`, beside site.js, where its `new URL()` points). */
  worker: string;
}

/**
 * Bundles the demo site (demo/page/main.ts) as a customer's bundler would: esbuild, browser conditions, tillit by
 * its published specifiers only (published-entries.ts). CSS imported by the page comes out as one stylesheet.
 */
export async function bundlePage(entry = here('../page/main.ts')): Promise<PageBundle> {
  const result = await build({
    entryPoints: { site: entry },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: false,
    sourcemap: 'inline',
    write: false,
    outdir: here('../../.demo-assets'),
    conditions: ['browser', 'production'],
    tsconfig: here('../../tsconfig.json'),
    logLevel: 'silent',
    plugins: [publishedEntriesPlugin(here('../page')), sitePagesPlugin(here('../page/pages'))],
  });
  const output = (extension: string): string => result.outputFiles.find((f) => f.path.endsWith(extension))?.text ?? '';
  // esbuild leaves `new Worker(new URL('./image-worker.js', import.meta.url))` alone: ship the worker beside the
  // bundle, as docs/IMAGE.md tells an esbuild customer to.
  const worker = await build({
    entryPoints: [here('../../src/image/image-worker.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    tsconfig: here('../../tsconfig.json'),
    logLevel: 'silent',
  });
  return { script: output('.js'), styles: output('.css'), worker: worker.outputFiles[0]?.text ?? '' };
}
