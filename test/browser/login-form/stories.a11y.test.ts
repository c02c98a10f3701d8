// Every state a designer sees in Storybook is axe-clean, in the light and the dark scheme: each story of
// stories/login-form.stories.ts is rendered and driven here exactly as Storybook does, then checked.
import { expect } from '@open-wc/testing';
import * as stories from '../../../stories/login-form.stories.js';

interface RenderableStory {
  render: () => HTMLElement;
}

const all = Object.entries(stories).filter(
  (entry): entry is [string, RenderableStory] =>
    entry[0] !== 'default' && typeof (entry[1] as Partial<RenderableStory>).render === 'function',
);

/** Resolves once neither the element nor its shadow root has changed for `quietMs` (the story's drive is done). */
function settled(el: HTMLElement, quietMs = 300, maxMs = 5000): Promise<void> {
  return new Promise((resolve) => {
    let timer = setTimeout(done, quietMs);
    const give = setTimeout(done, maxMs);
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(done, quietMs);
    });
    const watch = { subtree: true, childList: true, attributes: true, characterData: true };
    observer.observe(el, watch);
    if (el.shadowRoot) observer.observe(el.shadowRoot, watch);
    function done(): void {
      clearTimeout(timer);
      clearTimeout(give);
      observer.disconnect();
      resolve();
    }
  });
}

describe('<login-form> stories', () => {
  it('covers the states the issue lists', () => {
    const names = all.map(([name]) => name);
    for (const state of ['IdentifierEmail', 'IdentifierPhone', 'PasswordError', 'Locked', 'RateLimited', 'SecondFactorAuthenticator',
      'SecondFactorSmsResendCountdown', 'SecondFactorEmail', 'PasskeyPending', 'SocialOnly', 'NetworkError', 'Timeout',
      'ServerError', 'ChallengeExpired']) {
      expect(names, state).to.include(state);
    }
  });

  for (const theme of ['light', 'dark']) {
    for (const [name, story] of all) {
      it(`${name} is axe-clean (${theme})`, async () => {
        const el = story.render();
        el.dataset['tillitTheme'] = theme;
        document.body.append(el);
        try {
          await settled(el);
          await expect(el).to.be.accessible();
        } finally {
          el.remove();
        }
      });
    }
  }
});
