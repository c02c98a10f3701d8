import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as z from 'zod/mini';
import { PhoneNumber } from '../../../src/contract/common.js';
import { callingCodeOf, callingCodes, regionOfInternational, sortedCallingCodes } from '../../../src/elements/shared/countries.js';
import { toE164 } from '../../../src/elements/shared/phone-number.js';

/** A national significant number of `length` digits that starts like a real one (no 0, no trunk digit). */
const nsn = (length: number) => `2${'3'.repeat(length - 1)}`;

describe('toE164 over the whole country table', () => {
  for (const country of callingCodes) {
    describe(`${country.region} (+${country.dial}, ${country.min}-${country.max} digits)`, () => {
      it('accepts the shortest and longest numbers, typed nationally, with separators, or internationally', () => {
        for (const length of new Set([country.min, country.max])) {
          const national = nsn(length);
          const e164 = `+${country.dial}${national}`;
          assert.deepEqual(toE164(national, country), { ok: true, e164 });
          assert.deepEqual(toE164(`${national.slice(0, 2)} ${national.slice(2)}`.replace(/^(\d)/, '($1)'), country), { ok: true, e164 });
          assert.deepEqual(toE164(`+${country.dial} ${national}`, country), { ok: true, e164 });
          assert.deepEqual(toE164(`00${country.dial}-${national}`, country), { ok: true, e164 });
          if (country.trunk) assert.deepEqual(toE164(`${country.trunk}${national}`, country), { ok: true, e164 }, 'trunk prefix dropped');
          assert.ok(z.safeParse(PhoneNumber, e164).success, `${e164} is an E.164 number the contract accepts`);
        }
      });

      it('refuses numbers too short or too long for the country, and another country’s code', () => {
        if (country.min > 1) assert.deepEqual(toE164(nsn(country.min - 1), country), { ok: false, problem: 'too_short' });
        assert.deepEqual(toE164(nsn(country.max + 1), country), { ok: false, problem: 'too_long' });
        const other = callingCodes.find((c) => !c.dial.startsWith(country.dial) && !country.dial.startsWith(c.dial))!;
        assert.deepEqual(toE164(`+${other.dial}${nsn(country.min)}`, country), { ok: false, problem: 'invalid_format' });
      });

      it('is found again from its international form', () => {
        const found = regionOfInternational(`+${country.dial} ${nsn(country.max)}`, country);
        assert.equal(found, country);
      });
    });
  }

  it('refuses empty input and letters', () => {
    const se = callingCodeOf('se')!;
    assert.deepEqual(toE164('  ', se), { ok: false, problem: 'required' });
    assert.deepEqual(toE164('070-abc', se), { ok: false, problem: 'invalid_format' });
  });

  it('gives a shared code (+1) to the country already picked, else to the first that has it', () => {
    const ca = callingCodeOf('CA')!;
    assert.equal(regionOfInternational('+1 416 555 0100', ca), ca);
    assert.equal(regionOfInternational('+1 212 555 0100')!.region, 'US');
    assert.equal(regionOfInternational('0701234567'), undefined, 'a national number names no country');
  });

  it('lists each region once, names them in the locale, sorted by that locale', () => {
    assert.equal(new Set(callingCodes.map((c) => c.region)).size, callingCodes.length);
    const sv = sortedCallingCodes('sv');
    assert.equal(sv.find((c) => c.code.region === 'DE')!.name, 'Tyskland');
    const names = sv.map((c) => c.name);
    assert.deepEqual(names, [...names].sort(new Intl.Collator('sv').compare));
  });
});
