import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { acceptedTypes, typeAllowedFor } from '../../../demo/routes/kyc/policy.js';
import { declaredTypeAgrees, sniffContentType } from '../../../demo/routes/kyc/sniff.js';
import { isAdult } from '../../../demo/routes/kyc/submissions.js';
import { gifBytes, heicBytes, jpegBytes, pdfBytes, pngBytes } from '../../conformance/kyc-files.js';

describe('kyc sniffContentType', () => {
  it('recognizes each accepted type by its first bytes', () => {
    assert.equal(sniffContentType(jpegBytes()), 'image/jpeg');
    assert.equal(sniffContentType(pngBytes()), 'image/png');
    assert.equal(sniffContentType(heicBytes()), 'image/heic');
    assert.equal(sniffContentType(pdfBytes()), 'application/pdf');
  });

  it('refuses other content whatever it is called', () => {
    assert.equal(sniffContentType(gifBytes()), null);
    assert.equal(sniffContentType(new TextEncoder().encode('MZ\x90\x00 not an image at all')), null);
    assert.equal(sniffContentType(new Uint8Array()), null);
    // An ISO media file of another brand (an MP4 video) is not HEIC.
    const mp4 = Uint8Array.from([0, 0, 0, 24, ...new TextEncoder().encode('ftypisom')]);
    assert.equal(sniffContentType(mp4), null);
  });
});

describe('kyc declaredTypeAgrees', () => {
  it('accepts a matching, aliased, empty or generic declared type', () => {
    assert.ok(declaredTypeAgrees('image/jpeg', 'image/jpeg'));
    assert.ok(declaredTypeAgrees('image/jpg', 'image/jpeg'));
    assert.ok(declaredTypeAgrees('image/heif', 'image/heic'));
    assert.ok(declaredTypeAgrees('', 'image/png'));
    assert.ok(declaredTypeAgrees('application/octet-stream', 'image/png'));
  });

  it('refuses a declared type that contradicts the content', () => {
    assert.equal(declaredTypeAgrees('image/png', 'image/jpeg'), false);
    assert.equal(declaredTypeAgrees('application/pdf', 'image/png'), false);
  });
});

describe('kyc policy', () => {
  it('allows PDF only for supplementary documents', () => {
    assert.equal(typeAllowedFor('supplementary', 'application/pdf'), true);
    assert.equal(typeAllowedFor('id_front', 'application/pdf'), false);
    assert.equal(typeAllowedFor('selfie', 'image/heic'), true);
  });

  it('needs a back side for every type but the passport, and varies the types by country', () => {
    const se = acceptedTypes('SE');
    assert.deepEqual(
      se.map(({ type, backRequired }) => [type, backRequired]),
      [
        ['passport', false],
        ['national_id', true],
        ['driving_licence', true],
        ['residence_permit', true],
      ],
    );
    assert.equal(acceptedTypes('US').some(({ type }) => type === 'national_id'), false);
    assert.equal(acceptedTypes(null).length, 4);
  });
});

describe('kyc isAdult', () => {
  const at = (iso: string): number => Date.parse(iso);

  it('turns 18 at the start of the 18th birthday (UTC)', () => {
    assert.equal(isAdult('2008-06-15', at('2026-06-14T23:59:59Z')), false);
    assert.equal(isAdult('2008-06-15', at('2026-06-15T00:00:00Z')), true);
  });

  it('lets leap-day children come of age on 1 March of a common year', () => {
    assert.equal(isAdult('2008-02-29', at('2026-02-28T12:00:00Z')), false);
    assert.equal(isAdult('2008-02-29', at('2026-03-01T00:00:00Z')), true);
  });

  it('refuses dates in the future', () => {
    assert.equal(isAdult('2030-01-01', at('2026-01-01T00:00:00Z')), false);
  });
});
