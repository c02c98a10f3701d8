import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CaptchaUnavailable, withCaptcha } from '../../../src/captcha/with-captcha.js';
import { TillitError } from '../../../src/client/errors.js';

const required = () => new TillitError('captcha_required', 'robot check');

describe('withCaptcha', () => {
  it('calls without a token first, and once more with the provider’s token when the backend asks', async () => {
    const tokens: (string | undefined)[] = [];
    const result = await withCaptcha(async (token) => {
      tokens.push(token);
      if (!token) throw required();
      return 'in';
    }, async () => 'captcha_1');
    assert.equal(result, 'in');
    assert.deepEqual(tokens, [undefined, 'captcha_1']);
  });

  it('asks first when told to (rows that always want a token)', async () => {
    const tokens: (string | undefined)[] = [];
    await withCaptcha(async (token) => void tokens.push(token), async () => 't', { askFirst: true });
    assert.deepEqual(tokens, ['t']);
  });

  it('is CaptchaUnavailable without a provider, and the backend’s error when the provider fails', async () => {
    await assert.rejects(withCaptcha(async () => Promise.reject(required()), undefined), CaptchaUnavailable);
    await assert.rejects(
      withCaptcha(async () => Promise.reject(required()), async () => Promise.reject(new Error('widget closed'))),
      (error: unknown) => error instanceof TillitError && error.code === 'captcha_required',
    );
  });

  it('leaves every other failure alone', async () => {
    let provided = 0;
    await assert.rejects(
      withCaptcha(async () => Promise.reject(new TillitError('invalid_credentials', 'x')), async () => String(++provided)),
      (error: unknown) => error instanceof TillitError && error.code === 'invalid_credentials',
    );
    assert.equal(provided, 0);
  });
});
