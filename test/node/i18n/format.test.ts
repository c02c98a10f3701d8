import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as enErrors from '../../../src/i18n/errors.en.js';
import * as en from '../../../src/i18n/en.js';
import { errorMessage } from '../../../src/i18n/error-message.js';
import { formatDuration, plural } from '../../../src/i18n/format.js';
import * as nb from '../../../src/i18n/nb.js';
import * as sv from '../../../src/i18n/sv.js';

describe('formatDuration', () => {
  it('shows the two largest units, the smaller padded', () => {
    assert.equal(formatDuration('en', 45), '45 sec');
    assert.equal(formatDuration('en', 65), '1 min 05 sec');
    assert.equal(formatDuration('en', 120), '2 min');
    assert.equal(formatDuration('en', 3725), '1 hr 02 min');
    assert.equal(formatDuration('sv', 65), '1 min 05 s');
    assert.equal(formatDuration('nb', 65), '1 min 05 sek');
  });

  it('rounds partial seconds up and never goes below zero', () => {
    assert.equal(formatDuration('en', 4.2), '5 sec');
    assert.equal(formatDuration('en', -3), '0 sec');
  });
});

describe('plural', () => {
  it('follows the locale plural rules', () => {
    assert.equal(en.common.secondsLeft({ seconds: 1 }), '1 second left');
    assert.equal(en.common.secondsLeft({ seconds: 2 }), '2 seconds left');
    assert.equal(sv.common.secondsLeft({ seconds: 1 }), '1 sekund kvar');
    assert.equal(nb.common.secondsLeft({ seconds: 30 }), '30 sekunder igjen');
    assert.equal(plural('en', 0, { one: 'a', other: 'b' }), 'b');
  });
});

describe('errorMessage', () => {
  const english = { common: en.common, errors: enErrors.errors };
  const swedish = { common: sv.common, errors: sv.errors };

  it('fills in the wait from retryAfter', () => {
    assert.equal(
      errorMessage(english, 'en', { code: 'rate_limited', retryAfter: 65 }),
      'Too many attempts. Wait 1 min 05 sec and try again.',
    );
    assert.match(errorMessage(swedish, 'sv', { code: 'resend_too_soon', problem: { retryAfter: 30 } }), /om 30 s\./);
  });

  it('says what to do when the problem body leaves the number out', () => {
    assert.equal(errorMessage(english, 'en', 'rate_limited'), 'Too many attempts. Wait a few minutes and try again.');
  });

  it('formats the lock end as clock time in the locale, to the second', () => {
    const lockedUntil = '2026-11-27T15:05:00Z';
    const time = new Intl.DateTimeFormat('sv', { timeStyle: 'medium' }).format(new Date(lockedUntil));
    const text = errorMessage(swedish, 'sv', { code: 'account_locked', problem: { lockedUntil } });
    assert.ok(text.includes(`efter kl. ${time}`), text);
  });

  it('counts attempts left with a plural', () => {
    assert.match(errorMessage(english, 'en', { code: 'invalid_code', problem: { attemptsRemaining: 1 } }), /You have 1 attempt left\.$/);
    assert.match(errorMessage(english, 'en', { code: 'invalid_code', problem: { attemptsRemaining: 3 } }), /3 attempts left\.$/);
  });

  it('names the missing factors as a localized list, skipping unknown ones', () => {
    const problem = { required: ['totp', 'sms', 'carrier_pigeon'] };
    assert.equal(
      errorMessage(swedish, 'sv', { code: 'prerequisite_missing', problem }),
      'Aktivera autentiseringsapp och sms-verifiering först och försök sedan igen.',
    );
  });

  it('ignores an unparseable date rather than printing "Invalid Date"', () => {
    assert.equal(
      errorMessage(english, 'en', { code: 'account_locked', problem: { lockedUntil: 'soon' } }),
      'Too many failed attempts. Try again later, or reset your password.',
    );
  });

  it('falls back to the generic message for codes it does not know, including prototype names', () => {
    assert.equal(errorMessage(english, 'en', { code: 'teapot' }), enErrors.errors.unknown);
    assert.equal(errorMessage(english, 'en', 'toString'), enErrors.errors.unknown);
  });

  it('never says whether an account exists', () => {
    for (const code of ['invalid_credentials', 'account_locked'] as const) {
      for (const messages of [english, swedish]) {
        assert.doesNotMatch(errorMessage(messages, 'en', code), /no account|not registered|does not exist|finns inget konto|inte registrerad/i);
      }
    }
  });
});
