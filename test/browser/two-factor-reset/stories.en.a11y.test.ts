// Every state of <two-factor-reset> a designer sees in Storybook is reached and axe-clean (en, light and dark).
import { laterSections } from '../../../src/elements/two-factor-reset/later-sections.js';
import { twoFactorResetSections } from '../../../src/elements/two-factor-reset/messages.js';
import type { TwoFactorReset } from '../../../src/elements/two-factor-reset/two-factor-reset.js';
import * as module from '../../../stories/two-factor-reset.stories.js';
import type { TwoFactorResetTexts } from '../../../stories/two-factor-reset.stories.js';
import { checkStory, storiesOf, storyTexts } from '../support/story-check.js';

describe('<two-factor-reset> stories (en)', () => {
  after(() => (document.documentElement.lang = 'en'));
  const stories = storiesOf<TwoFactorReset, TwoFactorResetTexts>(module);
  for (const theme of ['light', 'dark']) {
    for (const [name, story] of stories) {
      it(`${name} reaches its state and is axe-clean (en, ${theme})`, async () =>
        checkStory(name, story, (await storyTexts({ ...twoFactorResetSections, ...laterSections }, 'en')) as unknown as TwoFactorResetTexts, theme, 'en'));
    }
  }
});
