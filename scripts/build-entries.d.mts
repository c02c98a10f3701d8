/** Types of build-entries.mjs for TypeScript callers (the demo's page bundler). */
export interface Entry {
  /** What a consumer imports, e.g. `tillit/login-form`. */
  specifier: string;
  /** Repo-relative source file. */
  source: string;
  /** dist-relative output name without `.js`. */
  output: string;
  /** Whether importing it defines custom elements. */
  registers: boolean;
  kind: 'client' | 'element' | 'other';
}
export declare function discoverEntries(): { root: string; present: Entry[]; missing: Entry[] };
