import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertAbout, expectProblem, serverNow, signedIn, testing, totpCode, verifiedFor, type Signed } from './harness.js';

async function issue(signed: Signed) {
  return signed.session.api.issueRecoveryPhrase({ verificationToken: await verifiedFor(signed, 'issue_recovery_phrase') });
}

type Issued = Awaited<ReturnType<typeof issue>>;

/** The words the confirmation asks for, as a user might type them (case and spaces differ). */
const asked = (phrase: Issued) => phrase.confirmIndexes.map((index) => ({ index, word: ` ${phrase.words[index]!.toUpperCase()} ` }));

/** The same positions with a word the phrase does not have there. */
const wrongWords = (phrase: Issued) =>
  phrase.confirmIndexes.map((index) => ({ index, word: phrase.words[index] === 'zzz' ? 'yyy' : 'zzz' }));

describe('security: recovery phrase', () => {
  it('issues 12 words once; only a confirmed phrase shows in the overview, never its words', async () => {
    const signed = await signedIn();
    const { api } = signed.session;
    const before = await serverNow();
    const phrase = await issue(signed);
    assert.equal(phrase.words.length, 12);
    for (const word of phrase.words) assert.match(word, /^[a-z]+$/);
    assert.equal(new Set(phrase.confirmIndexes).size, 3);
    for (const index of phrase.confirmIndexes) assert.ok(index >= 0 && index < 12);
    assertAbout(phrase.expiresAt, before, 600);

    assert.equal((await api.getSecurityOverview({})).recoveryPhrase, null, 'not active before confirmation');
    const confirmed = await api.confirmRecoveryPhrase({ phraseId: phrase.phraseId, words: asked(phrase) });
    assertAbout(confirmed.confirmedAt, before, 0);

    const overview = await api.getSecurityOverview({});
    assert.deepEqual(overview.recoveryPhrase, { issuedAt: confirmed.issuedAt, confirmedAt: confirmed.confirmedAt });
    const strings = new Set(JSON.stringify(overview).match(/"[^"]*"/g));
    for (const word of phrase.words) assert.ok(!strings.has(`"${word}"`), `the overview shows "${word}"`);
    await expectProblem(api.confirmRecoveryPhrase({ phraseId: phrase.phraseId, words: asked(phrase) }), 'challenge_expired');
  });

  it('refuses wrong words with attempts left and burns the phrase after five', async () => {
    const signed = await signedIn();
    const { api } = signed.session;
    const phrase = await issue(signed);
    const first = await expectProblem(api.confirmRecoveryPhrase({ phraseId: phrase.phraseId, words: wrongWords(phrase) }), 'invalid_code');
    assert.equal(first.problem?.attemptsRemaining, 4);
    // Two right words and one wrong one are still wrong.
    const oneOff = asked(phrase).map((w, i) => (i === 2 ? wrongWords(phrase)[2]! : w));
    await expectProblem(api.confirmRecoveryPhrase({ phraseId: phrase.phraseId, words: oneOff }), 'invalid_code');
    for (let i = 0; i < 2; i++) {
      await expectProblem(api.confirmRecoveryPhrase({ phraseId: phrase.phraseId, words: wrongWords(phrase) }), 'invalid_code');
    }
    await expectProblem(api.confirmRecoveryPhrase({ phraseId: phrase.phraseId, words: wrongWords(phrase) }), 'too_many_attempts');
    await expectProblem(api.confirmRecoveryPhrase({ phraseId: phrase.phraseId, words: asked(phrase) }), 'challenge_expired');
    assert.equal((await api.getSecurityOverview({})).recoveryPhrase, null);
  });

  it('refuses positions other than the ones asked', async () => {
    const signed = await signedIn();
    const phrase = await issue(signed);
    const other = [...Array(12).keys()].filter((i) => !phrase.confirmIndexes.includes(i)).slice(0, 3);
    const problem = await expectProblem(
      signed.session.api.confirmRecoveryPhrase({
        phraseId: phrase.phraseId,
        words: other.map((index) => ({ index, word: phrase.words[index]! })),
      }),
      'validation_failed',
    );
    assert.ok(problem.fields?.some((f) => f.path.startsWith('words')));
  });

  it('expires an unconfirmed phrase after 10 minutes', async () => {
    const signed = await signedIn();
    const phrase = await issue(signed);
    await testing.advanceClock({ seconds: 601 });
    await expectProblem(signed.session.api.confirmRecoveryPhrase({ phraseId: phrase.phraseId, words: asked(phrase) }), 'challenge_expired');
  });

  it('needs a fresh step-up for every issue; a new phrase replaces the old one only once confirmed', async () => {
    const signed = await signedIn();
    const { api } = signed.session;
    await expectProblem(api.issueRecoveryPhrase({}), 'step_up_required');
    const token = await verifiedFor(signed, 'issue_recovery_phrase');
    const first = await api.issueRecoveryPhrase({ verificationToken: token });
    await expectProblem(api.issueRecoveryPhrase({ verificationToken: token }), 'verification_invalid');
    const old = await api.confirmRecoveryPhrase({ phraseId: first.phraseId, words: asked(first) });

    await testing.advanceClock({ seconds: 120 });
    const second = await issue(signed);
    assert.notDeepEqual(second.words, first.words);
    assert.equal((await api.getSecurityOverview({})).recoveryPhrase?.issuedAt, old.issuedAt, 'the old phrase stays until confirmed');
    const replaced = await api.confirmRecoveryPhrase({ phraseId: second.phraseId, words: asked(second) });
    assert.ok(Date.parse(replaced.issuedAt) > Date.parse(old.issuedAt));
    assert.equal((await api.getSecurityOverview({})).recoveryPhrase?.issuedAt, replaced.issuedAt);
  });

  it('an authenticator bound after a confirmed phrase issues no other', async () => {
    const signed = await signedIn();
    const { api } = signed.session;
    const phrase = await issue(signed);
    const active = await api.confirmRecoveryPhrase({ phraseId: phrase.phraseId, words: asked(phrase) });
    const setup = await api.startTotpSetup({ verificationToken: await verifiedFor(signed, 'setup_totp') });
    const done = await api.confirmTotpSetup({ setupId: setup.setupId, code: await totpCode(setup.secret) });
    assert.equal(done.recoveryPhrase, null);
    assert.equal((await api.getSecurityOverview({})).recoveryPhrase?.issuedAt, active.issuedAt, 'the active phrase stays');
  });

  it('a binding that issued a phrase leaves an active one in place until the new one is confirmed', async () => {
    const signed = await signedIn();
    const { api } = signed.session;
    // An issued but unconfirmed phrase is not a confirmed one: the binding issues a new one, which replaces it.
    const unconfirmed = await issue(signed);
    const setup = await api.startTotpSetup({ verificationToken: await verifiedFor(signed, 'setup_totp') });
    const done = await api.confirmTotpSetup({ setupId: setup.setupId, code: await totpCode(setup.secret) });
    const issued = done.recoveryPhrase;
    assert.ok(issued, 'no confirmed phrase: one comes with the binding');
    assert.notEqual(issued.phraseId, unconfirmed.phraseId);
    assert.notDeepEqual(issued.words, unconfirmed.words);
    await expectProblem(api.confirmRecoveryPhrase({ phraseId: unconfirmed.phraseId, words: asked(unconfirmed) }), 'challenge_expired');
    await expectProblem(api.confirmRecoveryPhrase({ phraseId: issued.phraseId, words: wrongWords(issued) }), 'invalid_code');
    const confirmed = await api.confirmRecoveryPhrase({ phraseId: issued.phraseId, words: asked(issued) });
    assert.deepEqual((await api.getSecurityOverview({})).recoveryPhrase, { issuedAt: confirmed.issuedAt, confirmedAt: confirmed.confirmedAt });
  });
});
