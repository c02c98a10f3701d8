import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SoftAuthenticator } from '../support/soft-authenticator.js';
import {
  api,
  createAccount,
  expectFieldRefused,
  expectProblem,
  freshTotpCode,
  outboxCode,
  passStepUp,
  seconds,
  secondsUntil,
  signIn,
  signedIn,
  testing,
  unsignedAssertion,
  verifiedFor,
} from './harness.js';
import { passkeyOrigin } from './support/target.js';

/*
 * Step-up: the server names the factors a sensitive action needs, the user proves each, and gets a single-use
 * token for that one action. The token rules are checked with the testing row `consumeStepUpToken`, which spends a
 * token exactly as a sensitive action would.
 */

/** An account with authenticator, e-mail and phone (FLOWS.md's "unbind e-mail" case), signed in. */
async function fullAccount() {
  const account = await createAccount({ totp: true, smsTwoFactor: true });
  const session = await signIn(account);
  return { account, ...session };
}

describe('step-up', () => {
  describe('startStepUp', () => {
    it('needs a session', async () => {
      await expectProblem(api().startStepUp({ action: 'setup_totp' }), 'unauthenticated');
    });

    it('unbinding e-mail takes the authenticator, the e-mail and the SMS codes; 10 minutes', async () => {
      const { api: client, account } = await fullAccount();
      const before = seconds((await testing.readClock({})).now);
      const started = await client.startStepUp({ action: 'unbind_email' });
      assert.equal(started.action, 'unbind_email');
      assert.deepEqual(started.factors.map((f) => f.factor).sort(), ['email', 'sms', 'totp']);
      assert.ok(started.factors.every((f) => f.verified === false));
      for (const f of started.factors) {
        if (f.factor === 'totp') assert.equal(f.destination, undefined);
        else {
          assert.match(f.destination!, /•/);
          assert.notEqual(f.destination, f.factor === 'email' ? account.email : account.phone);
        }
      }
      const ttl = seconds(started.expiresAt) - before;
      assert.ok(ttl >= 9 * 60 && ttl <= 11 * 60, `step-up lives ${ttl} s`);
    });

    it('asks only for the factors the account has', async () => {
      const account = await createAccount({ phone: null });
      const { api: client } = await signIn(account);
      const started = await client.startStepUp({ action: 'setup_totp' });
      assert.deepEqual(started.factors.map((f) => f.factor), ['email']);
    });

    it('change_email without authenticator and SMS is prerequisite_missing, naming both', async () => {
      const { api: client } = await signIn(await createAccount({ phone: null }));
      const error = await expectProblem(client.startStepUp({ action: 'change_email' }), 'prerequisite_missing');
      assert.deepEqual([...(error.problem?.required ?? [])].sort(), ['sms', 'totp']);
    });

    it('change_email with an authenticator but no phone names only sms', async () => {
      const { api: client } = await signIn(await createAccount({ phone: null, totp: true }));
      const error = await expectProblem(client.startStepUp({ action: 'change_email' }), 'prerequisite_missing');
      assert.deepEqual(error.problem?.required, ['sms']);
    });

    it('change_email with authenticator and SMS starts', async () => {
      const { api: client } = await fullAccount();
      const started = await client.startStepUp({ action: 'change_email' });
      assert.deepEqual(started.factors.map((f) => f.factor).sort(), ['email', 'sms', 'totp']);
    });

    it('an unknown action is validation_failed, on the wire', async () => {
      const { token } = await signIn(await createAccount({ phone: null }));
      await expectFieldRefused('startStepUp', { action: 'launch_rockets' }, 'action', { token });
    });
  });

  describe('verifying factors and the token', () => {
    it('marks each factor verified; the last one yields a token for this action', async () => {
      const { api: client, account } = await fullAccount();
      const { stepUpId } = await client.startStepUp({ action: 'unbind_email' });

      const afterTotp = await client.verifyStepUp({ stepUpId, factor: 'totp', code: await freshTotpCode(account.totpSecret!) });
      assert.equal(afterTotp.verificationToken, undefined);
      assert.deepEqual(afterTotp.factors.filter((f) => f.verified).map((f) => f.factor), ['totp']);

      const sent = await client.sendStepUpCode({ stepUpId, channel: 'email' });
      assert.equal(sent.channel, 'email');
      const afterEmail = await client.verifyStepUp({
        stepUpId,
        factor: 'email',
        code: await outboxCode(account.email!, stepUpId),
      });
      assert.equal(afterEmail.verificationToken, undefined);

      await client.sendStepUpCode({ stepUpId, channel: 'sms' });
      const done = await client.verifyStepUp({ stepUpId, factor: 'sms', code: await outboxCode(account.phone!, stepUpId) });
      assert.ok(done.factors.every((f) => f.verified));
      assert.equal(typeof done.verificationToken, 'string');
      const clock = seconds((await testing.readClock({})).now);
      const ttl = seconds(done.tokenExpiresAt!) - clock;
      assert.ok(ttl > 0 && ttl <= 10 * 60, `token lives ${ttl} s`);

      // The step-up is used up once it has handed out its token.
      await expectProblem(client.sendStepUpCode({ stepUpId, channel: 'email' }), 'challenge_expired');
    });

    it('the token is single-use, bound to its action and to its user', async () => {
      const { api: client, account, token } = await fullAccount();
      const { verificationToken } = await passStepUp(client, account, 'unbind_email');
      assert.ok(verificationToken);
      const other = await signIn(await createAccount({ phone: null }));

      await expectProblem(testing.withToken(other.token).consumeStepUpToken({ action: 'unbind_email', verificationToken }), 'verification_invalid');
      await expectProblem(testing.withToken(token).consumeStepUpToken({ action: 'unbind_phone', verificationToken }), 'verification_invalid');
      // Without a session there is no user to spend it for.
      await expectProblem(testing.consumeStepUpToken({ action: 'unbind_email', verificationToken }), 'unauthenticated');
      await testing.withToken(token).consumeStepUpToken({ action: 'unbind_email', verificationToken });
      await expectProblem(testing.withToken(token).consumeStepUpToken({ action: 'unbind_email', verificationToken }), 'verification_invalid');
      await expectProblem(testing.withToken(token).consumeStepUpToken({ action: 'unbind_email' }), 'step_up_required');
    });

    it('[rule: step-up-session] the token works only in the session that earned it', async () => {
      const account = await createAccount({ phone: null });
      const earned = await signIn(account);
      const elsewhere = await signIn(account);
      const { verificationToken } = await passStepUp(earned.api, account, 'change_password');
      assert.ok(verificationToken);
      // The same user, another session (another device): refused, and the token stays.
      await expectProblem(
        testing.withToken(elsewhere.token).consumeStepUpToken({ action: 'change_password', verificationToken }),
        'verification_invalid',
      );
      await testing.withToken(earned.token).consumeStepUpToken({ action: 'change_password', verificationToken });
    });

    it('[rule: second-factor-limit] wrong codes count per account across step-ups: after 10, rate_limited', async () => {
      const { api: client, account } = await fullAccount();
      const wrongFor = async () => {
        const right = await freshTotpCode(account.totpSecret!);
        return right === '000000' ? '111111' : '000000';
      };
      for (let round = 0; round < 2; round++) {
        const { stepUpId } = await client.startStepUp({ action: 'disable_totp' });
        for (let i = 0; i < 4; i++) await expectProblem(client.verifyStepUp({ stepUpId, factor: 'totp', code: await wrongFor() }), 'invalid_code');
        await expectProblem(client.verifyStepUp({ stepUpId, factor: 'totp', code: await wrongFor() }), 'too_many_attempts');
      }
      const { stepUpId } = await client.startStepUp({ action: 'disable_totp' });
      const limited = await expectProblem(
        client.verifyStepUp({ stepUpId, factor: 'totp', code: await freshTotpCode(account.totpSecret!) }),
        'rate_limited',
      );
      assert.ok(limited.retryAfter! > 0 && limited.retryAfter! <= 15 * 60);
      // The sign-in challenge of the account counts the same: it is limited too.
      const { challenge } = (await api().signIn({ identifier: { type: 'email', email: account.email! }, password: account.password })) as {
        challenge: { id: string };
      };
      await expectProblem(
        api().verifySignInCode({ challengeId: challenge.id, method: 'totp', code: await freshTotpCode(account.totpSecret!) }),
        'rate_limited',
      );
    });

    it('the token expires', async () => {
      const account = await createAccount({ phone: null });
      const { api: client, token } = await signIn(account);
      const { verificationToken, tokenExpiresAt } = await passStepUp(client, account, 'change_password');
      assert.ok(tokenExpiresAt);
      await testing.advanceClock({ seconds: (await secondsUntil(tokenExpiresAt)) + 1 });
      await expectProblem(testing.withToken(token).consumeStepUpToken({ action: 'change_password', verificationToken }), 'verification_invalid');
    });

    it('a wrong code says how many tries are left; the 5th wrong code of the step-up burns it', async () => {
      const { api: client, account } = await fullAccount();
      const { stepUpId } = await client.startStepUp({ action: 'unbind_email' });
      await client.sendStepUpCode({ stepUpId, channel: 'email' });
      const right = await outboxCode(account.email!, stepUpId);
      const wrong = right === '000000' ? '111111' : '000000';
      // Wrong codes count across factors: resending or switching factor buys no extra guesses.
      const tries = ['email', 'totp', 'email', 'sms'] as const;
      for (const [i, factor] of tries.entries()) {
        const error = await expectProblem(client.verifyStepUp({ stepUpId, factor, code: wrong }), 'invalid_code');
        assert.equal(error.problem?.attemptsRemaining, 4 - i);
      }
      await expectProblem(client.verifyStepUp({ stepUpId, factor: 'email', code: wrong }), 'too_many_attempts');
      await expectProblem(client.verifyStepUp({ stepUpId, factor: 'email', code: right }), 'challenge_expired');
    });

    it('an authenticator code already accepted is code_already_used', async () => {
      const { api: client, account } = await fullAccount();
      const code = await freshTotpCode(account.totpSecret!);
      const first = await client.startStepUp({ action: 'unbind_email' });
      await client.verifyStepUp({ stepUpId: first.stepUpId, factor: 'totp', code });
      const second = await client.startStepUp({ action: 'unbind_email' });
      await expectProblem(client.verifyStepUp({ stepUpId: second.stepUpId, factor: 'totp', code }), 'code_already_used');
    });

    it('a factor the step-up does not ask for is method_not_available', async () => {
      const account = await createAccount({ phone: null });
      const { api: client } = await signIn(account);
      const { stepUpId } = await client.startStepUp({ action: 'setup_totp' });
      await expectProblem(client.verifyStepUp({ stepUpId, factor: 'sms', code: '123456' }), 'method_not_available');
      await expectProblem(client.verifyStepUp({ stepUpId, factor: 'totp', code: '123456' }), 'method_not_available');
    });

    it('a code factor without a code is validation_failed', async () => {
      const { api: client } = await signIn(await createAccount({ phone: null }));
      const { stepUpId } = await client.startStepUp({ action: 'setup_totp' });
      const error = await expectProblem(client.verifyStepUp({ stepUpId, factor: 'email' }), 'validation_failed');
      assert.ok(error.fields.some((f) => f.path === 'code'));
    });

    it('another user\'s, an unknown and a timed-out step-up are all challenge_expired', async () => {
      const owner = await signIn(await createAccount({ phone: null }));
      const { stepUpId } = await owner.api.startStepUp({ action: 'setup_totp' });
      const stranger = await signIn(await createAccount({ phone: null }));
      await expectProblem(stranger.api.sendStepUpCode({ stepUpId, channel: 'email' }), 'challenge_expired');
      await expectProblem(stranger.api.verifyStepUp({ stepUpId, factor: 'email', code: '123456' }), 'challenge_expired');
      await expectProblem(owner.api.verifyStepUp({ stepUpId: 'stp_unknown', factor: 'email', code: '123456' }), 'challenge_expired');
      await testing.advanceClock({ seconds: 10 * 60 + 1 });
      await expectProblem(owner.api.sendStepUpCode({ stepUpId, channel: 'email' }), 'challenge_expired');
    });
  });

  describe('sendStepUpCode', () => {
    it('a resend within 60 s is resend_too_soon with Retry-After', async () => {
      const { api: client } = await signIn(await createAccount({ phone: null }));
      const { stepUpId } = await client.startStepUp({ action: 'setup_totp' });
      const sent = await client.sendStepUpCode({ stepUpId, channel: 'email' });
      assert.equal(sent.resendAfter, 60);
      const error = await expectProblem(client.sendStepUpCode({ stepUpId, channel: 'email' }), 'resend_too_soon');
      assert.ok(error.retryAfter! >= 1 && error.retryAfter! <= 60);
      await testing.advanceClock({ seconds: 61 });
      await client.sendStepUpCode({ stepUpId, channel: 'email' });
    });

    it('a channel the step-up does not ask for is method_not_available', async () => {
      const { api: client } = await signIn(await createAccount({ phone: null }));
      const { stepUpId } = await client.startStepUp({ action: 'setup_totp' });
      await expectProblem(client.sendStepUpCode({ stepUpId, channel: 'sms' }), 'method_not_available');
    });
  });

  describe('stepUpPasskeyOptions', () => {
    it('without a passkey factor: method_not_available; unknown step-up: challenge_expired', async () => {
      const { api: client } = await fullAccount();
      const { stepUpId } = await client.startStepUp({ action: 'remove_passkey' });
      await expectProblem(client.stepUpPasskeyOptions({ stepUpId }), 'method_not_available');
      await expectProblem(client.stepUpPasskeyOptions({ stepUpId: 'stp_unknown' }), 'challenge_expired');
    });

    it('verifying a passkey on a step-up without one is method_not_available', async () => {
      const { api: client } = await fullAccount();
      const { stepUpId } = await client.startStepUp({ action: 'remove_passkey' });
      await expectProblem(
        client.verifyStepUp({ stepUpId, factor: 'passkey', response: unsignedAssertion }),
        'method_not_available',
      );
    });

    it('a passkey stands in for a missing authenticator: options for the own passkeys, a signed assertion', async () => {
      const signed = await signedIn();
      const { api: client } = signed.session;
      const authenticator = new SoftAuthenticator(passkeyOrigin);
      const registration = await client.passkeyRegistrationOptions({
        verificationToken: await verifiedFor(signed, 'register_passkey'),
      });
      const passkey = await client.registerPasskey({
        registrationId: registration.registrationId,
        name: 'Laptop',
        response: await authenticator.register(registration.options),
      });
      // Another user's passkey must not show up in this user's options.
      const other = await signedIn();
      const theirs = await other.session.api.passkeyRegistrationOptions({
        verificationToken: await verifiedFor(other, 'register_passkey'),
      });
      await other.session.api.registerPasskey({
        registrationId: theirs.registrationId,
        name: 'Theirs',
        response: await new SoftAuthenticator(passkeyOrigin).register(theirs.options),
      });

      const { stepUpId, factors } = await client.startStepUp({ action: 'remove_passkey' });
      assert.deepEqual(factors.map((f) => f.factor).sort(), ['email', 'passkey']);
      const { options } = await client.stepUpPasskeyOptions({ stepUpId });
      assert.deepEqual(options.allowCredentials?.map((c) => c.id), [passkey.id]);
      assert.equal(options.userVerification, 'required');
      await expectProblem(
        client.verifyStepUp({ stepUpId, factor: 'passkey', response: unsignedAssertion }),
        'passkey_failed',
      );

      // The step-up lives on: new options (a new challenge) and a signed assertion verify the factor.
      const again = await client.stepUpPasskeyOptions({ stepUpId });
      assert.notEqual(again.options.challenge, options.challenge);
      const response = await authenticator.authenticate(again.options);
      const afterPasskey = await client.verifyStepUp({ stepUpId, factor: 'passkey', response });
      assert.equal(afterPasskey.verificationToken, undefined);
      assert.deepEqual(afterPasskey.factors.filter((f) => f.verified).map((f) => f.factor), ['passkey']);

      await client.sendStepUpCode({ stepUpId, channel: 'email' });
      const done = await client.verifyStepUp({ stepUpId, factor: 'email', code: await outboxCode(signed.who.email!, stepUpId) });
      assert.ok(done.verificationToken);
      await client.removePasskey({ id: passkey.id, verificationToken: done.verificationToken });
      assert.deepEqual((await client.getSecurityOverview({})).passkeys, []);
    });
  });
});
