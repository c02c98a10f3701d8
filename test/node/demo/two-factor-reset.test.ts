import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addBusinessDays } from '../../../demo/routes/two-factor-reset.js';

// The HTTP API only shows `reviewBy` for "now"; the weekend rules need chosen start days.
const at = (iso: string): number => Date.parse(iso);
const iso = (ms: number): string => new Date(ms).toISOString();

describe('addBusinessDays (2FA reset review deadline)', () => {
  it('counts three weekdays from a Monday to the Thursday, same time of day', () => {
    assert.equal(iso(addBusinessDays(at('2026-03-02T10:15:00Z'), 3)), '2026-03-05T10:15:00.000Z');
  });

  it('skips the weekend: Wednesday + 3 is the next Monday', () => {
    assert.equal(iso(addBusinessDays(at('2026-03-04T09:00:00Z'), 3)), '2026-03-09T09:00:00.000Z');
  });

  it('Friday + 3 is Wednesday', () => {
    assert.equal(iso(addBusinessDays(at('2026-03-06T23:59:00Z'), 3)), '2026-03-11T23:59:00.000Z');
  });

  it('a Saturday or Sunday submission counts from Monday: + 3 is Wednesday', () => {
    assert.equal(iso(addBusinessDays(at('2026-03-07T12:00:00Z'), 3)), '2026-03-11T12:00:00.000Z');
    assert.equal(iso(addBusinessDays(at('2026-03-08T12:00:00Z'), 3)), '2026-03-11T12:00:00.000Z');
  });

  it('never lands on a weekend, and is always 3 to 5 calendar days ahead', () => {
    const start = at('2026-01-01T08:00:00Z');
    for (let day = 0; day < 60; day++) {
      const from = start + day * 86_400_000;
      const due = addBusinessDays(from, 3);
      const weekday = new Date(due).getUTCDay();
      assert.ok(weekday >= 1 && weekday <= 5, `${iso(due)} is a weekend`);
      const days = (due - from) / 86_400_000;
      assert.ok(days >= 3 && days <= 5, `${days} calendar days from ${iso(from)}`);
    }
  });

  it('zero business days is the same instant', () => {
    assert.equal(addBusinessDays(at('2026-03-07T12:00:00Z'), 0), at('2026-03-07T12:00:00Z'));
  });
});
