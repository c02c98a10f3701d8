import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DAY,
  LOCK_SECONDS,
  activeRecoveryPhrase,
  api,
  assertAbout,
  challengeOf,
  createAccount,
  expectFieldRefused,
  expectProblem,
  identifierOf,
  seconds,
  serverNow,
  signIn,
  signedIn,
  testing,
  totpCode,
  uniqueEmail,
} from './harness.js';

/*
 * "Lost authenticator" (FLOWS.md): the recovery phrase restores it at once; otherwise a request, reviewed within 1-3
 * business days and reported by e-mail; approval removes the authenticator and locks withdrawals for 24 hours,
 * rejection gives alternatives. Both ways take the challenge a sign-in answered: it proves the password.
 */

/** An account with an authenticator (and nothing else as a second factor), and the challenge of its sign-in. */
async function lostAuthenticator(spec: Parameters<typeof createAccount>[0] = {}) {
  const account = await createAccount({ phone: null, totp: true, ...spec });
  return { account, challengeId: (await challengeOf(account)).id };
}

describe('lost authenticator: 2FA reset', () => {
  describe('requestTwoFactorReset', () => {
    it('answers 202 pending with a status token and a review deadline 3 business days ahead', async () => {
      const { challengeId } = await lostAuthenticator();
      const before = seconds((await testing.readClock({})).now);
      const request = await api().requestTwoFactorReset({ challengeId, reason: 'lost_device', note: 'Phone fell into the sea.' });
      assert.equal(request.status, 'pending');
      assert.ok(request.requestId && request.statusToken);
      assert.ok(Math.abs(seconds(request.submittedAt) - before) <= 5);
      const reviewDays = (seconds(request.reviewBy) - seconds(request.submittedAt)) / DAY;
      assert.ok(reviewDays >= 3 && reviewDays <= 5, `review in ${reviewDays} days`);
      const weekday = new Date(request.reviewBy).getUTCDay();
      assert.ok(weekday >= 1 && weekday <= 5, 'the review deadline is a business day');

      const raw = await api().getTwoFactorResetStatus({ requestId: request.requestId, statusToken: request.statusToken });
      assert.equal(raw.status, 'pending');
      assert.equal(raw.reviewBy, request.reviewBy);
      assert.equal(raw.decidedAt, undefined);
      // The request used the challenge up.
      await expectProblem(api().requestTwoFactorReset({ challengeId, reason: 'other' }), 'challenge_expired');
    });

    it('[rule: no-password-oracle] takes only a live sign-in challenge, never a password', async () => {
      const { account } = await lostAuthenticator();
      await expectProblem(api().requestTwoFactorReset({ challengeId: 'chl_made_up', reason: 'other' }), 'challenge_expired');
      // A wrong password never gets a challenge: only signIn checks it, under its limits.
      await expectProblem(api().signIn({ identifier: identifierOf(account), password: 'not-the-password-1' }), 'invalid_credentials');
      // The challenge dies after 5 minutes, and so does the request it could make.
      const { id } = await challengeOf(account);
      await testing.advanceClock({ seconds: 5 * 60 + 1 });
      await expectProblem(api().requestTwoFactorReset({ challengeId: id, reason: 'other' }), 'challenge_expired');
    });

    it('an account without an authenticator is not_bound', async () => {
      const account = await createAccount({ smsTwoFactor: true });
      const { id } = await challengeOf(account);
      await expectProblem(api().requestTwoFactorReset({ challengeId: id, reason: 'other' }), 'not_bound');
    });

    it('one pending request per account: request_pending', async () => {
      const { account, challengeId } = await lostAuthenticator();
      await api().requestTwoFactorReset({ challengeId, reason: 'lost_device' });
      const { id } = await challengeOf(account);
      await expectProblem(api().requestTwoFactorReset({ challengeId: id, reason: 'app_deleted' }), 'request_pending');
    });

    it('refuses an unknown reason and a malformed contact e-mail, on the wire', async () => {
      const { challengeId } = await lostAuthenticator();
      await expectFieldRefused('requestTwoFactorReset', { challengeId, reason: 'bored' }, 'reason');
      await expectFieldRefused('requestTwoFactorReset', { challengeId, reason: 'other', contactEmail: 'not-an-address' }, 'contactEmail');
    });

    it('limits requests per account: the 11th in an hour is rate_limited with Retry-After', async () => {
      const { account, challengeId } = await lostAuthenticator();
      await api().requestTwoFactorReset({ challengeId, reason: 'lost_device' });
      const { id } = await challengeOf(account);
      for (let i = 0; i < 9; i++) await expectProblem(api().requestTwoFactorReset({ challengeId: id, reason: 'other' }), 'request_pending');
      const error = await expectProblem(api().requestTwoFactorReset({ challengeId: id, reason: 'other' }), 'rate_limited');
      assert.ok(error.retryAfter! > 0 && error.retryAfter! <= 3600);
    });
  });

  describe('getTwoFactorResetStatus', () => {
    it('a wrong status token or an unknown request is not_found', async () => {
      const { challengeId } = await lostAuthenticator();
      const request = await api().requestTwoFactorReset({ challengeId, reason: 'lost_device' });
      await expectProblem(api().getTwoFactorResetStatus({ requestId: request.requestId, statusToken: 'guessed' }), 'not_found');
      await expectProblem(api().getTwoFactorResetStatus({ requestId: 'tfr_unknown', statusToken: request.statusToken }), 'not_found');
    });
  });

  describe('the review', () => {
    it('approval removes the authenticator, locks withdrawals 24 h, and reports by e-mail', async () => {
      const { account, challengeId } = await lostAuthenticator();
      const contactEmail = uniqueEmail('contact');
      const request = await api().requestTwoFactorReset({ challengeId, reason: 'lost_device', contactEmail });
      const decided = await testing.decideTwoFactorReset({ requestId: request.requestId, decision: 'approved' });
      assert.equal(decided.status, 'approved');
      assert.ok(decided.decidedAt);
      assert.equal(decided.rejectionReasons, undefined);

      const status = await api().getTwoFactorResetStatus({ requestId: request.requestId, statusToken: request.statusToken });
      assert.equal(status.status, 'approved');
      assert.equal(status.decidedAt, decided.decidedAt);

      // The authenticator is gone: the password alone signs in now.
      const { api: client } = await signIn(account);
      const overview = await client.getSecurityOverview({});
      assert.equal(overview.totp, null);
      assert.equal(overview.withdrawalLock?.reason, 'two_factor_change');
      const lock = seconds(overview.withdrawalLock!.until) - seconds(decided.decidedAt!);
      assert.ok(Math.abs(lock - DAY) <= 5, `lock of ${lock} s`);

      const mail = await testing.readOutbox({ to: contactEmail });
      assert.equal(mail.messages.length, 1, 'the decision is reported to the contact e-mail');
      assert.equal(mail.messages[0]?.channel, 'email');
      assert.equal((await testing.readOutbox({ to: account.email! })).messages.length, 0, 'and nowhere else');

      await testing.advanceClock({ seconds: DAY + 1 });
      const later = await signIn(account);
      assert.equal((await later.api.getSecurityOverview({})).withdrawalLock, null);
    });

    it('reports to a phone-only account without a contact e-mail by SMS', async () => {
      const account = await createAccount({ email: null, totp: true });
      const request = await api().requestTwoFactorReset({ challengeId: (await challengeOf(account)).id, reason: 'phone_changed' });
      await testing.decideTwoFactorReset({ requestId: request.requestId, decision: 'approved' });
      const { messages } = await testing.readOutbox({ to: account.phone! });
      const decision = messages.filter((m) => m.purpose.includes(request.requestId));
      assert.equal(decision.length, 1, 'exactly one decision message');
      assert.equal(decision[0]?.channel, 'sms');
      assert.equal(decision[0]?.code, '');
    });

    it('rejection lists reasons and alternatives, keeps the authenticator, and allows a new request', async () => {
      const { account, challengeId } = await lostAuthenticator();
      const request = await api().requestTwoFactorReset({ challengeId, reason: 'lost_device' });
      await expectProblem(testing.decideTwoFactorReset({ requestId: request.requestId, decision: 'rejected' }), 'validation_failed');
      const decided = await testing.decideTwoFactorReset({
        requestId: request.requestId,
        decision: 'rejected',
        reasons: ['identity_not_confirmed', 'account_activity_mismatch'],
      });
      assert.equal(decided.status, 'rejected');

      const status = await api().getTwoFactorResetStatus({ requestId: request.requestId, statusToken: request.statusToken });
      assert.equal(status.status, 'rejected');
      assert.ok(status.decidedAt);
      assert.deepEqual([...(status.rejectionReasons ?? [])].sort(), ['account_activity_mismatch', 'identity_not_confirmed']);
      assert.ok(status.alternatives?.includes('contact_support'));
      assert.ok(status.alternatives?.includes('restore_from_recovery_phrase'));

      // The authenticator stays; a decided request cannot be decided again; a new request may be made.
      await expectProblem(testing.decideTwoFactorReset({ requestId: request.requestId, decision: 'approved' }), 'not_found');
      const again = await api().requestTwoFactorReset({ challengeId: (await challengeOf(account)).id, reason: 'app_deleted' });
      assert.notEqual(again.requestId, request.requestId);
      assert.equal(again.status, 'pending');
    });

    it('an unknown request cannot be decided', async () => {
      await expectProblem(testing.decideTwoFactorReset({ requestId: 'tfr_unknown', decision: 'approved' }), 'not_found');
    });
  });
});

describe('lost authenticator: restore with the recovery phrase', () => {
  /** A signed-in account with an authenticator and an active recovery phrase, then its sign-in challenge. */
  async function withPhrase() {
    const signed = await signedIn({ totp: true });
    const words = await activeRecoveryPhrase(signed);
    return { signed, words, challengeId: (await challengeOf(signed.account)).id };
  }
  const wrongWords = (words: string[]) => words.map((w, i) => (i === 0 ? (w === 'acorn' ? 'actor' : 'acorn') : w));

  it('signs in, removes the old authenticator, locks withdrawals and hands over a new setup to confirm at once', async () => {
    const { signed, words, challengeId } = await withPhrase();
    const before = await serverNow();
    const restored = await api().restoreAuthenticator({ challengeId, words: words.map((w) => ` ${w.toUpperCase()} `) });
    assert.equal(restored.status, 'signed_in');
    assert.equal(restored.session.user.id, signed.account.userId);
    assert.equal(restored.withdrawalLock.reason, 'two_factor_change');
    assertAbout(restored.withdrawalLock.until, before, LOCK_SECONDS);
    assert.ok(restored.session.token, 'bearer mode: the session token');

    const client = api(restored.session.token);
    const overview = await client.getSecurityOverview({});
    assert.equal(overview.totp, null, 'the lost authenticator is gone');
    assert.equal(overview.recoveryPhrase, null, 'the phrase is used up');
    // The new authenticator binds in the new session without a step-up.
    const done = await client.confirmTotpSetup({ setupId: restored.totpSetup.setupId, code: await totpCode(restored.totpSetup.secret) });
    assert.ok(done.recoveryPhrase, 'the used-up phrase is replaced by one issued with the binding');
    const asked = done.recoveryPhrase.confirmIndexes.map((index) => ({ index, word: done.recoveryPhrase!.words[index]! }));
    await client.confirmRecoveryPhrase({ phraseId: done.recoveryPhrase.phraseId, words: asked });
    assert.ok((await client.getSecurityOverview({})).recoveryPhrase, 'saved without a step-up');
    assert.ok((await client.getSecurityOverview({})).totp);

    // The challenge, and the phrase, worked once.
    await expectProblem(api().restoreAuthenticator({ challengeId, words }), 'challenge_expired');
    const next = await challengeOf({ ...signed.account, totpSecret: restored.totpSetup.secret });
    await expectProblem(api().restoreAuthenticator({ challengeId: next.id, words }), 'invalid_code');
  });

  it('cancels a pending reset request, which nobody decides any more', async () => {
    const { signed, words } = await withPhrase();
    const request = await api().requestTwoFactorReset({ challengeId: (await challengeOf(signed.account)).id, reason: 'lost_device' });
    await api().restoreAuthenticator({ challengeId: (await challengeOf(signed.account)).id, words });
    const status = await api().getTwoFactorResetStatus({ requestId: request.requestId, statusToken: request.statusToken });
    assert.equal(status.status, 'cancelled');
    assert.ok(status.decidedAt);
    await expectProblem(testing.decideTwoFactorReset({ requestId: request.requestId, decision: 'approved' }), 'not_found');
  });

  it('answers a wrong phrase and a missing one alike, counts them against the challenge, the 5th burns it', async () => {
    const { words, challengeId } = await withPhrase();
    const wrong = await expectProblem(api().restoreAuthenticator({ challengeId, words: wrongWords(words) }), 'invalid_code');
    assert.equal(wrong.problem.attemptsRemaining, 4);
    // An account without a phrase: the same answer, so it never tells whether a phrase exists.
    const bare = await lostAuthenticator();
    const none = await expectProblem(api().restoreAuthenticator({ challengeId: bare.challengeId, words }), 'invalid_code');
    assert.deepEqual({ ...none.problem, instance: undefined }, { ...wrong.problem, instance: undefined });
    for (let i = 0; i < 3; i++) await expectProblem(api().restoreAuthenticator({ challengeId, words: wrongWords(words) }), 'invalid_code');
    await expectProblem(api().restoreAuthenticator({ challengeId, words: wrongWords(words) }), 'too_many_attempts');
    await expectProblem(api().restoreAuthenticator({ challengeId, words }), 'challenge_expired');
  });

  it('needs an authenticator to restore, and a live challenge', async () => {
    const signed = await signedIn({ phone: null, emailTwoFactor: true });
    const words = await activeRecoveryPhrase(signed);
    const { id } = await challengeOf(signed.account);
    await expectProblem(api().restoreAuthenticator({ challengeId: id, words }), 'not_bound');
    await expectProblem(api().restoreAuthenticator({ challengeId: 'chl_made_up', words }), 'challenge_expired');
  });

  it('refuses a phrase that is not 12 words, on the wire', async () => {
    const { words, challengeId } = await withPhrase();
    await expectFieldRefused('restoreAuthenticator', { challengeId, words: words.slice(0, 11) }, 'words');
  });

  it('[rule: second-factor-limit] wrong phrases count with wrong codes: after 10, rate_limited whatever is sent', async () => {
    const { signed, words, challengeId } = await withPhrase();
    for (let i = 0; i < 4; i++) await expectProblem(api().restoreAuthenticator({ challengeId, words: wrongWords(words) }), 'invalid_code');
    await expectProblem(api().restoreAuthenticator({ challengeId, words: wrongWords(words) }), 'too_many_attempts');
    // A new challenge buys no new guesses: 5 more wrong codes, then even the right phrase is refused.
    const second = await challengeOf(signed.account);
    for (let i = 0; i < 4; i++) {
      await expectProblem(api().verifySignInCode({ challengeId: second.id, method: 'totp', code: await wrongTotp(signed.account.totpSecret!) }), 'invalid_code');
    }
    await expectProblem(api().verifySignInCode({ challengeId: second.id, method: 'totp', code: await wrongTotp(signed.account.totpSecret!) }), 'too_many_attempts');
    const third = await challengeOf(signed.account);
    const limited = await expectProblem(api().restoreAuthenticator({ challengeId: third.id, words }), 'rate_limited');
    assert.ok(limited.retryAfter! > 0 && limited.retryAfter! <= 15 * 60);
    await testing.advanceClock({ seconds: limited.retryAfter! });
    const fourth = await challengeOf(signed.account);
    assert.equal((await api().restoreAuthenticator({ challengeId: fourth.id, words })).status, 'signed_in');
  });
});

/** An authenticator code that is not the current one. */
async function wrongTotp(secret: string): Promise<string> {
  const right = await totpCode(secret);
  return right === '000000' ? '111111' : '000000';
}
