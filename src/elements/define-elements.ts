import { defineElement } from './define-element.js';
import { elementClasses } from './element-classes.js';

/** The default tag name of every tillit element. */
export type ElementTag = keyof typeof elementClasses;

export interface DefineElementsOptions {
  /**
   * Registers each element as `<prefix>-<tag>` (`acme` -> `<acme-login-form>`), for a page that already owns one of
   * our names or wants its own. Lower-case letters, digits and hyphens, starting with a letter.
   */
  prefix?: string;
  /** The registry to define in (a scoped registry); the page's `customElements` by default. */
  registry?: CustomElementRegistry;
}

const validPrefix = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * Registers every tillit element in one call, under its default name or with a prefix:
 *
 *   import { defineElements } from 'tillit/elements';
 *   defineElements({ prefix: 'acme' }); // <acme-login-form>, <acme-totp-setup>, ...
 *
 * A name another element already holds is left to it (with a console warning), as `defineElement` does.
 *
 * @returns the tag name each element is registered under, by its default tag.
 * @throws {TypeError} when `prefix` is not a valid start of a custom element name.
 */
export function defineElements(options: DefineElementsOptions = {}): Record<ElementTag, string> {
  const { prefix, registry = customElements } = options;
  if (prefix !== undefined && !validPrefix.test(prefix)) {
    throw new TypeError(`tillit: "${prefix}" cannot start a custom element name (use lower-case letters, digits and hyphens)`);
  }
  const names = {} as Record<ElementTag, string>;
  for (const [tag, elementClass] of Object.entries(elementClasses) as [ElementTag, CustomElementConstructor][]) {
    const name = prefix ? `${prefix}-${tag}` : tag;
    defineElement(name, elementClass, registry);
    names[tag] = name;
  }
  return names;
}
