// Runs the stories of <totp-setup> and <recovery-key-backup> as Storybook does: renders and drives each one, waits
// until its own `reached` check holds (failing if it never does), then checks accessibility. One suite file per
// element and language, so they run in parallel and each stays inside the runner's limits.
import { expect, waitUntil } from '@open-wc/testing';
import { coreMessages, errorMessages } from '../../../src/i18n/core.js';
import { loadMessages } from '../../../src/i18n/define.js';
import { shippedLocale } from '../../../src/i18n/locale.js';
import type { BundleMap } from '../../../src/i18n/types.js';

export interface RenderableStory<E, T> {
  render: () => HTMLElement;
  parameters: { reached: (el: E, t: T) => boolean };
}

export function storiesOf<E, T>(module: Record<string, unknown>): [string, RenderableStory<E, T>][] {
  return Object.entries(module).filter(
    (entry): entry is [string, RenderableStory<E, T>] =>
      entry[0] !== 'default' && typeof (entry[1] as Partial<RenderableStory<E, T>>).render === 'function',
  );
}

/** Resolves once neither the element nor its shadow root has changed for `quietMs`. */
function quiet(el: HTMLElement, quietMs = 150): Promise<void> {
  return new Promise((resolve) => {
    let timer = setTimeout(done, quietMs);
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(done, quietMs);
    });
    const watch = { subtree: true, childList: true, attributes: true, characterData: true };
    observer.observe(el, watch);
    if (el.shadowRoot) observer.observe(el.shadowRoot, watch);
    function done(): void {
      observer.disconnect();
      resolve();
    }
  });
}

export async function checkStory<E extends HTMLElement, T>(
  name: string, story: RenderableStory<E, T>, sections: BundleMap, theme: string, lang: string,
): Promise<void> {
  document.documentElement.lang = lang;
  const t = { ...(await loadMessages({ ...coreMessages, ...sections }, lang)), errors: await errorMessages[shippedLocale(lang)]() } as T;
  const el = story.render() as E;
  el.dataset['tillitTheme'] = theme;
  document.body.append(el);
  try {
    await waitUntil(() => story.parameters.reached(el, t), `${name} never reached its state (${lang}, ${theme})`, { timeout: 15000 });
    await quiet(el);
    expect(story.parameters.reached(el, t), `${name} left its state`).to.equal(true);
    await expect(el).to.be.accessible();
  } finally {
    el.remove();
  }
}
