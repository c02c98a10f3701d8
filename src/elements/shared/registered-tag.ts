import type { EmbeddableTag } from './embeddable.js';

/**
 * The tag an embedded element (`<totp-setup>`, `<recovery-key-backup>`) is registered under on this page, its
 * code loaded now (a page that never opens one never downloads it). See embeddable.ts for why it is one module.
 */
export async function registeredTag(tag: EmbeddableTag): Promise<string> {
  const { tagOnThisPage } = await import('./embeddable.js');
  return tagOnThisPage(tag);
}
