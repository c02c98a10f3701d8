import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { callingCodeOf } from '../../../src/elements/shared/countries.js';
import { identifierText, prefillOf, readIdentifier } from '../../../src/elements/shared/identifier.js';
import { parseList } from '../../../src/elements/shared/parse-list.js';

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
  const values = { email: '', phone: '', country: se };
  it('trims and checks an e-mail address loosely', () => {
    assert.deepEqual(readIdentifier('email', { ...values, email: ' alva@example.com ' }), { identifier: { type: 'email', email: 'alva@example.com' } });
    assert.deepEqual(readIdentifier('email', values), { problem: { field: 'email', problem: 'required' } });
    for (const bad of ['alva', 'alva@', 'alva@example', 'a b@example.com', 'alva@example..com']) {
      assert.deepEqual(readIdentifier('email', { ...values, email: bad }), { problem: { field: 'email', problem: 'invalid_format' } }, bad);
    }
  });
  it('sends a phone number in E.164', () => {
    assert.deepEqual(readIdentifier('phone', { ...values, phone: '070-123 45 67' }), { identifier: { type: 'phone', phone: '+46701234567' } });
    assert.deepEqual(readIdentifier('phone', { ...values, phone: '123' }), { problem: { field: 'phone', problem: 'too_short' } });
  });
});

describe('prefillOf', () => {
  it('puts an address into the e-mail field and a number into the phone field with its country', () => {
    assert.deepEqual(prefillOf('alva@example.com', se), { kind: 'email', value: 'alva@example.com' });
    assert.deepEqual(prefillOf(' +47 912 34 567 ', se), { kind: 'phone', value: '+47 912 34 567', country: callingCodeOf('NO') });
    assert.deepEqual(prefillOf('0701234567', se), { kind: 'phone', value: '0701234567', country: se });
    assert.equal(prefillOf('', se), undefined);
    assert.equal(prefillOf(undefined, se), undefined);
  });
  it('reads back what a forgot-password event carries', () => {
    assert.equal(identifierText({ type: 'phone', phone: '+46701234567' }), '+46701234567');
    assert.equal(identifierText({ type: 'email', email: 'a@b.se' }), 'a@b.se');
  });
});
