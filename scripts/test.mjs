#!/usr/bin/env node
// `npm test`: every check CI runs, in stages (`stages` below: some steps side by side), starting no step after one
// failed. Steps whose inputs do not exist yet are skipped with a printed reason, never silently.
//   node scripts/test.mjs [--keep-going] [--only=a,b] [--skip=a,b] [--list]
import { AsyncLocalStorage } from 'node:async_hooks';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { discoverEntries } from './build-entries.mjs';

const root = new URL('../', import.meta.url).pathname;
process.chdir(root);
const bin = (name) => join(root, 'node_modules/.bin', name);

function hasTestFiles(dir) {
  if (!existsSync(dir)) return false;
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).some((f) => f.endsWith('.test.ts'));
}

/**
 * Where a step's output goes: straight to the terminal when it runs alone (live progress), or into the buffer of
 * the step it belongs to, printed in one piece when that step ends, so steps side by side never mix their lines.
 */
const stepOutput = new AsyncLocalStorage();

/** Runs a command; resolves true on exit code 0. */
function run(command, args, env = {}) {
  const line = `$ ${[command, ...args].map((a) => (/\s/.test(a) ? JSON.stringify(a) : a)).join(' ')}`;
  const buffer = stepOutput.getStore();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: buffer ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: { ...process.env, ...env } });
    if (buffer) {
      buffer.push(`${line}\n`);
      child.stdout.on('data', (chunk) => buffer.push(chunk));
      child.stderr.on('data', (chunk) => buffer.push(chunk));
    } else console.log(line);
    child.once('error', (error) => (console.error(error.message), resolve(false)));
    child.once('close', (code) => resolve(code === 0));
  });
}

/**
 * Regenerates custom-elements.json in memory, with exactly the flags of `npm run analyze`, and compares it with
 * the committed file. In-process rather than `cem analyze --outdir tmp`: the CLI refuses a second --outdir and,
 * given another outdir, rewrites package.json's `customElements` field to point there.
 */
async function manifestIsCurrent() {
  if (!existsSync('custom-elements.json')) {
    console.error('custom-elements.json is missing: run `npm run analyze` and commit the result.');
    return false;
  }
  const script = JSON.parse(readFileSync('package.json', 'utf8')).scripts.analyze;
  const words = [...script.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);
  const argv = [...words.slice(words.indexOf('analyze')), '--quiet'];
  console.log(`$ cem ${argv.join(' ')} (in memory)`);
  const { cli } = await import('@custom-elements-manifest/analyzer/cli.js');
  const fresh = await cli({ argv, cwd: root, noWrite: true });
  const committed = readFileSync('custom-elements.json', 'utf8');
  if (`${JSON.stringify(fresh, null, 2)}\n` === committed) return true;
  // Name the modules that differ so the failure says where to look.
  const byPath = (m) => new Map(m.modules.map((mod) => [mod.path, JSON.stringify(mod)]));
  const [now, before] = [byPath(fresh), byPath(JSON.parse(committed))];
  const changed = [...new Set([...now.keys(), ...before.keys()])].filter((k) => now.get(k) !== before.get(k));
  console.error(`custom-elements.json is out of date (${changed.join(', ') || 'top-level fields'}):`);
  console.error('run `npm run analyze` and commit the result.');
  return false;
}

const nodeEnv = { STORYBOOK_DISABLE_TELEMETRY: '1' };

/*
 * node:test runs one file at a time on a two-core machine (its default is the core count less one). The unit and
 * end-to-end files are independent (each e2e file starts its own demo server on a free port) and mostly wait on
 * I/O or a browser, so two at a time halves those steps (measured here: unit 67 s -> 31 s, e2e 194 s -> 89 s).
 */
const fileConcurrency = '--test-concurrency=2';

/** @type {{ name: string, skip?: () => string | undefined, run: () => boolean | Promise<boolean> }[]} */
const steps = [
  { name: 'chromium', run: () => run(process.execPath, ['scripts/ensure-chromium.mjs']) },
  { name: 'lint', run: () => run(bin('eslint'), ['--max-warnings', '0', '.']) },
  { name: 'typecheck', run: () => run(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']) },
  {
    name: 'contract',
    skip: () => (existsSync('scripts/generate-contract.ts') ? undefined : 'scripts/generate-contract.ts does not exist yet'),
    run: () => run(bin('tsx'), ['scripts/generate-contract.ts', '--check']),
  },
  {
    // openapi.json as outside tools read it: Spectral's OpenAPI ruleset (.spectral.yaml) and Redocly's strict
    // recommended rules (redocly.yaml), warnings included.
    name: 'openapi',
    skip: () => (existsSync('openapi.json') ? undefined : 'openapi.json does not exist yet'),
    run: async () =>
      (await run(bin('spectral'), ['lint', '--quiet', '--fail-severity=warn', '--ruleset', '.spectral.yaml', 'openapi.json'])) &&
      run(bin('redocly'), ['lint', '--config', 'redocly.yaml', 'openapi.json'], {
        REDOCLY_TELEMETRY: 'off',
        REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
      }),
  },
  {
    name: 'unit',
    skip: () => (hasTestFiles('test/node') ? undefined : 'no test/node/**/*.test.ts yet'),
    run: () => run(process.execPath, ['scripts/node-test.mjs', fileConcurrency, 'test/node']),
  },
  {
    name: 'conformance',
    skip: () => (existsSync('test/conformance/run.test.ts') ? undefined : 'test/conformance/run.test.ts does not exist yet'),
    run: () => run('npm', ['run', '--silent', 'test:contract']),
  },
  {
    name: 'build',
    skip: () => (discoverEntries().present.length ? undefined : 'no package entry exists yet'),
    run: () => run('npm', ['run', '--silent', 'build']),
  },
  {
    name: 'package',
    skip: () => (discoverEntries().present.length ? (hasTestFiles('test/package') ? undefined : 'no test/package yet') : 'no package entry exists yet'),
    run: () => run(process.execPath, ['scripts/node-test.mjs', 'test/package']),
  },
  {
    // The example apps (examples/: plain HTML, React, Vue, Angular), each type-checked, built and signed in
    // through in Chromium from the packed package (test/examples).
    name: 'examples',
    skip: () => (discoverEntries().present.length ? (hasTestFiles('test/examples') ? undefined : 'no test/examples yet') : 'no package entry exists yet'),
    run: () => run(process.execPath, ['scripts/node-test.mjs', 'test/examples']),
  },
  {
    name: 'size',
    skip: () => (discoverEntries().present.length ? undefined : 'no package entry exists yet'),
    run: () => run(bin('tsx'), ['scripts/size.ts']),
  },
  { name: 'manifest', run: manifestIsCurrent },
  {
    name: 'browser',
    skip: () => (hasTestFiles('test/browser') ? undefined : 'no test/browser/**/*.test.ts yet'),
    run: () => run(bin('wtr'), ['--config', 'web-test-runner.config.mjs', '--static-logging']),
  },
  {
    name: 'e2e',
    skip: () => (existsSync('test/e2e') ? undefined : 'no test/e2e yet'),
    run: () => run('npm', ['run', '--silent', 'test:e2e', '--', fileConcurrency]),
  },
  { name: 'storybook', run: () => run('npm', ['run', '--silent', 'build-storybook'], nodeEnv) },
];

const argv = process.argv.slice(2);
const listArg = (flag) => argv.find((a) => a.startsWith(`${flag}=`))?.slice(flag.length + 1).split(',').filter(Boolean);
const only = listArg('--only');
const skipped = listArg('--skip') ?? [];
const keepGoing = argv.includes('--keep-going');
if (argv.includes('--list')) {
  console.log(steps.map((s) => s.name).join('\n'));
  process.exit(0);
}
for (const name of [...(only ?? []), ...skipped]) {
  if (!steps.some((s) => s.name === name)) {
    console.error(`unknown step "${name}"; steps: ${steps.map((s) => s.name).join(', ')}`);
    process.exit(2);
  }
}

/*
 * The steps in stages. A stage's lanes run side by side, each lane's steps in order; the next stage starts once
 * every lane has ended. Side by side only what neither reads what the other writes and what leaves the other a
 * core: the conformance run (one Node process, bound by the backend's scrypt) beside the chain that builds and
 * packs the package, type-checking beside lint. The browser suites and the end-to-end journeys keep the machine.
 */
const stages = [
  [['chromium', 'lint'], ['typecheck']],
  [['conformance'], ['contract', 'openapi', 'unit', 'build', 'package']],
  [['examples', 'size', 'manifest']],
  [['browser']],
  [['e2e']],
  [['storybook']],
];
const staged = stages.flat(2);
const unstaged = steps.filter((s) => !staged.includes(s.name)).map((s) => s.name);
if (unstaged.length || staged.length !== steps.length) throw new Error(`scripts/test.mjs: stages must hold every step once (${unstaged.join(', ')})`);
const byName = new Map(steps.map((s) => [s.name, s]));

const results = new Map();
let failed = false;

async function runStep(step, beside) {
  if (failed && !keepGoing) return void results.set(step.name, { status: 'not run', ms: 0 });
  const why = only && !only.includes(step.name) ? 'not selected (--only)' : skipped.includes(step.name) ? 'skipped (--skip)' : step.skip?.();
  if (why) {
    console.log(`\n── ${step.name}: skipped: ${why}`);
    return void results.set(step.name, { status: 'skipped', note: why, ms: 0 });
  }
  const buffer = beside ? [] : undefined;
  if (!buffer) console.log(`\n── ${step.name}`);
  const t0 = performance.now();
  const ok = await stepOutput.run(buffer, () => step.run());
  const ms = performance.now() - t0;
  if (buffer) {
    console.log(`\n── ${step.name} (beside ${beside}, ${(ms / 1000).toFixed(1)} s)`);
    process.stdout.write(Buffer.concat(buffer.map((b) => (typeof b === 'string' ? Buffer.from(b) : b))));
  }
  results.set(step.name, { status: ok ? 'ok' : 'FAILED', ms });
  if (!ok) {
    failed = true;
    console.error(`\n✗ step "${step.name}" failed after ${(ms / 1000).toFixed(1)} s`);
  }
}

const started = performance.now();
for (const lanes of stages) {
  await Promise.all(
    lanes.map(async (lane, i) => {
      const others = lanes.filter((_, j) => j !== i).map((l) => l.join(', ')).join('; ');
      for (const name of lane) await runStep(byName.get(name), lanes.length > 1 ? others : undefined);
    }),
  );
}

const total = (performance.now() - started) / 1000;
console.log('\n step         result      time');
for (const r of steps.map((step) => ({ name: step.name, ...results.get(step.name) }))) {
  const time = r.status === 'ok' || r.status === 'FAILED' ? `${(r.ms / 1000).toFixed(1)} s` : '';
  console.log(` ${r.name.padEnd(12)} ${r.status.padEnd(10)} ${time.padStart(7)}${r.note ? `  (${r.note})` : ''}`);
}
console.log(` ${'total'.padEnd(12)} ${(failed ? 'FAILED' : 'ok').padEnd(10)} ${`${total.toFixed(1)} s`.padStart(7)}`);
process.exit(failed ? 1 : 0);
