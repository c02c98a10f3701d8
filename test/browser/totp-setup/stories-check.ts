// The <totp-setup> and <recovery-key-backup> story suites: the shared runner, given an element's message sections.
import type { BundleMap } from '../../../src/i18n/types.js';
import { checkStory as check, storyTexts, type RenderableStory } from '../support/story-check.js';

export { storiesOf } from '../support/story-check.js';

export async function checkStory<E, T>(name: string, story: RenderableStory<E, T>, sections: BundleMap, theme: string, lang: string): Promise<void> {
  await check(name, story, await storyTexts<T>(sections, lang), theme, lang);
}
