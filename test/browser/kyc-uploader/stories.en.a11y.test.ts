// Every state a designer sees in Storybook is reached, and axe-clean, in the en texts (light and dark).
import { all, checkStory } from './stories-check.js';

describe('<kyc-uploader> stories (en)', function () {
  this.timeout(40_000);
  after(() => (document.documentElement.lang = 'en'));
  for (const [name, story] of all) {
    it(`${name} reaches its state and is axe-clean (en, light)`, () => checkStory(name, story, 'light', 'en'));
  }
});
