// Every state a designer sees in Storybook is reached, and axe-clean, in English (dark scheme).
import { all, checkStory } from './stories-check.js';

describe('<security-settings> stories (en, dark)', function () {
  this.timeout(30_000);
  for (const [name, story] of all) {
    it(`${name} reaches its state and is axe-clean (en, dark)`, () => checkStory(name, story, 'dark', 'en'));
  }
});
