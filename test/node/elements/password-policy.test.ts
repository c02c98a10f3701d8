import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NewPassword } from '../../../src/contract/common.js';
import { checkNewPassword, identifierParts, NEW_PASSWORD_MAX, NEW_PASSWORD_MIN } from '../../../src/elements/shared/password-policy.js';

const met = (password: string, identifiers?: string[]) =>
  Object.fromEntries(checkNewPassword(password, identifiers).checks.map((c) => [c.rule, c.met]));
const problem = (password: string, identifiers?: string[]) => checkNewPassword(password, identifiers).problem;

describe('checkNewPassword', () => {
  it('keeps the contract’s limits, counted as the contract counts', () => {
    assert.deepEqual([NEW_PASSWORD_MIN, NEW_PASSWORD_MAX], [10, 128]);
    // Each boundary, and code points that count twice: the checklist ticks exactly what the contract's schema accepts.
    for (const password of ['a'.repeat(9) + 'b', 'x'.repeat(9), 'correct horse', 'y'.repeat(127) + 'z', 'z'.repeat(129), '🔑🔑🔑🔑x']) {
      const lengthOk = met(password)['length'];
      assert.equal(lengthOk, NewPassword.safeParse(password).success, password);
    }
  });

  it('names the most basic problem first', () => {
    assert.equal(problem(''), 'required');
    assert.equal(problem('short'), 'too_short');
    assert.equal(problem('aaaaa'), 'too_short');
    assert.equal(problem('a'.repeat(129)), 'too_long');
    assert.equal(problem('aaaaaaaaaaaa'), 'repeated');
    assert.equal(problem('ÅÅÅÅÅÅÅÅÅÅÅ'), 'repeated');
    assert.equal(problem('Alva.Berg-2026!', ['alva.berg@example.com']), 'contains_identifier');
    assert.equal(problem('correct horse battery'), undefined);
  });

  it('ticks rules as the password grows, none for an empty one', () => {
    assert.deepEqual(met(''), { length: false, notRepeated: false });
    assert.deepEqual(met('a'), { length: false, notRepeated: false });
    assert.deepEqual(met('ab'), { length: false, notRepeated: true });
    assert.deepEqual(met('aaaaaaaaaa'), { length: true, notRepeated: false });
    assert.deepEqual(met('abcdefghij', ['+46731112233']), { length: true, notRepeated: true, notIdentifier: true });
    assert.deepEqual(met('', ['+46731112233']), { length: false, notRepeated: false, notIdentifier: false });
  });

  it('refuses the e-mail name and the phone number, in any case and written nationally', () => {
    assert.equal(problem('my-ALVA.BERG-secret', ['alva.berg@example.com']), 'contains_identifier');
    assert.equal(problem('pass46731112233', ['+46731112233']), 'contains_identifier');
    assert.equal(problem('pw0731112233x', ['+46731112233']), 'contains_identifier');
    assert.equal(problem('annalyzing the data', ['ann@example.com']), undefined, 'a short e-mail name bans nothing');
    assert.equal(problem('a•••@example.com is me', ['a•••@example.com']), undefined, 'masked destinations are skipped');
  });
});

describe('identifierParts', () => {
  it('takes the e-mail’s local part, the phone’s digits and their last 8', () => {
    assert.deepEqual(identifierParts(' Alva.Berg@Example.com '), ['alva.berg']);
    assert.deepEqual(identifierParts('ann@example.com'), []);
    assert.deepEqual(identifierParts('+46731112233'), ['46731112233', '31112233']);
    assert.deepEqual(identifierParts('+46 ••••• ••33'), []);
    assert.deepEqual(identifierParts(''), []);
  });
});
