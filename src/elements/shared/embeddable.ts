import { defineElement } from '../define-element.js';
import { RecoveryKeyBackup } from '../recovery-key-backup/recovery-key-backup.js';
import { TotpSetup } from '../totp-setup/totp-setup.js';

/**
 * The elements another element embeds: `<security-settings>` opens `<totp-setup>` and `<recovery-key-backup>`
 * inside itself, `<totp-setup>` hands its issued phrase to `<recovery-key-backup>`. One module, only ever loaded
 * by `import('…/shared/embeddable.js')` where an element embeds one (test/package/lazy-parts.test.ts holds this), so
 * a customer's bundler sees one `import()` for every embedding instead of one per class and per `define.js`, each
 * of which would cut what it reaches out of a page's file. The embedding element imports nothing else for it: a
 * shared helper for the import would be one more module its lazy part and another element's page both reach.
 */
const embeddable = { 'totp-setup': TotpSetup, 'recovery-key-backup': RecoveryKeyBackup } as const;

export type EmbeddableTag = keyof typeof embeddable;

/**
 * The tag `tag`'s class is registered under on this page: `defineElements({ prefix })` may have named it
 * `<acme-totp-setup>`, so it is looked up by class, and registered under its default name only when nothing
 * registered it yet (as its own `define.js` does).
 */
export function tagOnThisPage(tag: EmbeddableTag): string {
  const elementClass = embeddable[tag];
  const registered = customElements.getName(elementClass);
  if (registered) return registered;
  defineElement(tag, elementClass);
  return customElements.getName(elementClass) ?? tag;
}
