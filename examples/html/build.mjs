// The whole "build" of a page without a bundler: copy the page and the production files of tillit and of the
// packages it imports (named in index.html's import map) into dist/, ready for any static file server.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Package directories under node_modules/ the import map points into, and the part of each the browser loads. */
const vendored = {
  tillit: ['dist'],
  lit: ['.'],
  'lit-html': ['.'],
  'lit-element': ['.'],
  '@lit/reactive-element': ['.'],
  '@simplewebauthn/browser': ['esm'],
};

/** `node_modules/<name>` here or in a folder above (npm hoists to a workspace's root), as Node would find it. */
function packageDir(name, from = process.cwd()) {
  const dir = join(from, 'node_modules', name);
  if (existsSync(dir)) return dir;
  if (dirname(from) === from) throw new Error(`${name} is not installed: run npm install`);
  return packageDir(name, dirname(from));
}

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');
cpSync('index.html', 'dist/index.html');
cpSync('app.js', 'dist/app.js');
for (const [name, parts] of Object.entries(vendored)) {
  for (const part of parts) {
    cpSync(join(packageDir(name), part), join('dist/vendor', name, part), {
      recursive: true,
      dereference: true,
      // The browser needs the production JavaScript only: no dev builds, Node builds, types or maps.
      filter: (source) => !/\/(development|node)$|\.(d\.ts|map|md|ts)$/.test(source),
    });
  }
}

// A strict Content-Security-Policy allows the inline import map by its hash.
const importMap = /<script type="importmap">([\s\S]*?)<\/script>/.exec(readFileSync('index.html', 'utf8'))?.[1] ?? '';
const hash = createHash('sha256').update(importMap).digest('base64');
console.log(`dist/ is ready. Content-Security-Policy: script-src 'self' 'sha256-${hash}'`);
