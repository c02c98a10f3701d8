// Every state a designer sees in Storybook is reached, and axe-clean, in the nb texts (light).
import { all, checkStory } from './stories-check.js';

describe('<kyc-uploader> stories (nb)', function () {
  this.timeout(40_000);
  after(() => (document.documentElement.lang = 'en'));
  for (const [name, story] of all) {
    it(`${name} reaches its state and is axe-clean (nb, light)`, () => checkStory(name, story, 'light', 'nb'));
  }
});
