import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DAY,
  api,
  byEmail,
  captcha,
  createAccount,
  expectFieldRefused,
  expectProblem,
  outboxCode,
  seconds,
  signIn,
  testing,
  uniqueEmail,
} from './harness.js';

/*
 * "Forgot password" (FLOWS.md): robot check, a code by e-mail or SMS, a new password, 24 hours without
 * withdrawals. Every test uses fresh accounts, since the limits count per identifier.
 */

const NEW_PASSWORD = 'violet-harbour-lantern-42';

const byPhone = (phone: string) => ({ type: 'phone' as const, phone });
const unknownEmail = (): string => uniqueEmail('nobody');
const now = async (): Promise<number> => seconds((await testing.readClock({})).now);

/** Starts a reset for `email`, sends the e-mail code and confirms it. */
async function verifiedReset(email: string): Promise<string> {
  const { resetId } = await api().startPasswordReset({ identifier: byEmail(email), captchaToken: await captcha() });
  await api().sendPasswordResetCode({ resetId, channel: 'email' });
  const code = await outboxCode(email, resetId);
  assert.deepEqual(await api().verifyPasswordResetCode({ resetId, code }), { verified: true });
  return resetId;
}

describe('password reset', () => {
  describe('startPasswordReset', () => {
    it('needs a captcha token: none is captcha_required, a made-up or spent one captcha_invalid', async () => {
      const account = await createAccount({ phone: null });
      const identifier = byEmail(account.email!);
      await expectProblem(api().startPasswordReset({ identifier }), 'captcha_required');
      await expectProblem(api().startPasswordReset({ identifier, captchaToken: 'not-a-real-token' }), 'captcha_invalid');
      const token = await captcha();
      await api().startPasswordReset({ identifier, captchaToken: token });
      await expectProblem(api().startPasswordReset({ identifier, captchaToken: token }), 'captcha_invalid');
    });

    it('[rule: no-enumeration] offers every identifier of a type the same channels: its own masked, the other blind', async () => {
      const full = await createAccount();
      const mailOnly = await createAccount({ phone: null });
      const before = await now();
      const starts = [];
      for (const email of [full.email!, mailOnly.email!, unknownEmail()]) {
        starts.push(await api().startPasswordReset({ identifier: byEmail(email), captchaToken: await captcha() }));
      }
      for (const [i, reset] of starts.entries()) {
        assert.deepEqual(reset.channels.map((c) => c.channel), ['email', 'sms'], `reset ${i}`);
        assert.match(reset.channels[0]!.destination ?? '', /•.*@example\.com$/, 'the typed identifier, masked');
        assert.equal(reset.channels[1]!.destination, null, 'the other channel shows nothing of the account');
      }
      assert.notEqual(starts[0]!.channels[0]!.destination, full.email);
      const ttl = seconds(starts[0]!.expiresAt) - before;
      assert.ok(ttl >= 29 * 60 && ttl <= 31 * 60, `reset lives ${ttl} s`);

      const byPhoneReset = await api().startPasswordReset({ identifier: byPhone(full.phone!), captchaToken: await captcha() });
      assert.deepEqual(byPhoneReset.channels.map((c) => c.channel), ['sms', 'email']);
      assert.ok(byPhoneReset.channels[0]!.destination?.endsWith(full.phone!.slice(-2)));
      assert.equal(byPhoneReset.channels[1]!.destination, null);
    });

    it('[rule: no-enumeration] a channel the account lacks answers alike and reaches nobody', async () => {
      const account = await createAccount({ phone: null });
      const { resetId } = await api().startPasswordReset({ identifier: byEmail(account.email!), captchaToken: await captcha() });
      const sms = await api().sendPasswordResetCode({ resetId, channel: 'sms' });
      assert.equal(sms.channel, 'sms');
      assert.equal(sms.sentTo, null);
      assert.equal(sms.resendAfter, 60);
      // The spacing is that of the reset, whichever channel: a send to the e-mail now is too soon.
      await expectProblem(api().sendPasswordResetCode({ resetId, channel: 'email' }), 'resend_too_soon');
      const delivered = (await testing.readOutbox({})).messages.filter((m) => m.purpose.includes(resetId));
      assert.deepEqual(delivered, [], 'nothing was sent');
    });

    it('allows 5 starts per identifier per hour, then rate_limited with Retry-After', async () => {
      const account = await createAccount({ phone: null });
      const identifier = byEmail(account.email!);
      for (let i = 0; i < 5; i++) await api().startPasswordReset({ identifier, captchaToken: await captcha() });
      const error = await expectProblem(api().startPasswordReset({ identifier, captchaToken: await captcha() }), 'rate_limited');
      assert.ok(error.retryAfter! > 0 && error.retryAfter! <= 3600, `retryAfter ${error.retryAfter}`);
      await testing.advanceClock({ seconds: 3600 });
      await api().startPasswordReset({ identifier, captchaToken: await captcha() });
    });

    it('refuses a malformed identifier, on the wire', async () => {
      await expectFieldRefused('startPasswordReset', { identifier: byEmail('not an address'), captchaToken: await captcha() }, 'identifier.email');
      await expectFieldRefused('startPasswordReset', { identifier: { type: 'phone', phone: '0701234567' }, captchaToken: 'x' }, 'identifier.phone');
    });
  });

  describe('an unknown identifier is indistinguishable from an e-mail-only account', () => {
    it('same answers at every step, but no code is ever delivered and it never verifies', async () => {
      const real = await createAccount({ phone: null });
      const ghost = unknownEmail();
      const walk = async (email: string) => {
        const started = await api().startPasswordReset({ identifier: byEmail(email), captchaToken: await captcha() });
        const sent = await api().sendPasswordResetCode({ resetId: started.resetId, channel: 'email' });
        const resend = await expectProblem(
          api().sendPasswordResetCode({ resetId: started.resetId, channel: 'email' }),
          'resend_too_soon',
        );
        const sms = await expectProblem(
          api().sendPasswordResetCode({ resetId: started.resetId, channel: 'sms' }),
          'resend_too_soon',
        );
        const wrong = await expectProblem(
          api().verifyPasswordResetCode({ resetId: started.resetId, code: '000000' }),
          'invalid_code',
        );
        const early = await expectProblem(
          api().completePasswordReset({ resetId: started.resetId, newPassword: NEW_PASSWORD }),
          'reset_not_verified',
        );
        return { started, sent, resend, sms, wrong, early };
      };
      const a = await walk(real.email!);
      const b = await walk(ghost);

      assert.deepEqual(Object.keys(b.started).sort(), Object.keys(a.started).sort());
      assert.deepEqual(b.started.channels.map((c) => c.channel), a.started.channels.map((c) => c.channel));
      assert.match(b.started.channels[0]!.destination ?? '', /•/);
      assert.deepEqual(b.started.channels.map((c) => c.destination === null), a.started.channels.map((c) => c.destination === null));
      assert.deepEqual(Object.keys(b.sent).sort(), Object.keys(a.sent).sort());
      assert.equal(b.sent.resendAfter, a.sent.resendAfter);
      assert.equal(b.resend.status, a.resend.status);
      assert.equal(b.sms.status, a.sms.status);
      assert.equal(b.wrong.problem?.attemptsRemaining, a.wrong.problem?.attemptsRemaining);
      assert.equal(b.early.status, a.early.status);

      const delivered = await testing.readOutbox({ to: ghost });
      assert.equal(delivered.messages.length, 0, 'nothing is sent to an address without an account');
    });

    it('five wrong codes burn a decoy reset like a real one', async () => {
      const { resetId } = await api().startPasswordReset({ identifier: byEmail(unknownEmail()), captchaToken: await captcha() });
      await api().sendPasswordResetCode({ resetId, channel: 'email' });
      for (let i = 0; i < 4; i++) await expectProblem(api().verifyPasswordResetCode({ resetId, code: '123456' }), 'invalid_code');
      await expectProblem(api().verifyPasswordResetCode({ resetId, code: '123456' }), 'too_many_attempts');
    });
  });

  describe('sendPasswordResetCode', () => {
    it('sends the code to the chosen channel: the other one reaches the account\'s phone, with no destination shown', async () => {
      const account = await createAccount();
      const { resetId } = await api().startPasswordReset({ identifier: byEmail(account.email!), captchaToken: await captcha() });
      const sent = await api().sendPasswordResetCode({ resetId, channel: 'sms' });
      assert.equal(sent.channel, 'sms');
      assert.equal(sent.resendAfter, 60);
      assert.equal(sent.sentTo, null);
      const code = await outboxCode(account.phone!, resetId);
      assert.match(code, /^\d{6}$/);
      assert.deepEqual(await api().verifyPasswordResetCode({ resetId, code }), { verified: true });
      const own = await api().startPasswordReset({ identifier: byEmail(account.email!), captchaToken: await captcha() });
      const mail = await api().sendPasswordResetCode({ resetId: own.resetId, channel: 'email' });
      assert.equal(mail.sentTo, own.channels[0]!.destination);
    });

    it('a resend within 60 s is resend_too_soon (429, Retry-After); after it, a new code replaces the old', async () => {
      const account = await createAccount({ phone: null });
      const { resetId } = await api().startPasswordReset({ identifier: byEmail(account.email!), captchaToken: await captcha() });
      await api().sendPasswordResetCode({ resetId, channel: 'email' });
      const first = await outboxCode(account.email!, resetId);
      const error = await expectProblem(api().sendPasswordResetCode({ resetId, channel: 'email' }), 'resend_too_soon');
      assert.ok(error.retryAfter! >= 1 && error.retryAfter! <= 60);
      await testing.advanceClock({ seconds: 61 });
      await api().sendPasswordResetCode({ resetId, channel: 'email' });
      const second = await outboxCode(account.email!, resetId);
      if (first !== second) {
        await expectProblem(api().verifyPasswordResetCode({ resetId, code: first }), 'invalid_code');
      }
      assert.deepEqual(await api().verifyPasswordResetCode({ resetId, code: second }), { verified: true });
    });

    it('an unknown or timed-out reset is challenge_expired', async () => {
      await expectProblem(api().sendPasswordResetCode({ resetId: 'rst_unknown', channel: 'email' }), 'challenge_expired');
      const account = await createAccount({ phone: null });
      const { resetId } = await api().startPasswordReset({ identifier: byEmail(account.email!), captchaToken: await captcha() });
      await testing.advanceClock({ seconds: 30 * 60 + 1 });
      await expectProblem(api().sendPasswordResetCode({ resetId, channel: 'email' }), 'challenge_expired');
    });
  });

  describe('verifyPasswordResetCode', () => {
    it('a wrong code says how many tries are left; the 5th burns the reset', async () => {
      const account = await createAccount({ phone: null });
      const { resetId } = await api().startPasswordReset({ identifier: byEmail(account.email!), captchaToken: await captcha() });
      await api().sendPasswordResetCode({ resetId, channel: 'email' });
      const right = await outboxCode(account.email!, resetId);
      const wrong = right === '000000' ? '111111' : '000000';
      for (let left = 4; left >= 1; left--) {
        const error = await expectProblem(api().verifyPasswordResetCode({ resetId, code: wrong }), 'invalid_code');
        assert.equal(error.problem?.attemptsRemaining, left);
      }
      await expectProblem(api().verifyPasswordResetCode({ resetId, code: wrong }), 'too_many_attempts');
      await expectProblem(api().verifyPasswordResetCode({ resetId, code: right }), 'challenge_expired');
    });

    it('a code older than 10 minutes is code_expired', async () => {
      const account = await createAccount({ phone: null });
      const { resetId } = await api().startPasswordReset({ identifier: byEmail(account.email!), captchaToken: await captcha() });
      await api().sendPasswordResetCode({ resetId, channel: 'email' });
      const code = await outboxCode(account.email!, resetId);
      await testing.advanceClock({ seconds: 10 * 60 + 1 });
      await expectProblem(api().verifyPasswordResetCode({ resetId, code }), 'code_expired');
    });

    it('a code that is not 6 digits is validation_failed, on the wire', async () => {
      for (const code of ['12ab', '12345', '1234567']) await expectFieldRefused('verifyPasswordResetCode', { resetId: 'rst_x', code }, 'code');
    });
  });

  describe('completePasswordReset', () => {
    it('before the code is confirmed: reset_not_verified', async () => {
      const account = await createAccount({ phone: null });
      const { resetId } = await api().startPasswordReset({ identifier: byEmail(account.email!), captchaToken: await captcha() });
      await expectProblem(api().completePasswordReset({ resetId, newPassword: NEW_PASSWORD }), 'reset_not_verified');
    });

    it('refuses weak passwords with a field error on newPassword, and short ones by schema', async () => {
      const account = await createAccount({ phone: null });
      const resetId = await verifiedReset(account.email!);
      // A common password (every backend's list holds this one) and one containing the e-mail's local part.
      for (const newPassword of ['password123', `${account.email!.split('@')[0]}-2024!`]) {
        const error = await expectProblem(api().completePasswordReset({ resetId, newPassword }), 'password_too_weak');
        assert.deepEqual(error.fields, [{ path: 'newPassword', code: 'not_allowed' }]);
      }
      await expectFieldRefused('completePasswordReset', { resetId, newPassword: 'short' }, 'newPassword');
      await expectFieldRefused('completePasswordReset', { resetId, newPassword: 'x'.repeat(129) }, 'newPassword');
      // The refusals did not use the reset up.
      await api().completePasswordReset({ resetId, newPassword: NEW_PASSWORD });
    });

    it('sets the password, ends every session, and locks withdrawals for exactly 24 hours', async () => {
      const account = await createAccount();
      const old = await signIn(account);
      const resetId = await verifiedReset(account.email!);
      const before = await now();
      const done = await api().completePasswordReset({ resetId, newPassword: NEW_PASSWORD });
      assert.equal(done.signedOutOtherSessions, true);
      assert.equal(done.withdrawalLock.reason, 'password_reset');
      const lockSeconds = seconds(done.withdrawalLock.until) - before;
      assert.ok(lockSeconds >= DAY - 5 && lockSeconds <= DAY + 5, `lock of ${lockSeconds} s`);

      await expectProblem(old.api.getSession({}), 'unauthenticated');
      await expectProblem(
        api().signIn({ identifier: byEmail(account.email!), password: account.password }),
        'invalid_credentials',
      );
      const fresh = await signIn({ ...account, password: NEW_PASSWORD });
      const overview = await fresh.api.getSecurityOverview({});
      assert.deepEqual(overview.withdrawalLock, done.withdrawalLock);

      // The reset is used up.
      await expectProblem(api().completePasswordReset({ resetId, newPassword: 'another-fine-passphrase' }), 'challenge_expired');

      await testing.advanceClock({ seconds: DAY + 1 });
      const later = await signIn({ ...account, password: NEW_PASSWORD });
      assert.equal((await later.api.getSecurityOverview({})).withdrawalLock, null);
    });

    it('an unknown reset is challenge_expired', async () => {
      await expectProblem(api().completePasswordReset({ resetId: 'rst_unknown', newPassword: NEW_PASSWORD }), 'challenge_expired');
    });
  });
});
