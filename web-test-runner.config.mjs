// @web/test-runner config for test/browser/**: Chromium through playwright, pointed at the system binary
// (scripts/ensure-chromium.mjs) because playwright's own browser download is unavailable in CI.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumArgs, findChromium } from './scripts/ensure-chromium.mjs';

const executablePath = findChromium();
if (!executablePath) {
  throw new Error('No Chromium found: run `node scripts/ensure-chromium.mjs` (or set CHROME_PATH).');
}

// Browser console noise that says nothing about our code; everything else is shown so a failing test's
// own logging stays visible.
const ignoredLogs = [
  /Lit is in dev mode/,
  /Multiple versions of Lit loaded/,
  /\[vite\]/,
];

/** Chromium with `extraArgs`; `createPage` may set the page up (a permission) before the tests load. */
const chromium = (extraArgs = [], createPage = undefined) =>
  playwrightLauncher({
    product: 'chromium',
    launchOptions: { executablePath, headless: true, args: [...chromiumArgs, ...extraArgs] },
    ...(createPage ? { createPage } : {}),
  });

/*
 * Camera suites need Chromium started with other flags, so they are groups of their own (`*.media.ts`, which the
 * default `*.test.ts` does not match): `fake-camera` gets Chromium's fake device and lets every page use it (the
 * real getUserMedia path, a generated video); `camera-denied` has the device but the camera permission denied
 * over CDP (`Browser.setPermission`), as a user who blocked it. A run naming its own `--files` skips them unless
 * it also names `--group`.
 */
const FAKE_DEVICE = '--use-fake-device-for-media-stream';
const argv = process.argv.slice(2);
const ownFiles = argv.some((a) => a === '--files' || a.startsWith('--files='));
const ownGroup = argv.some((a) => a === '--group' || a.startsWith('--group='));
const cameraGroups = [
  {
    name: 'fake-camera',
    files: ['test/browser/**/*.fake-camera.media.ts'],
    browsers: [chromium([FAKE_DEVICE, '--use-fake-ui-for-media-stream'])],
  },
  {
    name: 'camera-denied',
    files: ['test/browser/**/*.camera-denied.media.ts'],
    browsers: [
      chromium([FAKE_DEVICE], async ({ context }) => {
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Browser.setPermission', { permission: { name: 'camera' }, setting: 'denied' });
        return page;
      }),
    ],
  },
];

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/browser/**/*.test.ts'],
  // Browser tests import the reference backend (hono, @simplewebauthn/server, ...): resolve bare imports from
  // node_modules with browser conditions first; 'production' also silences Lit's dev-mode banner.
  nodeResolve: { exportConditions: ['browser', 'production'], preferBuiltins: false },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: [chromium()],
  groups: ownFiles && !ownGroup ? [] : cameraGroups,
  // Three pages at a time on two cores: the suites spend much of their time waiting (timers, polling, a settled
  // DOM), so a third page keeps the cores busy. Measured on the full run here: 370 s at 3, 366 s at 4 (and the
  // load near 7, where waits start to time out), 576 s at 2 before the seed's hashes were reused.
  concurrency: 3,
  concurrentBrowsers: 1,
  testFramework: { config: { ui: 'bdd', timeout: 10_000 } },
  // Generous: two cores, and the first file pays for esbuild transforming the backend's dependencies.
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  filterBrowserLogs: ({ args }) => {
    const text = args.map((a) => (typeof a === 'string' ? a : String(a))).join(' ');
    return !ignoredLogs.some((re) => re.test(text));
  },
};
