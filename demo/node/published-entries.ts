import type { Plugin } from 'esbuild';
import { join, relative, resolve, sep } from 'node:path';
import { discoverEntries } from '../../scripts/build-entries.mjs';

/**
 * The demo site imports tillit the way a customer does: by package specifier only (`tillit/login-form`,
 * `tillit/client`, `tillit/tillit.css`). This esbuild plugin maps each published specifier to exactly the source
 * file scripts/build-entries.mjs builds it from (the list rollup and the size script use), so `npm start` needs no
 * build step and always shows the current elements, yet the page can reach nothing a customer could not:
 *
 * - a `tillit/...` specifier that is not a published entry fails the bundle;
 * - a relative import from the page's own modules into `src/` fails the bundle.
 *
 * One import is allowed to cross, and only from the dev panel: the testing-mode endpoint table, which the package
 * deliberately does not ship (a production bundle must never carry it). See demo/README.md.
 */

/** Page modules that may import a `src/` file by path, and which one. Repo-relative, without extension. */
const allowedCrossings: Readonly<Record<string, string>> = {
  'demo/page/dev/testing-client': 'src/contract/index',
};

const stripExtension = (path: string): string => path.replace(/\.(ts|js|mjs|css)$/, '');
const isInside = (path: string, dir: string): boolean => path === dir || path.startsWith(dir + sep);

/** Published specifier -> absolute source file, for every entry whose source exists. */
export function publishedSpecifiers(): Map<string, string> {
  const { root, present } = discoverEntries();
  const map = new Map(present.map((entry) => [entry.specifier, join(root, entry.source)]));
  // rollup emits dist/tillit.css from this file (rollup.config.mjs, `theme-css`); package.json exports it.
  map.set('tillit/tillit.css', join(root, 'src/theme/tillit.css'));
  return map;
}

export function publishedEntriesPlugin(pageDir: string): Plugin {
  const { root } = discoverEntries();
  const srcDir = join(root, 'src');
  const demoDir = join(root, 'demo');
  const resolving = Symbol('resolving');
  const specifiers = publishedSpecifiers();
  const repoPath = (path: string): string => stripExtension(relative(root, path).split(sep).join('/'));

  return {
    name: 'tillit-published-entries',
    setup(build) {
      build.onResolve({ filter: /^tillit(\/|$)/ }, ({ path }) => {
        const source = specifiers.get(path);
        if (source) return { path: source };
        const known = [...specifiers.keys()].sort().join(', ');
        return { errors: [{ text: `"${path}" is not a published entry of tillit (published: ${known})` }] };
      });

      build.onResolve({ filter: /^\.\.?\/|^\// }, async ({ path, importer, namespace, resolveDir, kind, pluginData }) => {
        if (pluginData === resolving) return undefined;
        const fromPage = isInside(importer, pageDir);
        if (!fromPage && !isInside(importer, demoDir) && namespace !== 'demo-site') return undefined;
        const target = resolve(resolveDir, path);
        if (fromPage && isInside(target, srcDir) && allowedCrossings[repoPath(importer)] !== repoPath(target)) {
          return {
            errors: [
              {
                text:
                  `${repoPath(importer)} imports "${path}": the demo site uses only tillit's published entries ` +
                  `(import 'tillit/<entry>'), never src/ paths`,
              },
            ],
          };
        }
        // The site is an app beside the package, not part of it: package.json's `sideEffects` describes the
        // package's own files and must not drop the site's side-effect imports (`import './dev/dev-panel.js'`).
        const resolved = await build.resolve(path, { importer, namespace, resolveDir, kind, pluginData: resolving });
        if (resolved.errors.length) return { errors: resolved.errors };
        return { path: resolved.path, sideEffects: isInside(resolved.path, demoDir) || resolved.sideEffects };
      });
    },
  };
}
