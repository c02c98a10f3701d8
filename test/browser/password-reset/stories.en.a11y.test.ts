// Every state of <password-reset> a designer sees in Storybook is reached and axe-clean (en, light and dark).
import { laterSections } from '../../../src/elements/password-reset/later-sections.js';
import { passwordResetSections } from '../../../src/elements/password-reset/messages.js';
import type { PasswordReset } from '../../../src/elements/password-reset/password-reset.js';
import * as module from '../../../stories/password-reset.stories.js';
import type { PasswordResetTexts } from '../../../stories/password-reset.stories.js';
import { checkStory, storiesOf, storyTexts } from '../support/story-check.js';

describe('<password-reset> stories (en)', () => {
  after(() => (document.documentElement.lang = 'en'));
  const stories = storiesOf<PasswordReset, PasswordResetTexts>(module);
  for (const theme of ['light', 'dark']) {
    for (const [name, story] of stories) {
      it(`${name} reaches its state and is axe-clean (en, ${theme})`, async () =>
        checkStory(name, story, (await storyTexts({ ...passwordResetSections, ...laterSections }, 'en')) as unknown as PasswordResetTexts, theme, 'en'));
    }
  }
});
