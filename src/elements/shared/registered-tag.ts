/**
 * The tag an element class is registered under on this page, for an element that embeds another:
 * `defineElements({ prefix })` may have named it `<acme-totp-setup>`, so it is looked up by class, and `define`
 * (the embedded element's own `define.js`) registers it under its default name only when nothing registered it yet.
 */
export async function registeredTag(elementClass: CustomElementConstructor, defaultTag: string, define: () => Promise<unknown>): Promise<string> {
  if (!customElements.getName(elementClass)) await define();
  return customElements.getName(elementClass) ?? defaultTag;
}
