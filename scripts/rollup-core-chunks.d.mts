/** Types of rollup-core-chunks.mjs for TypeScript callers. */
import type { GetModuleInfo } from 'rollup';

export declare function coreChunks(
  entry: string,
  everyElement: readonly string[],
  options?: { exclusive?: boolean },
): (id: string, api: { getModuleInfo: GetModuleInfo }) => string | undefined;
