/**
 * `npm run bench`: prints what the hot paths cost, so changes can be compared by numbers (never asserted in tests).
 * - the reference backend in-process: a password sign-in (scrypt dominates), a session read;
 * - the client: one call end to end over an in-memory fetch (input check, request, response validation).
 */
import { performance } from 'node:perf_hooks';
import { createClient, createClientFor } from '../src/client/index.js';
import { testingEndpoints } from '../src/contract/index.js';
import { createBackend } from '../demo/core/app.js';
import { DEMO_PASSWORD } from '../demo/core/seed.js';

async function measure(label: string, runs: number, work: () => Promise<unknown>): Promise<void> {
  await work(); // warm up (loads the contract chunk, JIT)
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2);
  console.log(`${label.padEnd(46)} n=${String(runs).padStart(5)}  p50 ${at(0.5).padStart(7)} ms  p95 ${at(0.95).padStart(7)} ms`);
}

const backend = createBackend({ testing: true });
await backend.ready;
const fetchFromBackend: typeof fetch = async (input, init) => backend.fetch(new Request(input, init));
const client = createClient({ baseUrl: 'http://bench.local', fetch: fetchFromBackend, getToken: () => token });
let token: string | undefined;

const signIn = () => client.signIn({ identifier: { type: 'email', email: 'alva@example.com' }, password: DEMO_PASSWORD });
const first = await signIn();
if (first.status === 'signed_in') token = first.session.token;

console.log(`node ${process.version}, ${process.arch}`);
// One account per sign-in: the backend allows 20 attempts per identifier per 15 minutes, as the contract says.
const testing = createClientFor(testingEndpoints, { baseUrl: 'http://bench.local', fetch: fetchFromBackend });
const emails: string[] = [];
for (let i = 0; i < 41; i++) {
  const email = `bench${i}@example.com`;
  await testing.createTestAccount({ email, password: DEMO_PASSWORD });
  emails.push(email);
}
await measure('signIn (scrypt N=2^14 verify + session)', 40, () =>
  client.signIn({ identifier: { type: 'email', email: emails.pop() ?? '' }, password: DEMO_PASSWORD }),
);
await measure('getSession (bearer)', 2000, () => client.getSession());

// The client alone: a canned answer, so only validation and request building are measured.
const answer = JSON.stringify(first);
const canned = createClient({
  baseUrl: 'http://bench.local',
  fetch: async () => new Response(answer, { headers: { 'content-type': 'application/json' } }),
});
await measure('client signIn round trip (canned answer)', 5000, () =>
  canned.signIn({ identifier: { type: 'email', email: 'alva@example.com' }, password: 'x' }),
);
