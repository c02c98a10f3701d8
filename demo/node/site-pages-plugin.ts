import type { Plugin } from 'esbuild';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pageIds, type PageId } from '../page/site/routes.js';

/**
 * `import pageModules from 'demo-site:pages'` in the demo site: every `demo/page/pages/<id>.ts`, so adding a
 * page is adding that one file (demo/README.md). A file whose name is no page of site/routes.ts fails the bundle,
 * so a typo cannot leave a page silently unlinked.
 */
export const pagesModuleId = 'demo-site:pages';

export function pageFiles(pagesDir: string): { id: PageId; file: string }[] {
  return readdirSync(pagesDir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => ({ id: entry.name.slice(0, -3) as PageId, file: join(pagesDir, entry.name) }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

export function sitePagesPlugin(pagesDir: string): Plugin {
  return {
    name: 'demo-site-pages',
    setup(build) {
      build.onResolve({ filter: /^demo-site:pages$/ }, () => ({ path: pagesModuleId, namespace: 'demo-site' }));
      build.onLoad({ filter: /.*/, namespace: 'demo-site' }, () => {
        const files = pageFiles(pagesDir);
        const strays = files.filter((f) => !pageIds.includes(f.id));
        if (strays.length) {
          return {
            errors: strays.map((f) => ({
              text: `demo/page/pages/${f.id}.ts is not a page: its name must be one of ${pageIds.join(', ')} (demo/page/site/routes.ts)`,
            })),
          };
        }
        const imports = files.map((f, i) => `import page${i} from ${JSON.stringify(f.file)};`);
        const list = files.map((f, i) => `[${JSON.stringify(f.id)}, page${i}]`);
        return {
          contents: `${imports.join('\n')}\nexport default [${list.join(', ')}];\n`,
          loader: 'js',
          resolveDir: pagesDir,
          watchFiles: files.map((f) => f.file),
        };
      });
    },
  };
}
