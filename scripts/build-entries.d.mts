/** Types of build-entries.mjs for TypeScript callers (the package tests, the size and page scripts). */
export interface Entry {
  /** What a consumer imports, e.g. `tillit/login-form`. */
  specifier: string;
  /** Repo-relative source file. */
  source: string;
  /** dist-relative output name without `.js`. */
  output: string;
  /** Whether importing it defines custom elements (goes into `sideEffects`). */
  registers: boolean;
  kind: 'client' | 'element' | 'other';
  /** The custom elements importing it defines (empty when `registers` is false). */
  tags: readonly string[];
  /** Web Workers the entry starts (`new Worker(new URL('./x.js', import.meta.url))`), shipped beside it in dist. */
  workers?: readonly { source: string; fileName: string }[];
}
export declare function elementTags(): string[];
export declare function discoverEntries(): { root: string; present: Entry[]; missing: Entry[] };
export declare function renderIndex(): string;
export declare function className(tag: string): string;
export declare function renderElementClasses(): string;
