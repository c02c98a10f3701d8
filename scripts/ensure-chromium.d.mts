/** Types of ensure-chromium.mjs for TypeScript callers (the end-to-end suite). */
export declare const chromiumArgs: readonly string[];
export declare function findChromium(): string | undefined;
export declare function ensureChromium(): string;
