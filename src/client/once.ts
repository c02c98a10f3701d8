/**
 * Wraps a loader so it runs once and every caller shares its promise. A failure (a chunk that did not load while
 * offline) is forgotten, so the next call tries again instead of failing for the rest of the page's life.
 */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}
