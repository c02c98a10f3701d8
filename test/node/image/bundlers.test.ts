/**
 * `tillit/image` as customers get it: built by our rollup config (the image entry only, into a scratch
 * node_modules/tillit), then bundled into a tiny app by Vite and by esbuild. Proves the worker ships as a real,
 * self-contained file, that the published code keeps the `new Worker(new URL('./image-worker.js',
 * import.meta.url))` bundlers look for, what each bundler does with it, and the pipeline's size.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import { rollup } from 'rollup';
import { parseAst } from 'rollup/parseAst';
import { build as vite } from 'vite';
import config from '../../../rollup.config.mjs';

type Node = { type: string; source?: { value: unknown } | null; [key: string]: unknown };

/** Static and dynamic imports and exports of an ES module, from its syntax tree. */
function moduleLinks(code: string): { imports: string[]; exports: number; dynamic: number } {
  const links = { imports: [] as string[], exports: 0, dynamic: 0 };
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    const n = node as Node;
    if (n.type === 'ImportDeclaration') links.imports.push(String(n.source?.value));
    if (/^Export/.test(n.type)) links.exports++;
    if (n.type === 'ImportExpression') links.dynamic++;
    for (const value of Object.values(n)) if (value && typeof value === 'object') walk(value);
  };
  walk(parseAst(code));
  return links;
}

const gzip = (text: string) => gzipSync(text, { level: 9 }).length;

describe('tillit/image in customer builds', { timeout: 120_000 }, () => {
  let root: string;
  let dist: string;
  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'tillit-image-'));
    dist = join(root, 'app/node_modules/tillit/dist');
    // Our real build, less the steps that touch the repository's own dist/, for the image entry alone.
    const plugins = (config.plugins as { name: string }[]).filter((p) => p.name !== 'clean-dist' && p.name !== 'theme-css');
    const bundle = await rollup({ ...config, input: {}, plugins, onwarn: () => {} } as never);
    await bundle.write({ ...(config.output as object), dir: dist });
    await bundle.close();
    await writeFile(
      join(root, 'app/node_modules/tillit/package.json'),
      JSON.stringify({ name: 'tillit', type: 'module', exports: { './image': './dist/image.js', './image-worker.js': './dist/image-worker.js' } }),
    );
    await writeFile(join(root, 'app/main.js'), "import { prepareImage } from 'tillit/image';\nwindow.prepareImage = prepareImage;\n");
    await writeFile(join(root, 'app/index.html'), '<!doctype html><script type="module" src="./main.js"></script>\n');
  });
  after(() => rm(root, { recursive: true, force: true }));

  it('ships the worker as dist/image-worker.js: one file, no imports or exports', async () => {
    const worker = await readFile(join(dist, 'image-worker.js'), 'utf8');
    assert.deepEqual(moduleLinks(worker), { imports: [], exports: 0, dynamic: 0 });
    assert.match(worker, /convertToBlob/);
    assert.match(worker, /sourceMappingURL=image-worker\.js\.map\s*$/);
  });

  it('starts it with the literal new Worker(new URL("./image-worker.js", import.meta.url), { type: "module" })', async () => {
    const entry = await readFile(join(dist, 'image.js'), 'utf8');
    assert.match(entry, /new Worker\(new URL\("\.\/image-worker\.js",import\.meta\.url\),\{type:"module"/);
    const links = moduleLinks(entry);
    assert.ok(links.imports.every((i) => i.startsWith('./chunks/')), `image.js imports only its own chunks: ${links.imports}`);
    assert.equal(links.dynamic, 1, 'the main-thread fallback is loaded on demand');
  });

  it('pulls in no lit and no element, and the pipeline stays well under 15 KB gzip', async () => {
    const entry = await readFile(join(dist, 'image.js'), 'utf8');
    const chunks = await readdir(join(dist, 'chunks'));
    const fallbackName = chunks.find((c) => /^main-thread.*\.js$/.test(c));
    assert.ok(fallbackName, `a main-thread chunk in ${chunks}`);
    const fallback = await readFile(join(dist, 'chunks', fallbackName), 'utf8');
    for (const code of [entry, fallback]) assert.doesNotMatch(code, /from"lit|customElements|LitElement/);
    const worker = await readFile(join(dist, 'image-worker.js'), 'utf8');
    const inWorker = gzip(entry) + gzip(worker);
    const onMainThread = gzip(entry) + gzip(fallback);
    console.log(`tillit/image gzip: entry ${gzip(entry)} + worker ${gzip(worker)} = ${inWorker}; entry + main-thread fallback ${onMainThread}`);
    assert.ok(inWorker < 12 * 1024, `entry + worker ${inWorker} B`);
    assert.ok(onMainThread < 12 * 1024, `entry + fallback ${onMainThread} B`);
  });

  it('Vite finds the worker, bundles it as a chunk of its own and points the URL at it', async () => {
    const out = join(root, 'out-vite');
    await vite({ root: join(root, 'app'), configFile: false, logLevel: 'silent', build: { outDir: out, emptyOutDir: true } });
    const assets = await readdir(join(out, 'assets'));
    const worker = assets.find((a) => /^image-worker-.*\.js$/.test(a));
    assert.ok(worker, `a worker asset among ${assets}`);
    assert.match(await readFile(join(out, 'assets', worker), 'utf8'), /convertToBlob/);
    const main = assets.find((a) => /^index-.*\.js$/.test(a))!;
    assert.ok((await readFile(join(out, 'assets', main), 'utf8')).includes(`/assets/${worker}`));
  });

  it('esbuild (no plugin) keeps new URL("./image-worker.js", import.meta.url) and emits no worker: copy the file beside the bundle', async () => {
    const out = join(root, 'out-esbuild');
    await esbuild({ entryPoints: [join(root, 'app/main.js')], bundle: true, format: 'esm', splitting: true, minify: true, outdir: out, logLevel: 'silent' });
    const files = await readdir(out);
    assert.equal(files.some((f) => f.includes('image-worker')), false);
    const code = (await Promise.all(files.map((f) => readFile(join(out, f), 'utf8')))).join('\n');
    assert.match(code, /new URL\("\.\/image-worker\.js",import\.meta\.url\)/);
  });
});
