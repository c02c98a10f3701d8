/**
 * The mutation check of the conformance suite: it must fail a backend with a weakness, and pass the correct one.
 * Runs the whole suite against the reference backend with no weakness, then with each weakness of
 * test/mutation/weaknesses.ts switched on alone (a separate process per run), and prints which tests failed.
 *
 *   npm run test:mutations                       every weakness, two runs at a time
 *   npm run test:mutations -- --only=racing-counters,open-return-to --jobs=1
 *
 * Exits 1 when the correct backend fails or a weak one passes. A full run takes several minutes (one suite run per
 * weakness), so it is not part of `npm test`.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { weaknesses } from '../test/mutation/weaknesses.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const only = arg('only')?.split(',').filter(Boolean);
const jobs = Math.max(1, Number(arg('jobs') ?? 2));
const ids = ['none', ...weaknesses.map((w) => w.id)].filter((id) => !only || id === 'none' || only.includes(id));

interface Result {
  id: string;
  failed: { name: string; error: string }[];
  passed: number;
  ms: number;
}

/** Starts the weak backend and resolves with its URL and a way to stop it. */
function startBackend(id: string): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/mutation/weak-backend.ts'], {
    cwd: root,
    env: { ...process.env, TILLIT_WEAKNESS: id },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /weak backend \S+ at (\S+)/.exec(chunk.toString());
      if (match?.[1]) resolve({ url: match[1], stop: () => child.kill('SIGTERM') });
    });
    child.once('exit', (code) => reject(new Error(`the ${id} backend exited with ${code}`)));
  });
}

/** The failed tests (not suites) of a TAP report, each with the first line of its error. */
function failures(tap: string): { name: string; error: string }[] {
  const lines = tap.split('\n');
  const found: { name: string; error: string }[] = [];
  lines.forEach((line, i) => {
    const match = /^(\s*)not ok \d+ - (.*)$/.exec(line);
    if (!match) return;
    const indent = match[1] ?? '';
    const block: string[] = [];
    for (let j = i + 1; j < lines.length && lines[j] !== `${indent}  ...`; j++) block.push(lines[j] ?? '');
    if (block.some((l) => l.includes("type: 'suite'"))) return;
    const error = block.find((l) => l.trim().startsWith('error:'))?.trim().slice(7).replace(/^['|-]+/, '').slice(0, 140) ?? '';
    found.push({ name: match[2] ?? '', error });
  });
  return found;
}

async function runSuite(id: string): Promise<Result> {
  const started = Date.now();
  const backend = await startBackend(id);
  try {
    const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=tap', 'test/conformance/run.test.ts'], {
      cwd: root,
      env: { ...process.env, TILLIT_CONTRACT_URL: backend.url },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    await new Promise((resolve) => child.once('exit', resolve));
    const passed = Number(/^# pass (\d+)/m.exec(out)?.[1] ?? 0);
    return { id, failed: failures(out), passed, ms: Date.now() - started };
  } finally {
    backend.stop();
  }
}

const queue = [...ids];
const results: Result[] = [];
await Promise.all(
  Array.from({ length: jobs }, async () => {
    for (let id = queue.shift(); id; id = queue.shift()) {
      const result = await runSuite(id);
      results.push(result);
      console.log(`${id}: ${result.failed.length} failed, ${result.passed} passed (${(result.ms / 1000).toFixed(0)} s)`);
    }
  }),
);

console.log('\nweakness                  result   failing tests');
let ok = true;
for (const id of ids) {
  const r = results.find((x) => x.id === id)!;
  const expected = id === 'none' ? r.failed.length === 0 : r.failed.length > 0;
  ok &&= expected;
  const verdict = id === 'none' ? (expected ? 'passes' : 'FAILS') : expected ? 'caught' : 'MISSED';
  console.log(`${id.padEnd(26)}${verdict.padEnd(9)}${r.failed.length}`);
  for (const f of r.failed) console.log(`    - ${f.name}${f.error ? `\n        ${f.error}` : ''}`);
}
console.log(ok ? '\nThe suite fails every weak backend and passes the correct one.' : '\nMUTATION CHECK FAILED');
process.exit(ok ? 0 : 1);
