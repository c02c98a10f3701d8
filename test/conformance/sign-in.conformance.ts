import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SoftAuthenticator } from '../support/soft-authenticator.js';
import {
  api,
  captcha,
  createAccount,
  expectProblem,
  expectProblemResponse,
  identifierOf,
  outboxCode,
  rawFetch,
  seconds,
  secondsUntil,
  serverNow,
  signedIn,
  testing,
  totpCode,
  unsignedAssertion,
  verifiedFor,
  type TestAccount,
} from './harness.js';
import { pageOrigin, passkeyOrigin } from './support/target.js';

/*
 * Password sign-in and its second-factor challenge, passkey sign-in and Google/Apple sign-in, over HTTP. Every
 * account is made fresh, so the per-identifier counters of one test never touch another.
 */

const wrong = 'not-the-password-1';

function signInAs(account: TestAccount, password = account.password, captchaToken?: string) {
  return api().signIn({ identifier: identifierOf(account), password, ...(captchaToken ? { captchaToken } : {}) });
}

async function challengeFor(account: TestAccount) {
  const result = await signInAs(account);
  assert.equal(result.status, 'second_factor_required');
  return result.challenge;
}

describe('sign-in: password', () => {
  it('signs in an account without 2FA, by e-mail and by phone', async () => {
    const account = await createAccount();
    const byEmail = await signInAs(account);
    assert.equal(byEmail.status, 'signed_in');
    assert.equal(byEmail.session.user.id, account.userId);
    assert.ok(byEmail.session.token, 'bearer mode returns the token');
    assert.ok(seconds(byEmail.session.expiresAt) > (await serverNow()) / 1000);

    assert.ok(account.phone);
    const byPhone = await api().signIn({ identifier: { type: 'phone', phone: account.phone }, password: account.password });
    assert.equal(byPhone.status, 'signed_in');
    assert.equal(byPhone.session.user.id, account.userId);
    assert.notEqual(byPhone.session.token, byEmail.session.token);
  });

  it('asks for exactly the second factors the account has', async () => {
    const cases: [Parameters<typeof createAccount>[0], string[]][] = [
      [{ totp: true }, ['totp']],
      [{ smsTwoFactor: true }, ['sms']],
      [{ emailTwoFactor: true }, ['email']],
      [{ totp: true, smsTwoFactor: true, emailTwoFactor: true }, ['email', 'sms', 'totp']],
      // SMS 2FA needs a phone to send to: without one the method is not offered.
      [{ phone: null, smsTwoFactor: true, emailTwoFactor: true }, ['email']],
    ];
    for (const [spec, expected] of cases) {
      const account = await createAccount(spec);
      const challenge = await challengeFor(account);
      assert.deepEqual([...challenge.methods].sort(), expected, JSON.stringify(spec));
      assert.ok(challenge.methods.includes(challenge.preferredMethod));
      const left = seconds(challenge.expiresAt) - (await serverNow()) / 1000;
      assert.ok(left > 240 && left <= 301, `the challenge lives 5 minutes (${left} s left)`);
      if (expected.includes('sms')) {
        assert.ok(challenge.destinations.sms && account.phone);
        assert.ok(!challenge.destinations.sms.includes(account.phone), 'the phone is masked');
      } else assert.equal(challenge.destinations.sms, undefined);
      if (expected.includes('email')) {
        assert.ok(challenge.destinations.email && account.email);
        assert.notEqual(challenge.destinations.email, account.email, 'the e-mail is masked');
      } else assert.equal(challenge.destinations.email, undefined);
    }
  });

  it('answers an unknown identifier and a wrong password identically', async () => {
    const account = await createAccount();
    const wrongPassword = await expectProblem(signInAs(account, wrong), 'invalid_credentials');
    const unknown = await expectProblem(
      api().signIn({ identifier: { type: 'email', email: `nobody-${Date.now()}@example.com` }, password: wrong }),
      'invalid_credentials',
    );
    assert.deepEqual(unknown.problem, wrongPassword.problem);
  });

  it('wants a captcha from the 3rd failure, until a sign-in succeeds', async () => {
    const account = await createAccount();
    await expectProblem(signInAs(account, wrong), 'invalid_credentials');
    await expectProblem(signInAs(account, wrong), 'invalid_credentials');
    await expectProblem(signInAs(account, wrong), 'captcha_required');
    // Even the right password needs the robot check now.
    await expectProblem(signInAs(account), 'captcha_required');
    await expectProblem(signInAs(account, account.password, 'not-a-real-token'), 'captcha_invalid');
    await expectProblem(signInAs(account, wrong, await captcha()), 'invalid_credentials');
    const token = await captcha();
    assert.equal((await signInAs(account, account.password, token)).status, 'signed_in');
    // A captcha token works once.
    await expectProblem(signInAs(account, wrong), 'invalid_credentials');
    await expectProblem(signInAs(account, wrong), 'invalid_credentials');
    await expectProblem(signInAs(account, account.password, token), 'captcha_invalid');
  });

  it('counts failures for identifiers without an account too (no hint that it exists)', async () => {
    const nobody = () =>
      api().signIn({ identifier: { type: 'email', email: `ghost-${process.pid}@example.com` }, password: wrong });
    await expectProblem(nobody(), 'invalid_credentials');
    await expectProblem(nobody(), 'invalid_credentials');
    await expectProblem(nobody(), 'captcha_required');
  });

  it('locks the account for 15 minutes on the 8th failure', async () => {
    const account = await createAccount();
    for (let attempt = 1; attempt <= 7; attempt++) {
      await expectProblem(signInAs(account, wrong, attempt > 2 ? await captcha() : undefined), 'invalid_credentials');
    }
    const locked = await expectProblem(signInAs(account, wrong, await captcha()), 'account_locked');
    assert.ok(locked.problem.lockedUntil, 'account_locked says until when');
    const lockSeconds = seconds(locked.problem.lockedUntil) - (await serverNow()) / 1000;
    assert.ok(lockSeconds > 14 * 60 && lockSeconds <= 15 * 60 + 1, `locked for 15 minutes (${lockSeconds} s)`);
    // The right password does not open a locked account.
    await expectProblem(signInAs(account, account.password, await captcha()), 'account_locked');

    await testing.advanceClock({ seconds: 15 * 60 + 1 });
    assert.equal((await signInAs(account)).status, 'signed_in');
  });

  it('rate-limits more than 20 attempts per identifier in 15 minutes', async () => {
    const account = await createAccount();
    for (let attempt = 1; attempt <= 20; attempt++) assert.equal((await signInAs(account)).status, 'signed_in');
    const limited = await expectProblem(signInAs(account), 'rate_limited');
    assert.ok(limited.retryAfter !== undefined && limited.retryAfter > 0 && limited.retryAfter <= 15 * 60);
    await testing.advanceClock({ seconds: limited.retryAfter });
    assert.equal((await signInAs(account)).status, 'signed_in');
  });

  it('refuses a malformed e-mail or a phone not in E.164 with field errors', async () => {
    const post = (identifier: unknown) =>
      rawFetch('POST', '/v1/sign-in', {
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ identifier, password: wrong }),
      });
    for (const [identifier, path] of [
      [{ type: 'email', email: 'not-an-email' }, 'identifier.email'],
      [{ type: 'phone', phone: '0701234567' }, 'identifier.phone'],
    ] as const) {
      const problem = expectProblemResponse(await post(identifier), 'validation_failed');
      assert.ok(problem.fields?.some((f) => f.path === path), `${path} in ${JSON.stringify(problem.fields)}`);
    }
  });

  it('answers a body that is not JSON with malformed_request, and an unknown route with not_found', async () => {
    const broken = await rawFetch('POST', '/v1/sign-in', {
      headers: { 'content-type': 'application/json' },
      body: '{"identifier": {"type": "email",',
    });
    expectProblemResponse(broken, 'malformed_request');
    // A body of another content type is malformed too, even when it happens to parse as JSON.
    const plain = await rawFetch('POST', '/v1/sign-in', {
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ identifier: { type: 'email', email: 'nobody@example.com' }, password: wrong }),
    });
    expectProblemResponse(plain, 'malformed_request');
    expectProblemResponse(await rawFetch('GET', '/v1/no-such-thing'), 'not_found');
  });
});

describe('sign-in: second factor', () => {
  it('accepts the authenticator code and refuses it a second time', async () => {
    const account = await createAccount({ totp: true });
    assert.ok(account.totpSecret);
    const code = await totpCode(account.totpSecret);
    const first = await challengeFor(account);
    const done = await api().verifySignInCode({ challengeId: first.id, method: 'totp', code });
    assert.equal(done.status, 'signed_in');
    assert.equal(done.session.user.id, account.userId);

    const second = await challengeFor(account);
    await expectProblem(api().verifySignInCode({ challengeId: second.id, method: 'totp', code }), 'code_already_used');
  });

  it('refuses an older step once a newer one was accepted', async () => {
    const account = await createAccount({ totp: true });
    assert.ok(account.totpSecret);
    const next = await totpCode(account.totpSecret, 1);
    const current = await totpCode(account.totpSecret);
    const first = await challengeFor(account);
    assert.equal((await api().verifySignInCode({ challengeId: first.id, method: 'totp', code: next })).status, 'signed_in');
    const second = await challengeFor(account);
    await expectProblem(api().verifySignInCode({ challengeId: second.id, method: 'totp', code: current }), 'code_already_used');
  });

  for (const channel of ['sms', 'email'] as const) {
    it(`sends a ${channel} code, refuses a quick resend, and signs in with the code`, async () => {
      const account = await createAccount(channel === 'sms' ? { smsTwoFactor: true } : { emailTwoFactor: true });
      const to = channel === 'sms' ? account.phone : account.email;
      assert.ok(to);
      const client = api();
      const { id } = await challengeFor(account);
      const sent = await client.sendSignInCode({ challengeId: id, channel });
      assert.equal(sent.channel, channel);
      assert.notEqual(sent.sentTo, to, 'the destination is masked');
      assert.ok(sent.resendAfter > 0);

      const tooSoon = await expectProblem(client.sendSignInCode({ challengeId: id, channel }), 'resend_too_soon');
      assert.ok(tooSoon.retryAfter !== undefined && tooSoon.retryAfter > 0 && tooSoon.retryAfter <= sent.resendAfter);

      await testing.advanceClock({ seconds: sent.resendAfter });
      await client.sendSignInCode({ challengeId: id, channel });
      const done = await client.verifySignInCode({ challengeId: id, method: channel, code: await outboxCode(to, id) });
      assert.equal(done.status, 'signed_in');
      assert.equal(done.session.user.id, account.userId);
      // A challenge signs in once.
      await expectProblem(client.verifySignInCode({ challengeId: id, method: channel, code: '000000' }), 'challenge_expired');
    });
  }

  it('offers only the challenge methods', async () => {
    const account = await createAccount({ totp: true });
    const { id } = await challengeFor(account);
    await expectProblem(api().sendSignInCode({ challengeId: id, channel: 'sms' }), 'method_not_available');
    await expectProblem(api().verifySignInCode({ challengeId: id, method: 'email', code: '123456' }), 'method_not_available');
  });

  it('counts wrong codes down, burns the challenge on the 5th', async () => {
    const account = await createAccount({ emailTwoFactor: true });
    assert.ok(account.email);
    const client = api();
    const { id } = await challengeFor(account);
    await client.sendSignInCode({ challengeId: id, channel: 'email' });
    const right = await outboxCode(account.email, id);
    const wrongCode = right === '000000' ? '111111' : '000000';
    for (const remaining of [4, 3, 2, 1]) {
      const error = await expectProblem(client.verifySignInCode({ challengeId: id, method: 'email', code: wrongCode }), 'invalid_code');
      assert.equal(error.problem.attemptsRemaining, remaining);
    }
    await expectProblem(client.verifySignInCode({ challengeId: id, method: 'email', code: wrongCode }), 'too_many_attempts');
    await expectProblem(client.verifySignInCode({ challengeId: id, method: 'email', code: right }), 'challenge_expired');
    await expectProblem(client.sendSignInCode({ challengeId: id, channel: 'email' }), 'challenge_expired');
  });

  it('counts a wrong authenticator code too', async () => {
    const account = await createAccount({ totp: true });
    assert.ok(account.totpSecret);
    const { id } = await challengeFor(account);
    const right = await totpCode(account.totpSecret);
    const bad = right === '000000' ? '111111' : '000000';
    const error = await expectProblem(api().verifySignInCode({ challengeId: id, method: 'totp', code: bad }), 'invalid_code');
    assert.equal(error.problem.attemptsRemaining, 4);
  });

  it('expires the challenge after 5 minutes', async () => {
    const account = await createAccount({ totp: true, smsTwoFactor: true });
    assert.ok(account.totpSecret);
    const { id } = await challengeFor(account);
    await testing.advanceClock({ seconds: 6 * 60 });
    const code = await totpCode(account.totpSecret);
    await expectProblem(api().verifySignInCode({ challengeId: id, method: 'totp', code }), 'challenge_expired');
    await expectProblem(api().sendSignInCode({ challengeId: id, channel: 'sms' }), 'challenge_expired');
    await expectProblem(api().sendSignInCode({ challengeId: 'chl_unknown', channel: 'sms' }), 'challenge_expired');
  });
});

describe('sign-in: passkey', () => {
  it('gives request options for discoverable credentials', async () => {
    const { challengeId, options } = await api().passkeySignInOptions({});
    assert.ok(challengeId);
    assert.match(options.challenge, /^[A-Za-z0-9_-]{16,}$/, 'a challenge of at least 12 random bytes');
    assert.equal(typeof options.rpId, 'string');
    assert.ok(!options.allowCredentials?.length, 'no allow-list: the browser offers every passkey of the site');
    const again = await api().passkeySignInOptions({});
    assert.notEqual(again.options.challenge, options.challenge);
    assert.notEqual(again.challengeId, challengeId);
  });

  it('refuses a response that does not verify, and the challenge works once', async () => {
    const { challengeId } = await api().passkeySignInOptions({});
    await expectProblem(api().passkeySignIn({ challengeId, response: unsignedAssertion }), 'passkey_failed');
    await expectProblem(api().passkeySignIn({ challengeId, response: unsignedAssertion }), 'challenge_expired');
  });
});

describe('sign-in: passkey round trip', () => {
  it('signs in with a passkey registered through the security settings', async () => {
    const signed = await signedIn();
    const { api: client } = signed.session;
    const verificationToken = await verifiedFor(signed, 'register_passkey');
    const { registrationId, options } = await client.passkeyRegistrationOptions({ verificationToken });
    const authenticator = new SoftAuthenticator(passkeyOrigin);
    const registration = await authenticator.register(options);
    await client.registerPasskey({ registrationId, name: 'Test key', response: registration });

    const { challengeId, options: request } = await api().passkeySignInOptions({});
    const assertion = await authenticator.authenticate(request);
    const done = await api().passkeySignIn({ challengeId, response: assertion });
    assert.equal(done.status, 'signed_in');
    assert.equal(done.session.user.id, signed.account.userId);

    // The same assertion cannot be played again, not even against a fresh challenge.
    await expectProblem(api().passkeySignIn({ challengeId, response: assertion }), 'challenge_expired');
    const fresh = await api().passkeySignInOptions({});
    await expectProblem(
      api().passkeySignIn({ challengeId: fresh.challengeId, response: assertion }),
      'passkey_failed',
    );
  });
});

describe('sign-in: a locked account', () => {
  it('refuses passkey and Google/Apple sign-in too until the lock ends', async () => {
    const signed = await signedIn();
    const { account } = signed;
    const { api: client } = signed.session;
    const authenticator = new SoftAuthenticator(passkeyOrigin);
    const registration = await client.passkeyRegistrationOptions({ verificationToken: await verifiedFor(signed, 'register_passkey') });
    await client.registerPasskey({
      registrationId: registration.registrationId,
      name: 'Laptop',
      response: await authenticator.register(registration.options),
    });
    const subject = `g-locked-${account.userId}`;
    await testing.linkSocialIdentity({ userId: account.userId, provider: 'google', subject });

    // What each sign-in sends, made ready first, so the call itself is the one asserted.
    const passkeyInput = async () => {
      const { challengeId, options } = await api().passkeySignInOptions({});
      return { challengeId, response: await authenticator.authenticate(options) };
    };
    const socialInput = async () => {
      const { state, binding } = await api().startSocialSignIn({ provider: 'google', returnTo: `${pageOrigin}/back` });
      const { code } = await testing.authorizeSocial({ provider: 'google', state, subject });
      return { provider: 'google' as const, code, state, ...(binding ? { binding } : {}) };
    };

    for (let attempt = 1; attempt <= 7; attempt++) {
      await expectProblem(signInAs(account, wrong, attempt > 2 ? await captcha() : undefined), 'invalid_credentials');
    }
    const { problem } = await expectProblem(signInAs(account, wrong, await captcha()), 'account_locked');
    assert.ok(problem.lockedUntil);
    const byPasskey = await expectProblem(api().passkeySignIn(await passkeyInput()), 'account_locked');
    assert.equal(byPasskey.problem.lockedUntil, problem.lockedUntil);
    const bySocial = await expectProblem(api().finishSocialSignIn(await socialInput()), 'account_locked');
    assert.equal(bySocial.problem.lockedUntil, problem.lockedUntil);

    await testing.advanceClock({ seconds: (await secondsUntil(problem.lockedUntil)) + 1 });
    const viaPasskey = await api().passkeySignIn(await passkeyInput());
    assert.equal(viaPasskey.session.user.id, account.userId);
    const viaSocial = await api().finishSocialSignIn(await socialInput());
    assert.equal(viaSocial.status, 'signed_in');
  });
});
