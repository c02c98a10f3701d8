#!/usr/bin/env node
// Screenshots of every <login-form> story from a built Storybook (default storybook-static/, or argv[2]), into
// .screenshots/login-form/ (gitignored), so each state can be looked at: `npm run build-storybook` first.
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './ensure-chromium.mjs';

const root = process.argv[2] ?? 'storybook-static';
const out = '.screenshots/login-form';
mkdirSync(out, { recursive: true });

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };
const server = createServer((req, res) => {
  const path = join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/\/$/, '/index.html'));
  let body;
  try {
    body = readFileSync(path);
  } catch {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
}).listen(0);
const base = `http://localhost:${server.address().port}`;

const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story' && e.id.startsWith('elements-login-form--'));
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
try {
  for (const theme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width: 560, height: 900 } });
    for (const { id } of stories) {
      await page.goto(`${base}/iframe.html?id=${id}&viewMode=story&globals=theme:${theme}`);
      await page.waitForSelector('login-form');
      await page.waitForTimeout(1500);
      const name = id.replace('elements-login-form--', '');
      await page.locator('login-form').screenshot({ path: `${out}/${name}-${theme}.png` });
      console.log(`${out}/${name}-${theme}.png`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
