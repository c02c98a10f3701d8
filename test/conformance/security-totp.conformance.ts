import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  LOCK_SECONDS,
  assertAbout,
  expectProblem,
  serverNow,
  signInAgain,
  signedIn,
  testing,
  totpCode,
  uniquePhone,
  verifiedFor,
  type Signed,
} from './harness.js';

/** A code that is not the current one for `secret` (so it is refused whatever the clock says). */
async function wrongCode(secret: string): Promise<string> {
  const right = await totpCode(secret);
  return right === '000000' ? '111111' : '000000';
}

async function startSetup(signed: Signed) {
  return signed.session.api.startTotpSetup({ verificationToken: await verifiedFor(signed, 'setup_totp') });
}

describe('security: binding an authenticator', () => {
  it('sets up with a code computed from the returned key, locks withdrawals, and asks for a recovery phrase', async () => {
    const signed = await signedIn();
    const { api } = signed.session;
    const setup = await startSetup(signed);
    assert.match(setup.secret, /^[A-Z2-7]+=*$/);
    assert.ok(setup.secret.length >= 16, 'at least 80 bits');
    const uri = new URL(setup.otpauthUri);
    assert.equal(uri.protocol, 'otpauth:');
    assert.equal(uri.searchParams.get('secret'), setup.secret);
    const before = await serverNow();
    assertAbout(setup.expiresAt, before, 600);
    assert.equal((await api.getSecurityOverview({})).totp, null, 'not bound before confirmation');

    const wrong = await expectProblem(api.confirmTotpSetup({ setupId: setup.setupId, code: await wrongCode(setup.secret) }), 'invalid_code');
    assert.equal(wrong.problem?.attemptsRemaining, 4);

    const code = await totpCode(setup.secret);
    const done = await api.confirmTotpSetup({ setupId: setup.setupId, code });
    // No confirmed phrase yet: one is issued with the binding, under issueRecoveryPhrase's rules.
    const phrase = done.recoveryPhrase;
    assert.ok(phrase, 'an account without a confirmed phrase gets one with the binding');
    assert.equal(phrase.words.length, 12);
    for (const word of phrase.words) assert.match(word, /^[a-z]+$/);
    assert.equal(new Set(phrase.confirmIndexes).size, 3);
    assertAbout(phrase.expiresAt, before, 600);
    assert.equal(done.withdrawalLock?.reason, 'two_factor_change');
    assertAbout(done.withdrawalLock?.until, before, LOCK_SECONDS);
    assertAbout(done.enabledAt, before, 0);
    signed.who.totpSecret = setup.secret;

    const overview = await api.getSecurityOverview({});
    assert.equal(overview.totp?.enabledAt, done.enabledAt);
    assert.equal(overview.withdrawalLock?.reason, 'two_factor_change');
    assert.ok(!JSON.stringify(overview).includes(setup.secret), 'the key is never shown again');

    // Replay: the setup is used up (no second phrase), and the confirming code cannot also answer a step-up.
    await expectProblem(api.confirmTotpSetup({ setupId: setup.setupId, code }), 'challenge_expired');
    const { stepUpId } = await api.startStepUp({ action: 'disable_totp' });
    await expectProblem(api.verifyStepUp({ stepUpId, factor: 'totp', code }), 'code_already_used');

    // The phrase is saved without a step-up of its own: confirmRecoveryPhrase makes it active, once.
    assert.equal(overview.recoveryPhrase, null, 'not active before confirmation');
    const words = phrase.confirmIndexes.map((index) => ({ index, word: phrase.words[index]! }));
    const saved = await api.confirmRecoveryPhrase({ phraseId: phrase.phraseId, words });
    assertAbout(saved.issuedAt, before, 0);
    const active = (await api.getSecurityOverview({})).recoveryPhrase;
    assert.deepEqual(active, { issuedAt: saved.issuedAt, confirmedAt: saved.confirmedAt });
    await expectProblem(api.confirmRecoveryPhrase({ phraseId: phrase.phraseId, words }), 'challenge_expired');

    await testing.advanceClock({ seconds: LOCK_SECONDS + 1 });
    await signInAgain(signed);
    assert.equal((await signed.session.api.getSecurityOverview({})).withdrawalLock, null);
  });

  it('needs a step-up token', async () => {
    const signed = await signedIn();
    await expectProblem(signed.session.api.startTotpSetup({}), 'step_up_required');
    const other = await verifiedFor(signed, 'disable_totp');
    await expectProblem(signed.session.api.startTotpSetup({ verificationToken: other }), 'verification_invalid');
  });

  it('answers already_bound when an authenticator is bound', async () => {
    const signed = await signedIn({ totp: true });
    await expectProblem(signed.session.api.startTotpSetup({ verificationToken: 'x' }), 'already_bound');
  });

  it('burns a setup after five wrong codes', async () => {
    const signed = await signedIn();
    const { api } = signed.session;
    const setup = await startSetup(signed);
    const wrong = await wrongCode(setup.secret);
    for (let i = 0; i < 4; i++) await expectProblem(api.confirmTotpSetup({ setupId: setup.setupId, code: wrong }), 'invalid_code');
    await expectProblem(api.confirmTotpSetup({ setupId: setup.setupId, code: wrong }), 'too_many_attempts');
    await expectProblem(api.confirmTotpSetup({ setupId: setup.setupId, code: await totpCode(setup.secret) }), 'challenge_expired');
    assert.equal((await api.getSecurityOverview({})).totp, null);
  });

  it('expires a setup after 10 minutes, and a new setup replaces the old one', async () => {
    const signed = await signedIn();
    const { api } = signed.session;
    const stale = await startSetup(signed);
    await testing.advanceClock({ seconds: 601 });
    await expectProblem(api.confirmTotpSetup({ setupId: stale.setupId, code: await totpCode(stale.secret) }), 'challenge_expired');

    const first = await startSetup(signed);
    const second = await startSetup(signed);
    assert.notEqual(first.secret, second.secret);
    await expectProblem(api.confirmTotpSetup({ setupId: first.setupId, code: await totpCode(first.secret) }), 'challenge_expired');
    const done = await api.confirmTotpSetup({ setupId: second.setupId, code: await totpCode(second.secret) });
    assert.ok(done.enabledAt);
  });

  it("refuses another user's setup", async () => {
    const owner = await signedIn();
    const other = await signedIn();
    const setup = await startSetup(owner);
    await expectProblem(
      other.session.api.confirmTotpSetup({ setupId: setup.setupId, code: await totpCode(setup.secret) }),
      'challenge_expired',
    );
  });
});

describe('security: removing the authenticator', () => {
  it('answers not_bound without an authenticator', async () => {
    const signed = await signedIn();
    await expectProblem(signed.session.api.disableTotp({ verificationToken: 'x' }), 'not_bound');
  });

  it('refuses to remove the only second factor (last_factor)', async () => {
    const signed = await signedIn({ totp: true });
    await expectProblem(signed.session.api.disableTotp({ verificationToken: 'x' }), 'last_factor');
  });

  it('removes it with a step-up when SMS 2FA remains, and locks withdrawals', async () => {
    const signed = await signedIn({ totp: true, phone: uniquePhone(), smsTwoFactor: true });
    const { api } = signed.session;
    await expectProblem(api.disableTotp({}), 'step_up_required');
    const forOther = await verifiedFor(signed, 'change_password');
    await expectProblem(api.disableTotp({ verificationToken: forOther }), 'verification_invalid');
    await expectProblem(api.disableTotp({ verificationToken: 'not-a-token' }), 'verification_invalid');
    const token = await verifiedFor(signed, 'disable_totp');
    const before = await serverNow();
    const { withdrawalLock } = await api.disableTotp({ verificationToken: token });
    assert.equal(withdrawalLock?.reason, 'two_factor_change');
    assertAbout(withdrawalLock?.until, before, LOCK_SECONDS);
    const overview = await api.getSecurityOverview({});
    assert.equal(overview.totp, null);
    assert.equal(overview.phone?.twoFactor, true);
    await expectProblem(api.disableTotp({ verificationToken: token }), 'not_bound');

    // Changing the authenticator is disable then set up: the new one binds again.
    signed.who.totpSecret = null;
    const setup = await startSetup(signed);
    const done = await api.confirmTotpSetup({ setupId: setup.setupId, code: await totpCode(setup.secret) });
    assert.ok(done.enabledAt);
  });
});
