import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DAY, api, byEmail, createAccount, expectProblem, seconds, signIn, testing, uniqueEmail } from './harness.js';

/*
 * "Lost authenticator" (FLOWS.md): account + password, a reason, a review within 1-3 business days, reported by
 * e-mail; approval removes the authenticator and locks withdrawals for 24 hours, rejection gives alternatives.
 */

/** An account with an authenticator (and nothing else as a second factor), plus its reset request input. */
async function lostAuthenticator() {
  const account = await createAccount({ phone: null, totp: true });
  const input = { identifier: byEmail(account.email!), password: account.password, reason: 'lost_device' as const };
  return { account, input };
}

describe('lost authenticator: 2FA reset', () => {
  describe('requestTwoFactorReset', () => {
    it('answers 202 pending with a status token and a review deadline 3 business days ahead', async () => {
      const { input } = await lostAuthenticator();
      const before = seconds((await testing.readClock({})).now);
      const request = await api().requestTwoFactorReset({ ...input, note: 'Phone fell into the sea.' });
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
    });

    it('wrong password and unknown account both answer invalid_credentials', async () => {
      const { input } = await lostAuthenticator();
      const wrong = await expectProblem(
        api().requestTwoFactorReset({ ...input, password: 'definitely-not-it' }),
        'invalid_credentials',
      );
      const unknown = await expectProblem(
        api().requestTwoFactorReset({ ...input, identifier: byEmail(uniqueEmail('nobody')) }),
        'invalid_credentials',
      );
      assert.equal(wrong.status, unknown.status);
      assert.equal(wrong.problem?.title, unknown.problem?.title);
    });

    it('an account without an authenticator is not_bound', async () => {
      const account = await createAccount({ phone: null });
      await expectProblem(
        api().requestTwoFactorReset({ identifier: byEmail(account.email!), password: account.password, reason: 'other' }),
        'not_bound',
      );
    });

    it('one pending request per account: request_pending', async () => {
      const { input } = await lostAuthenticator();
      await api().requestTwoFactorReset(input);
      await expectProblem(api().requestTwoFactorReset({ ...input, reason: 'app_deleted' }), 'request_pending');
    });

    it('refuses an unknown reason and a malformed contact e-mail', async () => {
      const { input } = await lostAuthenticator();
      await expectProblem(api().requestTwoFactorReset({ ...input, reason: 'bored' as 'other' }), 'validation_failed');
      const error = await expectProblem(
        api().requestTwoFactorReset({ ...input, contactEmail: 'not-an-address' }),
        'validation_failed',
      );
      assert.ok(error.fields.some((f) => f.path === 'contactEmail'));
    });

    it('limits password guessing per identifier: rate_limited with Retry-After', async () => {
      const { input } = await lostAuthenticator();
      for (let i = 0; i < 10; i++) {
        await expectProblem(api().requestTwoFactorReset({ ...input, password: `guess-${i}` }), 'invalid_credentials');
      }
      const error = await expectProblem(api().requestTwoFactorReset(input), 'rate_limited');
      assert.ok(error.retryAfter! > 0);
    });
  });

  describe('getTwoFactorResetStatus', () => {
    it('a wrong status token or an unknown request is not_found', async () => {
      const { input } = await lostAuthenticator();
      const request = await api().requestTwoFactorReset(input);
      await expectProblem(
        api().getTwoFactorResetStatus({ requestId: request.requestId, statusToken: 'guessed' }),
        'not_found',
      );
      await expectProblem(
        api().getTwoFactorResetStatus({ requestId: 'tfr_unknown', statusToken: request.statusToken }),
        'not_found',
      );
    });
  });

  describe('the review', () => {
    it('approval removes the authenticator, locks withdrawals 24 h, and reports by e-mail', async () => {
      const { account, input } = await lostAuthenticator();
      const contactEmail = uniqueEmail('contact');
      const request = await api().requestTwoFactorReset({ ...input, contactEmail });
      const decided = await testing.decideTwoFactorReset({ requestId: request.requestId, decision: 'approved' });
      assert.equal(decided.status, 'approved');
      assert.ok(decided.decidedAt);
      assert.equal(decided.rejectionReasons, undefined);

      const status = await api().getTwoFactorResetStatus({ requestId: request.requestId, statusToken: request.statusToken });
      assert.equal(status.status, 'approved');
      assert.equal(status.decidedAt, decided.decidedAt);

      // The authenticator is gone: the password alone signs in now.
      const signedIn = await api().signIn({ identifier: input.identifier, password: account.password });
      assert.equal(signedIn.status, 'signed_in');
      const { api: client } = await signIn(account);
      const overview = await client.getSecurityOverview({});
      assert.equal(overview.totp, null);
      assert.equal(overview.withdrawalLock?.reason, 'two_factor_change');
      const lock = seconds(overview.withdrawalLock!.until) - seconds(decided.decidedAt!);
      assert.ok(Math.abs(lock - DAY) <= 5, `lock of ${lock} s`);

      const mail = await testing.readOutbox({ to: contactEmail });
      assert.equal(mail.messages.length, 1, 'the decision is reported to the contact e-mail');

      // Nothing left to reset; and the lock ends after 24 hours.
      await expectProblem(api().requestTwoFactorReset(input), 'not_bound');
      await testing.advanceClock({ seconds: DAY + 1 });
      // A day is longer than a session must last: sign in again.
      const later = await signIn(account);
      assert.equal((await later.api.getSecurityOverview({})).withdrawalLock, null);
    });

    it('rejection lists reasons and alternatives, keeps the authenticator, and allows a new request', async () => {
      const { account, input } = await lostAuthenticator();
      const request = await api().requestTwoFactorReset(input);
      await expectProblem(
        testing.decideTwoFactorReset({ requestId: request.requestId, decision: 'rejected' }),
        'validation_failed',
      );
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
      assert.ok(status.alternatives && status.alternatives.length > 0);
      assert.ok(status.alternatives.includes('contact_support'));

      // The authenticator stays: signing in still asks for it.
      const signedIn = await api().signIn({ identifier: input.identifier, password: account.password });
      assert.equal(signedIn.status, 'second_factor_required');

      // A decided request cannot be decided again; a new request may be made.
      await expectProblem(
        testing.decideTwoFactorReset({ requestId: request.requestId, decision: 'approved' }),
        'not_found',
      );
      const again = await api().requestTwoFactorReset({ ...input, reason: 'app_deleted' });
      assert.notEqual(again.requestId, request.requestId);
      assert.equal(again.status, 'pending');
    });

    it('an unknown request cannot be decided', async () => {
      await expectProblem(testing.decideTwoFactorReset({ requestId: 'tfr_unknown', decision: 'approved' }), 'not_found');
    });
  });
});
