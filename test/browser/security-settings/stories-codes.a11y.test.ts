// The codes switch's stories reached and axe-clean in English, light and dark (sv and nb: stories-codes.l10n).
import { codes, checkStory } from './stories-check.js';

describe('<security-settings> codes switch stories (en)', function () {
  this.timeout(30_000);
  for (const theme of ['light', 'dark']) {
    for (const [name, story] of codes) {
      it(`${name} reaches its state and is axe-clean (en, ${theme})`, () => checkStory(name, story, theme, 'en'));
    }
  }
});
