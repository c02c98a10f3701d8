// Runs the stories of stories/kyc-uploader.stories.ts as Storybook does: renders and drives each one, waits until
// the story's own `reached` check holds (failing if it never does), then checks accessibility. One file per language.
import { expect, waitUntil } from '@open-wc/testing';
import { coreMessages, errorMessages } from '../../../src/i18n/core.js';
import { loadMessages } from '../../../src/i18n/define.js';
import { shippedLocale } from '../../../src/i18n/locale.js';
import type { KycUploader } from '../../../src/elements/kyc-uploader/kyc-uploader.js';
import { kycUploaderSections } from '../../../src/elements/kyc-uploader/messages.js';
import * as stories from '../../../stories/kyc-uploader.stories.js';
import type { KycTexts, Reached } from '../../../stories/kyc-uploader.stories.js';

interface RenderableStory {
  render: () => HTMLElement;
  parameters: { reached: Reached };
}

export const all = Object.entries(stories).filter(
  (entry): entry is [string, RenderableStory] => entry[0] !== 'default' && typeof (entry[1] as Partial<RenderableStory>).render === 'function',
);

const texts = async (lang: string): Promise<KycTexts> => ({
  ...(await loadMessages({ ...coreMessages, ...kycUploaderSections }, lang)),
  errors: await errorMessages[shippedLocale(lang)](),
});

export async function checkStory(name: string, story: RenderableStory, theme: string, lang: string): Promise<void> {
  document.documentElement.lang = lang;
  const t = await texts(lang);
  const el = story.render() as KycUploader;
  el.dataset['tillitTheme'] = theme;
  document.body.append(el);
  try {
    await waitUntil(() => story.parameters.reached(el, t), `${name} never reached its state (${lang}, ${theme})`, { timeout: 20_000 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(story.parameters.reached(el, t), `${name} left its state`).to.equal(true);
    await expect(el).to.be.accessible();
  } finally {
    el.remove();
  }
}
