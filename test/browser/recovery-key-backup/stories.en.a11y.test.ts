// Every <recovery-key-backup> state a designer sees in Storybook is reached, and axe-clean (en).
import type { RecoveryKeyBackup } from '../../../src/elements/recovery-key-backup/recovery-key-backup.js';
import { recoveryKeyBackupSections } from '../../../src/elements/recovery-key-backup/sections.js';
import { codeMessages } from '../../../src/i18n/code.js';
import { stepUpMessages } from '../../../src/i18n/step-up.js';
import * as stories from '../../../stories/recovery-key-backup.stories.js';
import type { RecoveryTexts } from '../../../stories/recovery-key-backup.stories.js';
import { checkStory, storiesOf } from '../totp-setup/stories-check.js';

describe('<recovery-key-backup> stories (en)', () => {
  after(() => (document.documentElement.lang = 'en'));
  for (const theme of ['light', 'dark']) {
    for (const [name, story] of storiesOf<RecoveryKeyBackup, RecoveryTexts>(stories)) {
      it(`${name} reaches its state and is axe-clean (en, ${theme})`, () => checkStory(name, story, { ...recoveryKeyBackupSections, code: codeMessages, stepUp: stepUpMessages }, theme, 'en'));
    }
  }
});
