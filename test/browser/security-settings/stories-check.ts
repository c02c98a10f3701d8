// Runs the stories of stories/security-settings.stories.ts as Storybook does: renders and drives each, waits for its
// own `reached` check (failing if it never holds), then checks accessibility. One suite file per language.
import { expect, waitUntil } from '@open-wc/testing';
import { coreMessages, errorMessages } from '../../../src/i18n/core.js';
import { loadMessages } from '../../../src/i18n/define.js';
import { shippedLocale } from '../../../src/i18n/locale.js';
import { securitySettingsSections } from '../../../src/elements/security-settings/messages.js';
import type { SecuritySettings } from '../../../src/elements/security-settings/security-settings.js';
import * as codesStories from '../../../stories/security-settings-codes.stories.js';
import * as passkeyStories from '../../../stories/security-settings-passkeys.stories.js';
import * as stories from '../../../stories/security-settings.stories.js';
// The task part loads when a story opens its task; fetched here once, as a warm browser cache would have it (the dev
// server compiles it on first request, which on a loaded machine ate a story's time).
await import('../../../src/elements/security-settings/task-part.js');
import type { Reached, SettingsTexts } from '../../../stories/security-settings.stories.js';

interface RenderableStory {
  render: () => HTMLElement;
  parameters: { reached: Reached };
}

const storiesOf = (module: Record<string, unknown>) =>
  Object.entries(module).filter(
    (entry): entry is [string, RenderableStory] => entry[0] !== 'default' && typeof (entry[1] as Partial<RenderableStory>).render === 'function',
  );

export const all = [...storiesOf(stories), ...storiesOf(passkeyStories)];
/** The codes switch's stories (their own file, so each suite file stays within the runner's time limit). */
export const codes = storiesOf(codesStories);

const texts = async (lang: string): Promise<SettingsTexts> => ({
  ...(await loadMessages({ ...coreMessages, ...securitySettingsSections }, lang)),
  errors: await errorMessages[shippedLocale(lang)](),
});

export async function checkStory(name: string, story: RenderableStory, theme: string, lang: string): Promise<void> {
  document.documentElement.lang = lang;
  const t = await texts(lang);
  const el = story.render() as SecuritySettings;
  el.dataset['tillitTheme'] = theme;
  document.body.append(el);
  try {
    await waitUntil(() => story.parameters.reached(el, t), `${name} never reached its state (${lang}, ${theme})`, { timeout: 15_000 });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(story.parameters.reached(el, t), `${name} left its state`).to.equal(true);
    await expect(el).to.be.accessible();
  } finally {
    el.remove();
  }
}
