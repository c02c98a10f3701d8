// Runs an element's stories as Storybook does: renders and drives each, waits until its own `reached` check holds
// (failing if it never does), lets the element settle, checks it is still there, then runs axe. Every element's
// story suites (one file per language or theme, so they run in parallel) go through here.
import { expect, waitUntil } from '@open-wc/testing';
import { coreMessages, errorMessages } from '../../../src/i18n/core.js';
import { loadMessages } from '../../../src/i18n/define.js';
import { shippedLocale } from '../../../src/i18n/locale.js';
import type { BundleMap } from '../../../src/i18n/types.js';

export interface RenderableStory<E, T> {
  render: () => HTMLElement;
  parameters: { reached: (el: E, t: T) => boolean };
}

/** The module's stories (everything but the default export that can render). */
export function storiesOf<E, T>(module: Record<string, unknown>): [string, RenderableStory<E, T>][] {
  return Object.entries(module).filter(
    (entry): entry is [string, RenderableStory<E, T>] =>
      entry[0] !== 'default' && typeof (entry[1] as Partial<RenderableStory<E, T>>).render === 'function',
  );
}

/** The texts a story's `reached` check reads: the core and the element's sections in `lang`, and the errors. */
export async function storyTexts<T>(sections: BundleMap, lang: string): Promise<T> {
  const texts = { ...(await loadMessages({ ...coreMessages, ...sections }, lang)), errors: await errorMessages[shippedLocale(lang)]() };
  return texts as unknown as T;
}

/**
 * Resolves once neither the element nor its shadow root changed for `quietMs` (nothing left in flight), or after
 * `maxMs` at most: a countdown or a progress bar may keep changing, and the check after this says if it left.
 */
function settled(el: HTMLElement, quietMs = 150, maxMs = 2000): Promise<void> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(done, quietMs);
    });
    let timer = setTimeout(done, quietMs);
    const cap = setTimeout(done, maxMs);
    const watch = { subtree: true, childList: true, attributes: true, characterData: true };
    for (const root of [el, el.shadowRoot].filter((r): r is HTMLElement | ShadowRoot => r !== null)) observer.observe(root, watch);
    function done(): void {
      clearTimeout(timer);
      clearTimeout(cap);
      observer.disconnect();
      resolve();
    }
  });
}

export async function checkStory<E, T>(name: string, story: RenderableStory<E, T>, t: T, theme: string, lang: string, timeout = 15_000): Promise<void> {
  document.documentElement.lang = lang;
  const el = story.render();
  el.dataset['tillitTheme'] = theme;
  document.body.append(el);
  try {
    await waitUntil(() => story.parameters.reached(el as E, t), `${name} never reached its state (${lang}, ${theme})`, { timeout });
    await settled(el);
    expect(story.parameters.reached(el as E, t), `${name} left its state`).to.equal(true);
    await expect(el).to.be.accessible();
  } finally {
    el.remove();
  }
}
