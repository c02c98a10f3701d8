// Every state a designer sees in Storybook is reached, and axe-clean, in the sv texts (light).
import { all, checkStory } from './stories-check.js';

describe('<kyc-uploader> stories (sv)', function () {
  this.timeout(40_000);
  after(() => (document.documentElement.lang = 'en'));
  for (const [name, story] of all) {
    it(`${name} reaches its state and is axe-clean (sv, light)`, () => checkStory(name, story, 'light', 'sv'));
  }
});
