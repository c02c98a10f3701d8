import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchLocale } from '../../../src/i18n/locale.js';

describe('matchLocale', () => {
  const cases: Array<[string | null | undefined, string]> = [
    ['sv', 'sv'],
    ['sv-SE', 'sv'],
    ['SV_fi', 'sv'],
    ['nb', 'nb'],
    ['nb-NO', 'nb'],
    ['no', 'nb'],
    ['nn-NO', 'nb'],
    ['en-GB', 'en'],
    ['de', 'en'],
    ['', 'en'],
    [null, 'en'],
    [undefined, 'en'],
    ['svenska', 'en'],
  ];
  for (const [tag, locale] of cases) {
    it(`${JSON.stringify(tag)} -> ${locale}`, () => assert.equal(matchLocale(tag), locale));
  }
});
