/**
 * Registers a tillit element class under a tag name. A class can be registered only once per registry, so a
 * second name (e.g. `<acme-login-form>` beside our `<login-form>`, or when a host page already owns
 * `<login-form>`) gets a trivial subclass. Defining a name twice with the same class is a no-op, which keeps
 * double-imported bundles harmless.
 *
 * @returns the constructor registered under `tagName`.
 */
export function defineElement<T extends CustomElementConstructor>(
  tagName: string,
  elementClass: T,
  registry: CustomElementRegistry = customElements,
): CustomElementConstructor {
  const existing = registry.get(tagName);
  if (existing) {
    if (existing !== elementClass && !(existing.prototype instanceof elementClass)) {
      console.warn(`tillit: <${tagName}> is already defined by another element; keeping the existing one.`);
    }
    return existing;
  }
  const taken = registry.getName?.(elementClass);
  const toDefine = taken ? class extends (elementClass as unknown as CustomElementConstructor) {} : elementClass;
  registry.define(tagName, toDefine);
  return toDefine;
}
