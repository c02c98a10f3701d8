// Every <totp-setup> state a designer sees in Storybook is reached, and axe-clean (sv).
import { totpSetupSections } from '../../../src/elements/totp-setup/sections.js';
import { codeMessages } from '../../../src/i18n/code.js';
import { stepUpMessages } from '../../../src/i18n/step-up.js';
import type { TotpSetup } from '../../../src/elements/totp-setup/totp-setup.js';
import * as stories from '../../../stories/totp-setup.stories.js';
import type { TotpSetupTexts } from '../../../stories/totp-setup.stories.js';
import { checkStory, storiesOf } from './stories-check.js';

describe('<totp-setup> stories (sv)', () => {
  after(() => (document.documentElement.lang = 'en'));
  for (const theme of ['light']) {
    for (const [name, story] of storiesOf<TotpSetup, TotpSetupTexts>(stories)) {
      it(`${name} reaches its state and is axe-clean (sv, ${theme})`, () => checkStory(name, story, { ...totpSetupSections, code: codeMessages, stepUp: stepUpMessages }, theme, 'sv'));
    }
  }
});
