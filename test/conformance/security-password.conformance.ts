import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  LOCK_SECONDS,
  api,
  assertAbout,
  expectFieldRefused,
  expectProblem,
  identifierOf,
  serverNow,
  signIn,
  signedIn,
  testing,
  verifiedFor,
} from './harness.js';

/*
 * Changing the password while signed in (Security -> Password): the current password and a step-up, then every
 * other device is signed out and withdrawals stop for 24 hours, as after a reset.
 */

const NEW_PASSWORD = 'copper-meadow-violin-77';

describe('security: changing the password', () => {
  it('changes it: the old one stops working, other sessions end, this one goes on, withdrawals lock 24 h', async () => {
    const signed = await signedIn();
    const { api: client } = signed.session;
    const other = await signIn(signed.account);
    const before = await serverNow();
    const changed = await client.changePassword({
      currentPassword: signed.account.password,
      newPassword: NEW_PASSWORD,
      verificationToken: await verifiedFor(signed, 'change_password'),
    });
    assert.equal(changed.signedOutOtherSessions, true);
    assert.equal(changed.withdrawalLock.reason, 'password_change');
    assertAbout(changed.withdrawalLock.until, before, LOCK_SECONDS);

    const overview = await client.getSecurityOverview({});
    assert.deepEqual(overview.withdrawalLock, changed.withdrawalLock);
    assert.ok(overview.password, 'the overview says when the password was set');
    assertAbout(overview.password.changedAt, before, 0);
    await expectProblem(other.api.getSession({}), 'unauthenticated');

    const identifier = identifierOf(signed.account);
    await expectProblem(api().signIn({ identifier, password: signed.account.password }), 'invalid_credentials');
    assert.equal((await api().signIn({ identifier, password: NEW_PASSWORD })).status, 'signed_in');
  });

  it('[rule: token-order] checks the current password before the token, and spends the token only on success', async () => {
    const signed = await signedIn();
    const { api: client } = signed.session;
    const current = signed.account.password;
    // Its own check comes first, even without a token.
    await expectProblem(client.changePassword({ currentPassword: 'not-the-password-1', newPassword: NEW_PASSWORD }), 'invalid_credentials');
    await expectProblem(client.changePassword({ currentPassword: current, newPassword: NEW_PASSWORD }), 'step_up_required');
    const forOther = await verifiedFor(signed, 'disable_totp');
    await expectProblem(client.changePassword({ currentPassword: current, newPassword: NEW_PASSWORD, verificationToken: forOther }), 'verification_invalid');

    const token = await verifiedFor(signed, 'change_password');
    await expectProblem(
      client.changePassword({ currentPassword: 'not-the-password-1', newPassword: NEW_PASSWORD, verificationToken: token }),
      'invalid_credentials',
    );
    const weak = await expectProblem(
      client.changePassword({ currentPassword: current, newPassword: 'password123', verificationToken: token }),
      'password_too_weak',
    );
    assert.deepEqual(weak.fields, [{ path: 'newPassword', code: 'not_allowed' }]);
    await expectProblem(client.changePassword({ currentPassword: current, newPassword: current, verificationToken: token }), 'password_too_weak');
    await expectFieldRefused('changePassword', { currentPassword: current, newPassword: 'short', verificationToken: token }, 'newPassword', {
      token: signed.session.token,
    });
    // Every refusal left the token as it was.
    const done = await client.changePassword({ currentPassword: current, newPassword: NEW_PASSWORD, verificationToken: token });
    assert.equal(done.withdrawalLock.reason, 'password_change');
    await expectProblem(
      client.changePassword({ currentPassword: NEW_PASSWORD, newPassword: 'another-fine-passphrase', verificationToken: token }),
      'verification_invalid',
    );
  });

  it('limits wrong current passwords: after 5 in 15 minutes, rate_limited even for the right one', async () => {
    const signed = await signedIn();
    const { api: client } = signed.session;
    for (let i = 0; i < 5; i++) {
      await expectProblem(client.changePassword({ currentPassword: `guess-number-${i}`, newPassword: NEW_PASSWORD }), 'invalid_credentials');
    }
    const limited = await expectProblem(
      client.changePassword({ currentPassword: signed.account.password, newPassword: NEW_PASSWORD }),
      'rate_limited',
    );
    assert.ok(limited.retryAfter! > 0 && limited.retryAfter! <= 15 * 60);
    await testing.advanceClock({ seconds: limited.retryAfter! });
    await expectProblem(client.changePassword({ currentPassword: signed.account.password, newPassword: NEW_PASSWORD }), 'step_up_required');
  });
});
