import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { coreMessages } from '../../../src/i18n/core.js';
import { keepTogether, lockWait } from '../../../src/i18n/format.js';
import type { MessageBundle } from '../../../src/i18n/types.js';
import { errorBundle, render, sectionBundles } from './catalog-checks.js';

const root = join(import.meta.dirname, '../../..');

const errors = await errorBundle();
const bundles: Array<[string, MessageBundle]> = [...Object.entries(coreMessages), ['errors', errors], ...(await sectionBundles(root))];

describe('wording across all elements', () => {
  it('finds the shared sections and every element’s section', () => {
    const names = bundles.map(([name]) => name).join(' ');
    for (const expected of ['identifierMessages', 'codeMessages', 'stepUpMessages', 'loginFormMessages']) assert.match(names, new RegExp(expected));
  });

  it('uses one verb for getting in, "log in", never "sign in" (FLOWS.md: exchanges say "Log in")', async () => {
    const offenders: string[] = [];
    for (const [name, bundle] of bundles) {
      for (const [locale, section] of [['en', bundle.en], ['sv', await bundle.sv()], ['nb', await bundle.nb()]] as const) {
        for (const [key, text] of Object.entries(render(section))) {
          if (locale === 'en' && /\bsign(s|ed|ing)?[ -](in|out)\b/i.test(text)) offenders.push(`${name} en.${key}: ${text}`);
          if (locale === 'sv' && /\bsigner(a|ar|ade)\s+in\b/i.test(text)) offenders.push(`${name} sv.${key}: ${text}`);
        }
      }
    }
    assert.deepEqual(offenders, []);
  });

  it('writes "6-digit" with a non-breaking hyphen, so it never breaks across lines', () => {
    const offenders = bundles.flatMap(([name, bundle]) =>
      Object.entries(render(bundle.en)).filter(([, text]) => /\d-digit/.test(text)).map(([key]) => `${name}.${key}`),
    );
    assert.deepEqual(offenders, []);
  });
});

describe('lockWait and keepTogether', () => {
  const until = new Date('2026-11-27T15:05:30Z');
  it('says how long and until when, to the second, with whichever part is known', () => {
    const time = new Intl.DateTimeFormat('en', { timeStyle: 'medium' }).format(until);
    assert.equal(lockWait('en', { seconds: 845, until }, 'in', 'at', 'after', 'later'), `in 14 min 05 sec (at ${time})`);
    assert.equal(lockWait('en', { seconds: 45 }, 'in', 'at', 'after', 'later'), 'in 45 sec');
    assert.equal(lockWait('en', { until }, 'in', 'at', 'after', 'later'), `after ${time}`);
    assert.match(time, /:30/, 'the seconds of the lock’s end are shown');
    assert.equal(lockWait('en', {}, 'in', 'at', 'after', 'later'), 'later');
  });
  it('joins a masked number with no-break spaces', () => {
    assert.equal(keepTogether('+46 •••• ••12'), '+46\u00a0••••\u00a0••12');
  });
  it('words a lock in every shipped language', async () => {
    for (const load of [async () => errors.en, errors.sv, errors.nb]) {
      const section = (await load()) as { account_locked: (p: object) => string };
      assert.match(section.account_locked({ seconds: 65, until }), /1 min 05/);
    }
  });
});
