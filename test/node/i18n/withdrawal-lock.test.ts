import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatLockEnd, formatTimeLeft } from '../../../src/i18n/format.js';
import { withdrawalLockMessages } from '../../../src/i18n/withdrawal-lock.js';
import { withdrawalLockText } from '../../../src/elements/shared/withdrawal-lock.js';
import { WithdrawalLockReason } from '../../../src/contract/common.js';

const now = new Date('2026-11-26T15:05:30Z');
const until = new Date('2026-11-27T15:05:30Z');
const stockholm = { now, timeZone: 'Europe/Stockholm' };

describe('formatLockEnd', () => {
  it('says day, date, time and time zone in the locale, in the user’s zone', () => {
    assert.equal(formatLockEnd('en-GB', until, stockholm), 'Friday 27 November at 16:06 CET');
    assert.equal(formatLockEnd('sv', until, stockholm), 'fredag 27 november kl. 16:06 CET');
    assert.equal(formatLockEnd('nb', until, stockholm), 'fredag 27. november kl. 16:06 CET');
    assert.equal(formatLockEnd('en', until, { now, timeZone: 'America/New_York' }), 'Friday, November 27 at 10:06 AM EST');
  });

  it('rounds up to the minute, so the lock never reads as over while it still runs', () => {
    assert.match(formatLockEnd('sv', new Date('2026-11-27T15:05:01Z'), stockholm), /16:06 CET$/);
    assert.match(formatLockEnd('sv', new Date('2026-11-27T15:05:00Z'), stockholm), /16:05 CET$/);
  });

  it('names the year only when it is not this one', () => {
    assert.doesNotMatch(formatLockEnd('en', until, stockholm), /2026/);
    const newYear = new Date('2026-12-31T23:30:00Z');
    assert.match(formatLockEnd('sv', newYear, stockholm), /1 januari 2027 kl\. 00:30 CET/);
    assert.doesNotMatch(formatLockEnd('sv', newYear, { now, timeZone: 'UTC' }), /2027/);
  });
});

describe('formatTimeLeft', () => {
  it('says the time left in hours, minutes or days, rounded up', () => {
    assert.equal(formatTimeLeft('en', until, now), 'in 24 hours');
    assert.equal(formatTimeLeft('en', until, new Date(until.getTime() - 23 * 3600_000)), 'in 23 hours');
    assert.equal(formatTimeLeft('en', until, new Date(until.getTime() - (22 * 3600_000 + 1))), 'in 23 hours');
    assert.equal(formatTimeLeft('en', until, new Date(until.getTime() - 59 * 60_000 - 10_000)), 'in 1 hour');
    assert.equal(formatTimeLeft('en', until, new Date(until.getTime() - 45 * 60_000)), 'in 45 minutes');
    assert.equal(formatTimeLeft('en', until, new Date(until.getTime() - 1000)), 'in 1 minute');
    assert.equal(formatTimeLeft('en', until, new Date(until.getTime() - 48 * 3600_000)), 'in 48 hours');
    assert.equal(formatTimeLeft('en', until, new Date(until.getTime() - 72 * 3600_000)), 'in 3 days');
  });

  it('speaks Swedish and Norwegian', () => {
    assert.equal(formatTimeLeft('sv', until, new Date(until.getTime() - 23 * 3600_000)), 'om 23 timmar');
    assert.equal(formatTimeLeft('nb', until, new Date(until.getTime() - 23 * 3600_000)), 'om 23 timer');
    assert.equal(formatTimeLeft('nb', until, new Date(until.getTime() - 60_000)), 'om 1 minutt');
  });

  it('is undefined once the lock has ended', () => {
    assert.equal(formatTimeLeft('en', until, until), undefined);
    assert.equal(formatTimeLeft('en', until, new Date(until.getTime() + 1)), undefined);
  });
});

describe('withdrawalLockText', () => {
  const lock = { until: until.toISOString(), reason: 'password_reset' as const };

  it('says why and until when, for every reason of the contract, in every shipped language', async () => {
    for (const locale of ['en', 'sv', 'nb'] as const) {
      const t = locale === 'en' ? withdrawalLockMessages.en : await withdrawalLockMessages[locale]();
      for (const reason of WithdrawalLockReason.options) {
        const text = withdrawalLockText({ lock: { ...lock, reason }, t, locale, ...stockholm });
        assert.ok(text, `${locale} ${reason}`);
        assert.equal(text.reason, t[`reason_${reason}`]);
        assert.ok(text.reason.length > 10, `${locale} ${reason}: ${text.reason}`);
      }
    }
  });

  it('puts the formatted end and the time left into the sentence', async () => {
    const sv = await withdrawalLockMessages.sv();
    const text = withdrawalLockText({ lock, t: sv, locale: 'sv', ...stockholm })!;
    assert.equal(text.title, 'Uttag är spärrade');
    assert.equal(text.reason, 'Du har återställt ditt lösenord.');
    assert.equal(text.until, 'För att skydda ditt konto kan du göra uttag igen från fredag 27 november kl. 16:06 CET (om 24 timmar).');
  });

  it('has nothing to say without a lock, or after it ended', () => {
    const t = withdrawalLockMessages.en;
    assert.equal(withdrawalLockText({ lock: null, t, locale: 'en' }), undefined);
    assert.equal(withdrawalLockText({ lock: undefined, t, locale: 'en' }), undefined);
    assert.equal(withdrawalLockText({ lock, t, locale: 'en', now: new Date(until.getTime() + 1) }), undefined);
  });
});
