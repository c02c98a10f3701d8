#!/usr/bin/env node
// Finds a system Chromium for the browser tests. Playwright's own browser download does not work on the CI
// machines (only the npm registry and Debian mirrors are reachable), so we always drive a Debian Chromium.
import { accessSync, constants } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Flags every launcher here uses: CI runs as root in a container with a tiny /dev/shm and no GPU. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The Chromium binary to use, or undefined. CHROME_PATH wins so a developer can point at any Chrome. */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : undefined;
  return candidates.find(isExecutable);
}

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

const installCommand = 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium';

/** Returns the path, installing Debian's chromium when we are root and apt-get exists; exits 1 otherwise. */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (process.env.CHROME_PATH) {
    console.error(`CHROME_PATH=${process.env.CHROME_PATH} is not an executable file.`);
    process.exit(1);
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && hasCommand('apt-get')) {
    console.log(`Chromium not found; installing it: ${installCommand}`);
    const run = spawnSync('sh', ['-c', installCommand], { stdio: 'inherit' });
    const installed = findChromium();
    if (run.status === 0 && installed) return installed;
    console.error('Installing chromium with apt-get failed (see the output above).');
    process.exit(1);
  }
  console.error(
    [
      'Chromium was not found (looked at CHROME_PATH, ' + candidates.join(', ') + ').',
      'Install it, then re-run:',
      `  sudo sh -c '${installCommand}'`,
      'or point CHROME_PATH at an existing Chrome/Chromium binary.',
    ].join('\n'),
  );
  process.exit(1);
}

// Run directly (`node scripts/ensure-chromium.mjs`): ensure and print the path.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(`Chromium: ${ensureChromium()}`);
}
