import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isWebUrl, readSocialReturn, socialReturnTo, withoutSocialReturn } from '../../../src/elements/login-form/social-return.js';

describe('social return', () => {
  it('marks the return address with the provider, default this page', () => {
    assert.equal(socialReturnTo(undefined, 'google', 'https://ex.example/login?x=1'), 'https://ex.example/login?x=1&tillit_provider=google');
    assert.equal(socialReturnTo('/after', 'apple', 'https://ex.example/login'), 'https://ex.example/after?tillit_provider=apple');
  });

  it('reads a code return, an error return, and nothing else', () => {
    const q = (s: string) => new URLSearchParams(s);
    assert.deepEqual(readSocialReturn(q('tillit_provider=google&code=c1&state=s1')), { provider: 'google', code: 'c1', state: 's1' });
    assert.deepEqual(readSocialReturn(q('tillit_provider=apple&error=access_denied&state=s1')), { provider: 'apple', error: 'access_denied' });
    assert.deepEqual(readSocialReturn(q('tillit_provider=google&state=s1')), { provider: 'google', error: 'invalid_request' });
    assert.equal(readSocialReturn(q('code=c1&state=s1')), undefined, 'no marker: another page’s OAuth');
    assert.equal(readSocialReturn(q('tillit_provider=facebook&code=c&state=s')), undefined);
    assert.equal(readSocialReturn(q('page=2')), undefined);
  });

  it('removes the provider’s answer from the address, keeping the page’s own parameters and fragment', () => {
    assert.equal(
      withoutSocialReturn('https://ex.example/?page=2&tillit_provider=google&code=c&state=s&iss=https%3A%2F%2Faccounts#top'),
      'https://ex.example/?page=2#top',
    );
    assert.equal(withoutSocialReturn('https://ex.example/?tillit_provider=apple&error=access_denied&error_description=no'), 'https://ex.example/');
    assert.equal(withoutSocialReturn('https://ex.example/?code=c&state=s'), undefined, 'not our return: left alone');
  });

  it('takes http(s) URLs only', () => {
    for (const ok of ['https://accounts.google.com/o/oauth2?x=1', 'http://localhost:8787/demo/idp']) assert.equal(isWebUrl(ok), true, ok);
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<b>', 'vbscript:x', 'file:///etc/passwd', '//evil', 'not a url']) {
      assert.equal(isWebUrl(bad), false, bad);
    }
  });
});
