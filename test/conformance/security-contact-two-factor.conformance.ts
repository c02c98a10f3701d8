import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  LOCK_SECONDS,
  assertAbout,
  challengeOf,
  expectProblem,
  serverNow,
  signedIn,
  uniqueEmail,
  uniquePhone,
  verifiedFor,
} from './harness.js';

/*
 * `setContactTwoFactor`: the switch beside a bound e-mail or phone. Its rules are checked before the token (so a
 * refused change costs no step-up), turning codes off locks withdrawals, and the `change_email` prerequisite
 * reads the switch ("authenticator and SMS enabled"), not only whether a phone is bound.
 */
describe('security: e-mail and SMS codes on or off', () => {
  it('answers not_bound for a kind nothing is bound to, before the token', async () => {
    const signed = await signedIn({ totp: true });
    await expectProblem(signed.session.api.setContactTwoFactor({ kind: 'phone', enabled: false, verificationToken: 'x' }), 'not_bound');
    await expectProblem(signed.session.api.setContactTwoFactor({ kind: 'phone', enabled: true, verificationToken: 'x' }), 'not_bound');
  });

  it('refuses to turn off the only second factor (last_factor), before the token', async () => {
    const smsOnly = await signedIn({ phone: uniquePhone(), smsTwoFactor: true });
    await expectProblem(smsOnly.session.api.setContactTwoFactor({ kind: 'phone', enabled: false, verificationToken: 'x' }), 'last_factor');
    const emailOnly = await signedIn({ emailTwoFactor: true });
    await expectProblem(emailOnly.session.api.setContactTwoFactor({ kind: 'email', enabled: false }), 'last_factor');
    assert.equal((await emailOnly.session.api.getSecurityOverview({})).email?.twoFactor, true, 'still on');
  });

  it('needs a token for this very action: off and on are separate actions, per kind', async () => {
    const signed = await signedIn({ phone: uniquePhone(), totp: true, smsTwoFactor: true });
    const { api: client } = signed.session;
    const missing = await expectProblem(client.setContactTwoFactor({ kind: 'phone', enabled: false }), 'step_up_required');
    assert.deepEqual(missing.problem?.required, ['disable_phone_two_factor']);
    await expectProblem(client.setContactTwoFactor({ kind: 'phone', enabled: false, verificationToken: 'not-a-token' }), 'verification_invalid');
    const forEmail = await verifiedFor(signed, 'disable_email_two_factor');
    await expectProblem(client.setContactTwoFactor({ kind: 'phone', enabled: false, verificationToken: forEmail }), 'verification_invalid');
    const forOn = await verifiedFor(signed, 'enable_phone_two_factor');
    await expectProblem(client.setContactTwoFactor({ kind: 'phone', enabled: false, verificationToken: forOn }), 'verification_invalid');
    assert.equal((await client.getSecurityOverview({})).phone?.twoFactor, true, 'nothing changed');
  });

  it('turns SMS codes off: withdrawals locked 24 h, sign-in stops offering SMS, the e-mail cannot change; and on again', async () => {
    const signed = await signedIn({ phone: uniquePhone(), totp: true, smsTwoFactor: true });
    const { api: client } = signed.session;
    const token = await verifiedFor(signed, 'disable_phone_two_factor');
    const before = await serverNow();
    const off = await client.setContactTwoFactor({ kind: 'phone', enabled: false, verificationToken: token });
    assert.equal(off.twoFactor, false);
    assert.equal(off.withdrawalLock?.reason, 'two_factor_change');
    assertAbout(off.withdrawalLock?.until, before, LOCK_SECONDS);
    const overview = await client.getSecurityOverview({});
    assert.equal(overview.phone?.twoFactor, false);
    assert.ok(overview.phone, 'the phone stays bound');
    assert.deepEqual(overview.withdrawalLock, off.withdrawalLock);
    await expectProblem(client.setContactTwoFactor({ kind: 'phone', enabled: true, verificationToken: token }), 'verification_invalid');

    const challenge = await challengeOf({ ...signed.account, phone: signed.who.phone });
    assert.ok(!challenge.methods.includes('sms'), `sign-in offers ${challenge.methods.join(', ')}`);
    const needs = await expectProblem(
      client.startContactBinding({ kind: 'email', value: uniqueEmail('needs-sms'), verificationToken: 'x' }),
      'prerequisite_missing',
    );
    assert.deepEqual(needs.problem?.required, ['sms']);

    const on = await client.setContactTwoFactor({
      kind: 'phone',
      enabled: true,
      verificationToken: await verifiedFor(signed, 'enable_phone_two_factor'),
    });
    assert.equal(on.twoFactor, true);
    assert.deepEqual(on.withdrawalLock, off.withdrawalLock, 'turning codes on sets no lock of its own');
    assert.ok((await challengeOf({ ...signed.account, phone: signed.who.phone })).methods.includes('sms'));
  });

  it('turns e-mail codes on without a lock; asking for the setting in place changes nothing and needs no token', async () => {
    const signed = await signedIn({ totp: true });
    const { api: client } = signed.session;
    assert.equal((await client.getSecurityOverview({})).email?.twoFactor, false);
    const same = await client.setContactTwoFactor({ kind: 'email', enabled: false });
    assert.deepEqual(same, { twoFactor: false, withdrawalLock: null });

    const on = await client.setContactTwoFactor({
      kind: 'email',
      enabled: true,
      verificationToken: await verifiedFor(signed, 'enable_email_two_factor'),
    });
    assert.deepEqual(on, { twoFactor: true, withdrawalLock: null });
    assert.ok((await challengeOf(signed.account)).methods.includes('email'));
    assert.deepEqual(await client.setContactTwoFactor({ kind: 'email', enabled: true }), { twoFactor: true, withdrawalLock: null });
  });
});
