import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { api, expectFieldRefused, expectProblem, serverNow, testing, uniqueEmail, uniquePhone } from './harness.js';

/*
 * The testing rows themselves (CONTRACT.md, Testing mode): every other suite builds on them, so what they promise
 * is checked here, refusals included.
 */

describe('testing mode: fixtures', () => {
  it('createTestAccount answers what it made, unmasked, and refuses an e-mail or phone another account has', async () => {
    const email = uniqueEmail('fixture');
    const phone = uniquePhone();
    const made = await testing.createTestAccount({
      email,
      phone,
      password: 'fixture-password-1',
      displayName: 'Fixture Person',
      smsTwoFactor: true,
      kycLevel: 1,
    });
    assert.ok(made.userId);
    assert.deepEqual(
      { ...made, userId: '' },
      {
        userId: '',
        displayName: 'Fixture Person',
        email,
        phone,
        password: 'fixture-password-1',
        totpSecret: null,
        smsTwoFactor: true,
        emailTwoFactor: false,
        kycLevel: 1,
      },
    );
    await expectProblem(testing.createTestAccount({ email }), 'identifier_taken');
    // E-mail addresses are compared without regard to case (CONTRACT.md, Formats).
    await expectProblem(testing.createTestAccount({ email: email.toUpperCase() }), 'identifier_taken');
    await expectProblem(testing.createTestAccount({ phone }), 'identifier_taken');
  });

  it('linkSocialIdentity answers not_found for an account that does not exist', async () => {
    await expectProblem(
      testing.linkSocialIdentity({ userId: 'usr_nobody_at_all', provider: 'apple', subject: 'a-nobody' }),
      'not_found',
    );
  });

  it('advanceClock moves the clock forward by whole seconds, and readClock follows', async () => {
    const before = await serverNow();
    const { now } = await testing.advanceClock({ seconds: 90 });
    const moved = Date.parse(now) - before;
    assert.ok(moved >= 90_000 && moved <= 95_000, `moved ${moved} ms`);
    assert.ok((await serverNow()) >= Date.parse(now));
    await expectFieldRefused('advanceClock', { seconds: -1 }, 'seconds');
    await expectFieldRefused('advanceClock', { seconds: 1.5 }, 'seconds');
  });
});

describe('testing mode: sessions without factors', () => {
  it('createTestSession signs in an account as a passkey would, and answers not_found for an unknown one', async () => {
    const made = await testing.createTestAccount({ email: uniqueEmail('passwordless'), passwordless: true });
    assert.equal(made.password, null, 'a passwordless account has no password');
    const { token, expiresAt } = await testing.createTestSession({ userId: made.userId });
    assert.ok(Date.parse(expiresAt) > (await serverNow()));
    const session = await api(token).getSession({});
    assert.equal(session.user.id, made.userId);
    await expectProblem(testing.createTestSession({ userId: 'usr_nobody_at_all' }), 'not_found');
  });
});
