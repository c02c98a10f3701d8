// Every state a designer sees in Storybook is reached, and axe-clean, in English, light and dark.
import { expect } from '@open-wc/testing';
import { all, checkStory } from './stories-check.js';

describe('<login-form> stories (en)', () => {
  it('covers the states the issue lists', () => {
    const names = all.map(([name]) => name);
    for (const state of ['IdentifierEmail', 'IdentifierPhone', 'PasswordError', 'Locked', 'RateLimited', 'SecondFactorAuthenticator',
      'SecondFactorSmsResendCountdown', 'SecondFactorEmail', 'PasskeyPending', 'SocialOnly', 'NetworkError', 'Timeout',
      'ServerError', 'ChallengeExpired', 'SocialCancelled', 'BackendFieldErrors', 'Prefilled']) {
      expect(names, state).to.include(state);
    }
  });

  for (const theme of ['light', 'dark']) {
    for (const [name, story] of all) {
      it(`${name} reaches its state and is axe-clean (${theme})`, () => checkStory(name, story, theme, 'en'));
    }
  }
});
