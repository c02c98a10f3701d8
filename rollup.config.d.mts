// Types for importing the build config from TypeScript (test/node/image/bundlers.test.ts builds with it).
import type { RollupOptions } from 'rollup';

declare const config: RollupOptions;
export default config;
