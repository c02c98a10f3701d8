// The package's public entries, discovered from the source tree so a new element folder with a define.ts
// needs no config edit. Shared by rollup.config.mjs and scripts/size.mjs so the two never disagree.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../', import.meta.url).pathname;

/**
 * @typedef {object} Entry
 * @property {string} specifier  what a consumer imports, e.g. `tillit/login-form`
 * @property {string} source     repo-relative source file
 * @property {string} output     dist-relative output name without `.js`
 * @property {boolean} registers whether importing it defines custom elements (goes into `sideEffects`)
 * @property {'client' | 'element' | 'other'} kind  selects the size budget and forbidden identifiers
 * @property {{ source: string, fileName: string }[]} [workers]  Web Workers the entry starts with
 *   `new Worker(new URL('./x.ts', import.meta.url))`: rollup ships each as `fileName` in dist, the size
 *   script measures it with the entry (loaded on demand)
 */

/** Every entry whose source file exists today, plus the ones still missing (`missing`) for notes. */
export function discoverEntries() {
  /** @type {Entry[]} */
  const all = [
    { specifier: 'tillit/client', source: 'src/client/index.ts', output: 'client', registers: false, kind: 'client' },
    { specifier: 'tillit', source: 'src/index.ts', output: 'index', registers: true, kind: 'other' },
    { specifier: 'tillit/elements', source: 'src/elements/index.ts', output: 'elements', registers: false, kind: 'other' },
    {
      specifier: 'tillit/image',
      source: 'src/image/index.ts',
      output: 'image',
      registers: false,
      kind: 'other',
      workers: [{ source: 'src/image/image-worker.ts', fileName: 'image-worker.js' }],
    },
    { specifier: 'tillit/events', source: 'src/events/index.ts', output: 'events', registers: false, kind: 'other' },
  ];
  const elementsDir = join(root, 'src/elements');
  if (existsSync(elementsDir)) {
    for (const dirent of readdirSync(elementsDir, { withFileTypes: true })) {
      if (!dirent.isDirectory()) continue;
      const source = `src/elements/${dirent.name}/define.ts`;
      if (!existsSync(join(root, source))) continue;
      all.push({ specifier: `tillit/${dirent.name}`, source, output: `define/${dirent.name}`, registers: true, kind: 'element' });
    }
  }
  const present = all.filter((e) => existsSync(join(root, e.source)));
  const missing = all.filter((e) => !present.includes(e));
  return { root, present, missing };
}
