/**
 * A throwaway reference backend with one weakness switched on, for the mutation check (scripts/mutation.ts):
 *
 *   TILLIT_WEAKNESS=racing-counters npx tsx test/mutation/weak-backend.ts
 *
 * prints `weak backend <id> at <url>` once it listens, and serves until it is killed. `none` runs the correct one.
 */
import { serveReferenceBackend } from '../conformance/support/target.js';
import { weaknesses } from './weaknesses.js';

const id = process.env['TILLIT_WEAKNESS'] ?? 'none';
const weakness = weaknesses.find((w) => w.id === id);
if (!weakness && id !== 'none') {
  console.error(`unknown weakness ${id}; known: none, ${weaknesses.map((w) => w.id).join(', ')}`);
  process.exit(2);
}
weakness?.patch?.();
const served = await serveReferenceBackend(weakness?.wrap ? { wrap: weakness.wrap } : {});
console.log(`weak backend ${id} at ${served.baseUrl}`);
process.on('SIGTERM', () => void served.stop().then(() => process.exit(0)));
