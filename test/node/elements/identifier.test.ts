import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { callingCodeOf } from '../../../src/elements/shared/countries.js';
import { identifierText, prefillOf, readIdentifier } from '../../../src/elements/shared/identifier.js';
import { parseList } from '../../../src/elements/shared/parse-list.js';
import { toE164 } from '../../../src/elements/shared/phone-number.js';

const se = callingCodeOf('SE')!;

describe('parseList', () => {
  const known = ['password', 'passkey', 'google', 'apple'] as const;
  it('keeps known words in the order given, once each, whatever the case and spacing', () => {
    assert.deepEqual(parseList('  Google password\tGOOGLE passkey ', known), ['google', 'password', 'passkey']);
  });
  it('drops unknown words and copes with nothing', () => {
    assert.deepEqual(parseList('password fax', known), ['password']);
    assert.deepEqual(parseList(undefined, known), []);
    assert.deepEqual(parseList(null, known), []);
    assert.deepEqual(parseList('', known), []);
  });
});

describe('readIdentifier', () => {
  const values = { email: '', phone: undefined };
  it('trims and checks an e-mail address loosely', () => {
    assert.deepEqual(readIdentifier('email', { ...values, email: ' alva@example.com ' }), { identifier: { type: 'email', email: 'alva@example.com' } });
    assert.deepEqual(readIdentifier('email', values), { problem: { field: 'email', problem: 'required' } });
    for (const bad of ['alva', 'alva@', 'alva@example', 'a b@example.com', 'alva@example..com']) {
      assert.deepEqual(readIdentifier('email', { ...values, email: bad }), { problem: { field: 'email', problem: 'invalid_format' } }, bad);
    }
  });
  it('sends a phone number in E.164', () => {
    assert.deepEqual(readIdentifier('phone', { ...values, phone: toE164('070-123 45 67', se) }), {
      identifier: { type: 'phone', phone: '+46701234567' },
    });
    assert.deepEqual(readIdentifier('phone', { ...values, phone: toE164('123', se) }), { problem: { field: 'phone', problem: 'too_short' } });
    assert.deepEqual(readIdentifier('phone', values), { problem: { field: 'phone', problem: 'required' } }, 'field not loaded yet');
  });
});

describe('prefillOf', () => {
  it('puts an address into the e-mail field and a number into the phone field', () => {
    assert.deepEqual(prefillOf('alva@example.com'), { kind: 'email', value: 'alva@example.com' });
    assert.deepEqual(prefillOf(' +47 912 34 567 '), { kind: 'phone', value: '+47 912 34 567' });
    assert.deepEqual(prefillOf('0701234567'), { kind: 'phone', value: '0701234567' });
    assert.equal(prefillOf(''), undefined);
    assert.equal(prefillOf(undefined), undefined);
  });
  it('reads back what a forgot-password event carries', () => {
    assert.equal(identifierText({ type: 'phone', phone: '+46701234567' }), '+46701234567');
    assert.equal(identifierText({ type: 'email', email: 'a@b.se' }), 'a@b.se');
  });
});
