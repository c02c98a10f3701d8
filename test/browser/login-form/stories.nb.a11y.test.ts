// Every state a designer sees in Storybook is reached, and axe-clean, in the nb texts (dark scheme).
import { all, checkStory } from './stories-check.js';

describe('<login-form> stories (nb)', () => {
  after(() => (document.documentElement.lang = 'en'));
  for (const [name, story] of all) {
    it(`${name} reaches its state and is axe-clean (nb, dark)`, () => checkStory(name, story, 'dark', 'nb'));
  }
});
