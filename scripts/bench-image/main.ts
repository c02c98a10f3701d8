/**
 * `npm run bench:image`: the photo pipeline against its floor and browser-image-compression, side by side in one
 * headless Chromium, on a 12-megapixel JPEG stored turned with EXIF orientation 6 and a GPS position (written by
 * exiftool, an implementation not ours). Prints medians over several runs and the main thread's longest task.
 * Numbers, not assertions: nothing here fails on a slow machine.
 *   npx tsx scripts/bench-image/main.ts [--runs=7]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { build as esbuild } from 'esbuild';
import { chromium } from 'playwright-core';
import { rollup } from 'rollup';
import config from '../../rollup.config.mjs';
import { chromiumArgs, ensureChromium } from '../ensure-chromium.mjs';
import type { RunResult } from './page.js';

const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 7);
const [WIDTH, HEIGHT] = [4000, 3000];
const here = new URL('.', import.meta.url).pathname;
const root = new URL('../../', import.meta.url).pathname;

/** exiftool from Debian, installed when missing and we may (root with apt), as ensure-chromium does. */
function ensureExiftool(): void {
  if (spawnSync('sh', ['-c', 'command -v exiftool'], { stdio: 'ignore' }).status === 0) return;
  const isRoot = process.getuid?.() === 0;
  const install = 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y libimage-exiftool-perl';
  if (!isRoot || spawnSync('sh', ['-c', install], { stdio: 'inherit' }).status !== 0) {
    throw new Error(`exiftool is missing: run  sudo sh -c '${install}'`);
  }
}

ensureChromium();
ensureExiftool();
const work = await mkdtemp(join(tmpdir(), 'tillit-bench-image-'));
try {
  // tillit/image as published: our rollup build of the image entry (entry + worker file + fallback chunk).
  const plugins = (config.plugins as { name: string }[]).filter((p) => p.name !== 'clean-dist' && p.name !== 'theme-css');
  const bundle = await rollup({ ...config, input: {}, plugins, onwarn: () => {} } as never);
  await bundle.write({ ...(config.output as object), dir: join(work, 'pkg') });
  await bundle.close();
  await esbuild({ entryPoints: [join(here, 'page.ts')], bundle: true, format: 'esm', outfile: join(work, 'page.js'), logLevel: 'warning' });
  await writeFile(join(work, 'index.html'), '<!doctype html><meta charset="utf-8"><script type="module" src="/page.js"></script>');

  const files: Record<string, string> = {
    '/floor-worker.js': join(here, 'floor-worker.js'),
    '/bic.mjs': join(root, 'node_modules/browser-image-compression/dist/browser-image-compression.mjs'),
    // Its worker loads the library with importScripts(libURL): the UMD build, served here (its CDN default fails).
    '/bic.js': join(root, 'node_modules/browser-image-compression/dist/browser-image-compression.js'),
  };
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.jpg': 'image/jpeg', '.map': 'application/json' };
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = files[path] ?? join(work, path === '/' ? 'index.html' : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  const browser = await chromium.launch({ executablePath: ensureChromium(), args: [...chromiumArgs] });
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => 'bench' in window);
    const photo = join(work, 'photo.jpg');
    await writeFile(photo, Buffer.from(await page.evaluate(([w, h]) => window.bench.makePhoto(w!, h!), [WIDTH, HEIGHT]), 'base64'));
    execFileSync('exiftool', ['-q', '-overwrite_original', '-n', '-Orientation=6', '-Make=Bench', '-GPSLatitude=59.3293', '-GPSLatitudeRef=N', '-GPSLongitude=18.0686', '-GPSLongitudeRef=E', photo]);
    const tags = execFileSync('exiftool', ['-s3', '-ImageSize', '-Orientation', '-GPSPosition', photo], { encoding: 'utf8' }).trim().split('\n');
    const bytes = (await readFile(photo)).length;
    const scale = Math.min(1, 2048 / Math.max(WIDTH, HEIGHT));
    const target = { width: Math.round(WIDTH * scale), height: Math.round(HEIGHT * scale) };

    console.log(`Chromium ${browser.version()}, ${cpus().length} cores (${cpus()[0]?.model.trim()}), load ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    console.log(`input: ${WIDTH}x${HEIGHT} upright (${tags.join(', ')}), ${(bytes / 1e6).toFixed(2)} MB JPEG; target ${target.width}x${target.height}, ${runs} runs after a warm-up, round-robin`);
    const results: RunResult[] = await page.evaluate((o) => window.bench.run(o), { runs, ...target });

    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const floor = median(results[0]!.ms);
    const bic = median(results[2]!.ms);
    console.log(`\n${'contender'.padEnd(48)}${'median'.padStart(9)}${'min'.padStart(8)}${'x floor'.padStart(9)}  ${'longest main-thread task'.padEnd(26)} output`);
    for (const r of results) {
      const tasks = r.longTasks.flat();
      const longest = tasks.length ? `${tasks.length} >= 50 ms, max ${Math.max(...tasks).toFixed(0)}` : `none >= 50 ms (gap <= ${Math.max(...r.gaps).toFixed(0)} ms)`;
      const o = r.output;
      console.log(
        `${r.name.padEnd(48)}${`${median(r.ms).toFixed(0)} ms`.padStart(9)}${`${Math.min(...r.ms).toFixed(0)}`.padStart(8)}${`${(median(r.ms) / floor).toFixed(2)}x`.padStart(9)}  ${longest.padEnd(26)} ` +
          `${o.width}x${o.height} ${(o.bytes / 1024).toFixed(0)} KB, ${o.upright ? 'upright' : 'NOT upright'}, ${o.exif ? 'HAS EXIF' : 'no EXIF'}${o.note ? `, ${o.note}` : ''}`,
      );
    }
    const ours = median(results[1]!.ms);
    console.log(`\ngoal: prepareImage <= 1.2x floor (${(ours / floor).toFixed(2)}x) and <= browser-image-compression (${(ours / bic).toFixed(2)}x of it)`);
  } finally {
    await browser.close();
    server.close();
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
