import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { errorCodes, fieldErrorCodes } from '../../../src/contract/errors.js';
import { coreMessages } from '../../../src/i18n/core.js';
import type { ClientErrorCode, MessageBundle } from '../../../src/i18n/types.js';
import { badTexts, errorBundle, foreignLetters, missingPaths, render, sameAsEnglish, sectionBundles } from './catalog-checks.js';

const clientCodes: ClientErrorCode[] = ['network', 'timeout', 'aborted', 'invalid_response'];
const locales = ['sv', 'nb'] as const;
const root = join(import.meta.dirname, '../../..');

/**
 * Keys whose translation may equal English. Keep it short: every entry is a word the languages share. Keys are
 * `section.key`.
 */
const sameAsEnglishAllowed: readonly string[] = [];

const errors = await errorBundle();
const bundles: Array<[string, MessageBundle]> = [...Object.entries(coreMessages), ['errors', errors], ...(await sectionBundles(root))];

describe('message catalog', () => {
  it('has an English message for every error code, client code and field error code', () => {
    for (const code of [...errorCodes, ...clientCodes, 'unknown']) assert.ok(code in errors.en, `errors.${code}`);
    for (const code of fieldErrorCodes) assert.ok(code in coreMessages.fields.en, `fields.${code}`);
  });

  for (const [name, bundle] of bundles) {
    describe(name, () => {
      it('renders non-empty English for sample params', () => {
        assert.deepEqual(badTexts(render(bundle.en)), []);
      });

      for (const locale of locales) {
        describe(locale, () => {
          it('has every key English has, and no others', async () => {
            const translated = await bundle[locale]();
            assert.deepEqual(missingPaths(bundle.en, translated), [], 'missing');
            assert.deepEqual(missingPaths(translated, bundle.en), [], 'extra');
            assert.deepEqual(
              Object.keys(bundle.en).filter((k) => typeof bundle.en[k] !== typeof translated[k]),
              [],
              'string in one language, function in the other',
            );
          });

          it('renders non-empty text for sample params', async () => {
            assert.deepEqual(badTexts(render(await bundle[locale]())), []);
          });

          it('is translated, not copied from English', async () => {
            const allowed = sameAsEnglishAllowed.filter((k) => k.startsWith(`${name}.`)).map((k) => k.slice(name.length + 1));
            assert.deepEqual(sameAsEnglish(bundle.en, await bundle[locale](), allowed), []);
          });

          it('is written in the right language', async () => {
            const texts = Object.entries(render(await bundle[locale]()));
            assert.deepEqual(texts.filter(([, text]) => foreignLetters[locale].test(text)).map(([key]) => key), []);
          });
        });
      }
    });
  }

  it('error messages cope with a problem body that leaves out every optional member', async () => {
    for (const load of [async () => errors.en, errors.sv, errors.nb]) {
      assert.deepEqual(badTexts(render(await load(), {})), []);
    }
  });
});

describe('the checks themselves', () => {
  it('accept a well-formed section written the documented way', async () => {
    const { exampleMessages } = await import('./fixtures/messages.js');
    const sv = await exampleMessages.sv();
    assert.deepEqual(missingPaths(exampleMessages.en, sv), []);
    assert.deepEqual(sameAsEnglish(exampleMessages.en, sv), []);
    assert.equal(sv.codeSentTo({ destination: 'a•••@example.com' }), 'Vi har skickat en kod till a•••@example.com');
  });

  it('catch a copied English text and a missing message', async () => {
    const { exampleMessages } = await import('./fixtures/messages.js');
    const nb = await exampleMessages.nb();
    assert.deepEqual(sameAsEnglish(exampleMessages.en, nb), ['forgotPassword']);
    assert.deepEqual(badTexts(render(nb, { destination: 'x' })), ['codeSentTo: "undefined"']);
  });
});
