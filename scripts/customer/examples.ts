/**
 * The example apps of examples/ as a customer has them: each copied into the packed project (pack.ts), beside the
 * dependencies its own package.json declares, built by its own npm scripts, and served beside the reference
 * backend. Shared by the examples suite (test/examples) and `npm run example -- <name>`.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { strictCsp } from '../../demo/node/csp.js';
import { repoRoot, type PackedProject } from './pack.js';
import { serveCustomerSite, type RunningSite } from './serve.js';

const examplesDir = join(repoRoot, 'examples');

/** Every example folder (one with a package.json), sorted: `angular`, `html`, ... */
export function exampleNames(): string[] {
  return readdirSync(examplesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(examplesDir, d.name, 'package.json')))
    .map((d) => d.name)
    .sort();
}

/**
 * Copies the examples into the project (without what their builds wrote) and links the dependencies each declares,
 * but tillit (the tarball's), from the repository's node_modules, as `npm install` would put them there. Hoists the
 * project first: a page without a bundler (examples/html) serves lit's own dependencies from node_modules.
 * Returns each example's directory.
 */
export function installExamples(project: PackedProject, names: readonly string[] = exampleNames()): Map<string, string> {
  project.hoist();
  const dirs = new Map<string, string>();
  for (const name of names) {
    const dir = join(project.dir, name);
    cpSync(join(examplesDir, name), dir, { recursive: true, filter: (source) => !/[\\/](node_modules|dist|build)$/.test(source) });
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    for (const dependency of Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })) {
      const target = join(project.dir, 'node_modules', dependency);
      if (dependency === 'tillit' || existsSync(target)) continue;
      mkdirSync(dirname(target), { recursive: true });
      symlinkSync(join(repoRoot, 'node_modules', dependency), target, 'dir');
    }
    dirs.set(name, dir);
  }
  return dirs;
}

/** Runs `npm run <script>` of an example with the repository's tools on PATH, as its own devDependencies. */
export function npmRun(dir: string, script: string): { ok: boolean; output: string; ms: number } {
  const t0 = performance.now();
  const run = spawnSync('npm', ['run', '--silent', script], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${join(repoRoot, 'node_modules/.bin')}:${process.env.PATH ?? ''}`, NO_COLOR: '1' },
  });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}`, ms: performance.now() - t0 };
}

/**
 * The demo's strict policy (no inline script or style, Trusted Types), plus only what an example needs: the plain
 * page allows its inline import map by hash; Vue's runtime creates a Trusted Types policy named `vue` as it loads.
 */
export function exampleCsp(name: string, html: string): string {
  if (name === 'vue') return strictCsp.replace('trusted-types lit-html', 'trusted-types lit-html vue');
  if (name !== 'html') return strictCsp;
  const importMap = /<script type="importmap">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (importMap === undefined) throw new Error('examples/html/index.html has no import map');
  const hash = createHash('sha256').update(importMap).digest('base64');
  return strictCsp.replace("script-src 'self'", `script-src 'self' 'sha256-${hash}'`);
}

const contentTypes: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

/** Serves a built example's dist/ (index.html at `/`, every other file at its path) beside the reference backend. */
export function serveExample(name: string, dir: string): Promise<RunningSite> {
  const dist = join(dir, 'dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dist, join(d.parentPath, d.name)))
    .filter((file) => file !== 'index.html');
  const extra = Object.fromEntries(
    files.map((file) => [`/${file}`, { type: contentTypes[extname(file)] ?? 'text/plain', body: readFileSync(join(dist, file), 'utf8') }]),
  );
  return serveCustomerSite({ html, assetsDir: join(dist, 'assets'), extra, csp: exampleCsp(name, html) });
}
