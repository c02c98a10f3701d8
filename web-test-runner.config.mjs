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

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/browser/**/*.test.ts'],
  // Browser tests import the reference backend (hono, @simplewebauthn/server, ...): resolve bare imports from
  // node_modules with browser conditions first; 'production' also silences Lit's dev-mode banner.
  nodeResolve: { exportConditions: ['browser', 'production'], preferBuiltins: false },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath, headless: true, args: chromiumArgs },
    }),
  ],
  concurrency: 2,
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
