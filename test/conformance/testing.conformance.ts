import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectProblem, serverNow, testing, uniqueEmail, uniquePhone } from './harness.js';

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
    await expectProblem(testing.advanceClock({ seconds: -1 }), 'validation_failed');
  });
});
