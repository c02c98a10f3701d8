// The codes switch's stories reached and axe-clean in the sv and nb texts (light scheme).
import { codes, checkStory } from './stories-check.js';

describe('<security-settings> codes switch stories (sv, nb)', function () {
  this.timeout(30_000);
  after(() => (document.documentElement.lang = 'en'));
  for (const lang of ['sv', 'nb']) {
    for (const [name, story] of codes) {
      it(`${name} reaches its state and is axe-clean (${lang}, light)`, () => checkStory(name, story, 'light', lang));
    }
  }
});
