import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  COOLDOWN_SECONDS,
  LOCK_SECONDS,
  api,
  assertAbout,
  expectFieldRefused,
  expectProblem,
  outboxCode,
  serverNow,
  signInAgain,
  signedIn,
  testing,
  uniqueEmail,
  uniquePhone,
  verifiedFor,
  type Signed,
} from './harness.js';

/** Binds (or changes) a contact through the whole flow and returns the overview the confirmation answers. */
async function bind(signed: Signed, kind: 'email' | 'phone', value: string) {
  const { api: client } = signed.session;
  const current = kind === 'email' ? signed.who.email : signed.who.phone;
  const verificationToken = await verifiedFor(signed, `${current ? 'change' : 'bind'}_${kind}` as const);
  const started = await client.startContactBinding({ kind, value, verificationToken });
  assert.equal(started.channel, kind === 'email' ? 'email' : 'sms');
  assert.notEqual(started.sentTo, value, 'the destination is masked');
  const code = await outboxCode(value, started.bindingId);
  const result = await client.confirmContactBinding({ bindingId: started.bindingId, code });
  if (kind === 'email') signed.who.email = value;
  else signed.who.phone = value;
  return result;
}

describe('security: overview', () => {
  it('describes a fresh account: masked e-mail, nothing else bound, no lock', async () => {
    const signed = await signedIn();
    const overview = await signed.session.api.getSecurityOverview({});
    assert.ok(overview.email);
    assert.notEqual(overview.email.address, signed.who.email, 'the address is masked');
    assert.equal(overview.phone, null);
    assert.equal(overview.totp, null);
    assert.deepEqual(overview.passkeys, []);
    assert.equal(overview.recoveryPhrase, null);
    assert.equal(overview.withdrawalLock, null);
  });

  it('needs a session', async () => {
    await expectProblem(api().getSecurityOverview({}), 'unauthenticated');
  });
});

describe('security: binding and changing e-mail or phone', () => {
  it('binds a phone with a code sent to it, turns SMS 2FA on and locks withdrawals for 24 h', async () => {
    const signed = await signedIn();
    const phone = uniquePhone();
    const before = await serverNow();
    const overview = await bind(signed, 'phone', phone);
    assert.ok(overview.phone);
    assert.equal(overview.phone.twoFactor, true);
    assert.ok(overview.phone.number.endsWith(phone.slice(-2)));
    assert.notEqual(overview.phone.number, phone);
    assert.equal(overview.withdrawalLock?.reason, 'contact_change');
    assertAbout(overview.withdrawalLock?.until, before, LOCK_SECONDS);

    await testing.advanceClock({ seconds: LOCK_SECONDS - 120 });
    await signInAgain(signed);
    assert.ok((await signed.session.api.getSecurityOverview({})).withdrawalLock, 'still locked before 24 h');
    await testing.advanceClock({ seconds: 180 });
    assert.equal((await signed.session.api.getSecurityOverview({})).withdrawalLock, null, 'lifted after 24 h');
  });

  it('refuses without a token, with a token for another action, and a token twice', async () => {
    const signed = await signedIn();
    const { api: client } = signed.session;
    const value = uniquePhone();
    await expectProblem(client.startContactBinding({ kind: 'phone', value }), 'step_up_required');

    const wrongAction = await verifiedFor(signed, 'bind_email');
    await expectProblem(client.startContactBinding({ kind: 'phone', value, verificationToken: wrongAction }), 'verification_invalid');

    const token = await verifiedFor(signed, 'bind_phone');
    await client.startContactBinding({ kind: 'phone', value, verificationToken: token });
    await testing.advanceClock({ seconds: 61 });
    await expectProblem(client.startContactBinding({ kind: 'phone', value, verificationToken: token }), 'verification_invalid');
  });

  it('refuses a value that does not match its kind, on the wire, before the token is looked at', async () => {
    const signed = await signedIn();
    const { token } = signed.session;
    const cases = [
      ['phone', 'not-a-number'],
      ['phone', uniqueEmail('as-phone')],
      ['email', uniquePhone()],
      ['email', 'not an address'],
    ] as const;
    for (const [kind, value] of cases) {
      await expectFieldRefused('startContactBinding', { kind, value, verificationToken: 'x' }, 'value', { token });
    }
    // With a good token the refusal leaves it unspent.
    const good = await verifiedFor(signed, 'bind_phone');
    await expectFieldRefused('startContactBinding', { kind: 'phone', value: uniqueEmail('typo'), verificationToken: good }, 'value', { token });
    const started = await signed.session.api.startContactBinding({ kind: 'phone', value: uniquePhone(), verificationToken: good });
    assert.ok(started.bindingId);
  });

  it('limits starts to 10 an hour (each answer tells whether an address is free), before the token', async () => {
    const signed = await signedIn();
    const { api: client } = signed.session;
    for (let i = 0; i < 10; i++) {
      await expectProblem(client.startContactBinding({ kind: 'phone', value: uniquePhone(), verificationToken: 'x' }), 'verification_invalid');
    }
    const limited = await expectProblem(client.startContactBinding({ kind: 'phone', value: uniquePhone(), verificationToken: 'x' }), 'rate_limited');
    assert.ok(limited.retryAfter! > 0 && limited.retryAfter! <= 3600);
  });

  it('refuses a resend within 60 s before spending the token', async () => {
    const signed = await signedIn();
    const { api: client } = signed.session;
    const value = uniquePhone();
    await client.startContactBinding({ kind: 'phone', value, verificationToken: await verifiedFor(signed, 'bind_phone') });
    const token = await verifiedFor(signed, 'bind_phone');
    // This account has no authenticator, so the step-up took no clock steps: still within the 60 s.
    const early = await expectProblem(client.startContactBinding({ kind: 'phone', value, verificationToken: token }), 'resend_too_soon');
    assert.ok((early.retryAfter ?? 0) > 0);
    await testing.advanceClock({ seconds: 61 });
    const again = await client.startContactBinding({ kind: 'phone', value, verificationToken: token });
    assert.ok(again.bindingId);
  });

  it('counts wrong codes, burns the binding after five and answers unknown bindings as expired', async () => {
    const signed = await signedIn();
    const { api: client } = signed.session;
    const value = uniquePhone();
    const { bindingId } = await client.startContactBinding({
      kind: 'phone',
      value,
      verificationToken: await verifiedFor(signed, 'bind_phone'),
    });
    const right = await outboxCode(value, bindingId);
    const wrong = right === '000000' ? '111111' : '000000';
    const first = await expectProblem(client.confirmContactBinding({ bindingId, code: wrong }), 'invalid_code');
    assert.equal(first.problem?.attemptsRemaining, 4);
    for (let i = 0; i < 3; i++) await expectProblem(client.confirmContactBinding({ bindingId, code: wrong }), 'invalid_code');
    await expectProblem(client.confirmContactBinding({ bindingId, code: wrong }), 'too_many_attempts');
    await expectProblem(client.confirmContactBinding({ bindingId, code: right }), 'challenge_expired');
    await expectProblem(client.confirmContactBinding({ bindingId: 'bnd_nope', code: right }), 'challenge_expired');
    assert.equal((await client.getSecurityOverview({})).phone, null);
  });

  it('refuses a binding confirmed after its code expired', async () => {
    const signed = await signedIn();
    const { api: client } = signed.session;
    const value = uniquePhone();
    const started = await client.startContactBinding({ kind: 'phone', value, verificationToken: await verifiedFor(signed, 'bind_phone') });
    const code = await outboxCode(value, started.bindingId);
    await testing.advanceClock({ seconds: 10 * 60 + 1 });
    await expectProblem(client.confirmContactBinding({ bindingId: started.bindingId, code }), 'challenge_expired');
  });

  it('refuses a confirmation once another account has bound the value meanwhile (identifier_taken)', async () => {
    const first = await signedIn();
    const second = await signedIn();
    const value = uniquePhone();
    const mine = await first.session.api.startContactBinding({
      kind: 'phone',
      value,
      verificationToken: await verifiedFor(first, 'bind_phone'),
    });
    // Nobody has the number yet, so both may start; the codes go to the same phone, told apart by binding id.
    const theirs = await second.session.api.startContactBinding({
      kind: 'phone',
      value,
      verificationToken: await verifiedFor(second, 'bind_phone'),
    });
    await first.session.api.confirmContactBinding({ bindingId: mine.bindingId, code: await outboxCode(value, mine.bindingId) });
    await expectProblem(
      second.session.api.confirmContactBinding({ bindingId: theirs.bindingId, code: await outboxCode(value, theirs.bindingId) }),
      'identifier_taken',
    );
    assert.equal((await second.session.api.getSecurityOverview({})).phone, null);
    assert.ok((await first.session.api.getSecurityOverview({})).phone);
  });

  it('refuses a binding from another session', async () => {
    const owner = await signedIn();
    const other = await signedIn();
    const value = uniquePhone();
    const { bindingId } = await owner.session.api.startContactBinding({
      kind: 'phone',
      value,
      verificationToken: await verifiedFor(owner, 'bind_phone'),
    });
    const code = await outboxCode(value, bindingId);
    await expectProblem(other.session.api.confirmContactBinding({ bindingId, code }), 'challenge_expired');
  });

  it('changing the e-mail needs an authenticator and SMS first', async () => {
    const bare = await signedIn();
    const none = await expectProblem(
      bare.session.api.startContactBinding({ kind: 'email', value: uniqueEmail(), verificationToken: 'x' }),
      'prerequisite_missing',
    );
    assert.deepEqual([...(none.problem?.required ?? [])].sort(), ['sms', 'totp']);

    const withTotp = await signedIn({ totp: true });
    const smsOnly = await expectProblem(
      withTotp.session.api.startContactBinding({ kind: 'email', value: uniqueEmail(), verificationToken: 'x' }),
      'prerequisite_missing',
    );
    assert.deepEqual(smsOnly.problem?.required, ['sms']);
  });

  it('refuses the value already bound, and one another account uses', async () => {
    const signed = await signedIn({ phone: uniquePhone() });
    await expectProblem(
      signed.session.api.startContactBinding({ kind: 'phone', value: signed.who.phone!, verificationToken: 'x' }),
      'already_bound',
    );
    const other = await signedIn({ phone: uniquePhone() });
    const token = await verifiedFor(signed, 'change_phone');
    await expectProblem(
      signed.session.api.startContactBinding({ kind: 'phone', value: other.who.phone!, verificationToken: token }),
      'identifier_taken',
    );
  });

  it('changes the e-mail: the old address cools down for 30 days, then can be bound again', async () => {
    const signed = await signedIn({ phone: uniquePhone(), totp: true, smsTwoFactor: true });
    const oldEmail = signed.who.email!;
    const newEmail = uniqueEmail('changed');
    const overview = await bind(signed, 'email', newEmail);
    assert.ok(overview.email);
    assert.ok(overview.email.address.endsWith('@example.com'));
    assert.equal(overview.withdrawalLock?.reason, 'contact_change');

    const other = await signedIn({ phone: uniquePhone(), email: null });
    const token = await verifiedFor(other, 'bind_email');
    const before = await serverNow();
    const cooling = await expectProblem(
      other.session.api.startContactBinding({ kind: 'email', value: oldEmail, verificationToken: token }),
      'identifier_in_cooldown',
    );
    assertAbout(cooling.problem?.availableAt, before, COOLDOWN_SECONDS);

    await testing.advanceClock({ seconds: COOLDOWN_SECONDS + 1 });
    await signInAgain(other);
    // The first token was not spent (the cooldown is checked before it) but has expired by now.
    const fresh = await verifiedFor(other, 'bind_email');
    const started = await other.session.api.startContactBinding({ kind: 'email', value: oldEmail, verificationToken: fresh });
    assert.equal(started.channel, 'email');
  });
});

describe('security: unbinding e-mail or phone', () => {
  it('answers not_bound when nothing of that kind is bound', async () => {
    const signed = await signedIn();
    await expectProblem(signed.session.api.unbindContact({ kind: 'phone', verificationToken: 'x' }), 'not_bound');
  });

  it('refuses to unbind the only e-mail or phone (last_factor)', async () => {
    const signed = await signedIn();
    await expectProblem(signed.session.api.unbindContact({ kind: 'email', verificationToken: 'x' }), 'last_factor');
  });

  it('refuses to unbind the phone whose SMS codes are the only second factor (last_factor)', async () => {
    const signed = await signedIn({ phone: uniquePhone(), smsTwoFactor: true });
    await expectProblem(signed.session.api.unbindContact({ kind: 'phone', verificationToken: 'x' }), 'last_factor');
  });

  it('needs a step-up token', async () => {
    const signed = await signedIn({ phone: uniquePhone(), totp: true });
    await expectProblem(signed.session.api.unbindContact({ kind: 'phone' }), 'step_up_required');
    await expectProblem(signed.session.api.unbindContact({ kind: 'phone', verificationToken: 'not-a-token' }), 'verification_invalid');
  });

  it('unbinds after authenticator, e-mail and SMS codes; locks withdrawals; the number cools down 30 days', async () => {
    const signed = await signedIn({ phone: uniquePhone(), totp: true, smsTwoFactor: true });
    const phone = signed.who.phone!;
    const { api: client } = signed.session;
    const { factors } = await client.startStepUp({ action: 'unbind_phone' });
    assert.deepEqual(factors.map((f) => f.factor).sort(), ['email', 'sms', 'totp']);

    const token = await verifiedFor(signed, 'unbind_phone');
    const before = await serverNow();
    const result = await client.unbindContact({ kind: 'phone', verificationToken: token });
    assert.equal(result.withdrawalLock?.reason, 'contact_unbind');
    assertAbout(result.withdrawalLock?.until, before, LOCK_SECONDS);
    assertAbout(result.availableAgainAt, before, COOLDOWN_SECONDS);
    signed.who.phone = null;

    const overview = await client.getSecurityOverview({});
    assert.equal(overview.phone, null);
    assert.equal(overview.withdrawalLock?.reason, 'contact_unbind');
    await expectProblem(client.unbindContact({ kind: 'phone', verificationToken: token }), 'not_bound');

    const other = await signedIn();
    const bindToken = await verifiedFor(other, 'bind_phone');
    await expectProblem(
      other.session.api.startContactBinding({ kind: 'phone', value: phone, verificationToken: bindToken }),
      'identifier_in_cooldown',
    );
    await testing.advanceClock({ seconds: COOLDOWN_SECONDS + 1 });
    await signInAgain(signed);
    await signInAgain(other);
    assert.equal((await signed.session.api.getSecurityOverview({})).withdrawalLock, null);
    const started = await other.session.api.startContactBinding({
      kind: 'phone',
      value: phone,
      verificationToken: await verifiedFor(other, 'bind_phone'),
    });
    assert.equal(started.channel, 'sms');
  });
});
