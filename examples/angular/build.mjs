// Bundles what `ngc` compiled (build/) for browsers with esbuild. Angular's npm packages are partially compiled:
// the linker (Angular's Babel plugin) finishes them at build time, as Angular's own builder does, so the app ships
// no Angular compiler.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { transformAsync } from '@babel/core';
import linkerPlugin from '@angular/compiler-cli/linker/babel';
import { build } from 'esbuild';

/** Runs the linker on every partially compiled Angular file. */
const angularLinker = {
  name: 'angular-linker',
  setup(b) {
    b.onLoad({ filter: /[\\/]@angular[\\/].*\.m?js$/ }, async ({ path }) => {
      const code = await readFile(path, 'utf8');
      if (!code.includes('ɵɵngDeclare')) return { contents: code, loader: 'js' };
      const linked = await transformAsync(code, { filename: path, plugins: [linkerPlugin], babelrc: false, configFile: false, compact: false });
      return { contents: linked?.code ?? code, loader: 'js' };
    });
  },
};

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');
cpSync('index.html', 'dist/index.html');
await build({
  entryPoints: { main: 'build/main.js' },
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  outdir: 'dist/assets',
  // What Angular's builder sets for a production browser build: no dev-mode checks, no JIT, no i18n runtime, no SSR.
  define: { ngDevMode: 'false', ngJitMode: 'false', ngI18nClosureMode: 'false', ngServerMode: 'false' },
  plugins: [angularLinker],
  logLevel: 'warning',
});
