import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, findChromium } from '../ensure-chromium.mjs';

/** Debian's Chromium through playwright-core (playwright's own browser download does not work here). */
export function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: run `node scripts/ensure-chromium.mjs` (or set CHROME_PATH)');
  return chromium.launch({ executablePath, args: [...chromiumArgs] });
}
