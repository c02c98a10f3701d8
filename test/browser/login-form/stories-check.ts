// Runs the stories of stories/login-form.stories.ts as Storybook does: renders and drives each one, waits until the
// story's own `reached` check holds (failing if it never does), then checks accessibility. One suite file per
// language (stories.<lang>.a11y.test.ts), so they run in parallel and each stays well inside the runner's limit.
import { expect, waitUntil } from '@open-wc/testing';
import { coreMessages, errorMessages } from '../../../src/i18n/core.js';
import { shippedLocale } from '../../../src/i18n/locale.js';
import { loadMessages } from '../../../src/i18n/define.js';
import type { LoginForm } from '../../../src/elements/login-form/login-form.js';
import { loginFormSections } from '../../../src/elements/login-form/messages.js';
import { codeMessages } from '../../../src/i18n/code.js';
import * as stories from '../../../stories/login-form.stories.js';
import type { LoginFormTexts, Reached } from '../../../stories/login-form.stories.js';

interface RenderableStory {
  render: () => HTMLElement;
  parameters: { reached: Reached };
}

export const all = Object.entries(stories).filter(
  (entry): entry is [string, RenderableStory] =>
    entry[0] !== 'default' && typeof (entry[1] as Partial<RenderableStory>).render === 'function',
);

/** Resolves once neither the element nor its shadow root has changed for `quietMs` (nothing left in flight). */
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

const texts = async (lang: string): Promise<LoginFormTexts> => ({
  ...(await loadMessages({ ...coreMessages, ...loginFormSections, code: codeMessages }, lang)),
  errors: await errorMessages[shippedLocale(lang)](),
});

export async function checkStory(name: string, story: RenderableStory, theme: string, lang: string): Promise<void> {
  document.documentElement.lang = lang;
  const t = await texts(lang);
  const el = story.render() as LoginForm;
  el.dataset['tillitTheme'] = theme;
  document.body.append(el);
  try {
    await waitUntil(() => story.parameters.reached(el, t), `${name} never reached its state (${lang}, ${theme})`, { timeout: 8000 });
    // A countdown keeps ticking, so "quiet" is one tick of it at most.
    await quiet(el);
    expect(story.parameters.reached(el, t), `${name} left its state`).to.equal(true);
    await expect(el).to.be.accessible();
  } finally {
    el.remove();
  }
}

