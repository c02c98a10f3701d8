// Every state a designer sees in Storybook is reached, and axe-clean, in English (light scheme; dark in its own file).
import { all, checkStory } from './stories-check.js';

describe('<security-settings> stories (en)', function () {
  this.timeout(30_000);
  for (const [name, story] of all) {
    it(`${name} reaches its state and is axe-clean (en, light)`, () => checkStory(name, story, 'light', 'en'));
  }
});
