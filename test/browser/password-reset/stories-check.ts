// Runs an element's stories as Storybook does: renders and drives each, waits until its `reached` check holds
// (failing if it never does), then checks accessibility. Shared by the <password-reset> and <two-factor-reset>
// story suites, one file per language.
import { expect, waitUntil } from '@open-wc/testing';
import { coreMessages, errorMessages } from '../../../src/i18n/core.js';
import { loadMessages } from '../../../src/i18n/define.js';
import { shippedLocale } from '../../../src/i18n/locale.js';
import type { BundleMap } from '../../../src/i18n/types.js';

export interface RenderableStory<E extends HTMLElement, T> {
  render: () => HTMLElement;
  parameters: { reached: (el: E, t: T) => boolean };
}

/** The module's stories (everything but the default export that can render). */
export function storiesOf<E extends HTMLElement, T>(module: Record<string, unknown>): [string, RenderableStory<E, T>][] {
  return Object.entries(module).filter(
    (entry): entry is [string, RenderableStory<E, T>] => entry[0] !== 'default' && typeof (entry[1] as { render?: unknown }).render === 'function',
  );
}

/** Resolves once neither the element nor its shadow root changed for `quietMs`. */
function settled(el: HTMLElement, quietMs = 150): Promise<void> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(stop, quietMs);
    });
    const stop = () => (observer.disconnect(), resolve());
    let timer = setTimeout(stop, quietMs);
    for (const root of [el, el.shadowRoot].filter((r): r is HTMLElement | ShadowRoot => r !== null))
      observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

export async function storyTexts(sections: BundleMap, lang: string) {
  return { ...(await loadMessages({ ...coreMessages, ...sections }, lang)), errors: await errorMessages[shippedLocale(lang)]() };
}

export async function checkStory<E extends HTMLElement, T>(name: string, story: RenderableStory<E, T>, t: T, theme: string, lang: string) {
  document.documentElement.lang = lang;
  const el = story.render() as E;
  el.dataset['tillitTheme'] = theme;
  document.body.append(el);
  try {
    await waitUntil(() => story.parameters.reached(el, t), `${name} never reached its state (${lang}, ${theme})`, { timeout: 8000 });
    await settled(el);
    expect(story.parameters.reached(el, t), `${name} left its state`).to.equal(true);
    await expect(el).to.be.accessible();
  } finally {
    el.remove();
  }
}
