import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Secret, TOTP, URI } from 'otpauth';
import { groupKey, parseOtpauth } from '../../../src/elements/totp-setup/otpauth.js';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

/** The URI another implementation (otpauth, which the reference backend uses too) writes for this issuer. */
const uriFor = (issuer: string, label: string) =>
  new TOTP({ issuer, label, secret: Secret.fromBase32(SECRET), digits: 6, period: 30, algorithm: 'SHA1' }).toString();

describe('parseOtpauth: what an authenticator app will list, and a URI every app reads', () => {
  it('reads issuer and account from a percent-encoded label and `issuer` (spaces, non-ASCII)', () => {
    for (const issuer of ['tillit demo exchange', 'Börs & Co', 'Øst Krypto AS', '交易所 Exchange']) {
      const details = parseOtpauth(uriFor(issuer, 'åsa.öberg@example.com'));
      assert.equal(details.issuer, issuer);
      assert.equal(details.account, 'åsa.öberg@example.com');
      assert.deepEqual([details.digits, details.period, details.algorithm], [6, 30, 'SHA1']);
    }
  });

  it('writes spaces as %20 and non-ASCII as UTF-8 escapes, never raw or as "+", and keeps the key', () => {
    const { uri } = parseOtpauth(uriFor('Börs Exchange', 'ann@example.com'));
    assert.match(uri, /^otpauth:\/\/totp\/B%C3%B6rs%20Exchange:ann%40example\.com\?/);
    assert.match(uri, /[?&]issuer=B%C3%B6rs%20Exchange(&|$)/);
    assert.match(uri, new RegExp(`[?&]secret=${SECRET}(&|$)`));
    assert.ok(!/[ +]/.test(uri), uri);
    // Another implementation reads it back to the same key, issuer and account.
    const back = URI.parse(uri) as TOTP;
    assert.deepEqual([back.issuer, back.label, back.secret.base32], ['Börs Exchange', 'ann@example.com', SECRET]);
  });

  it('mends a server URI with raw spaces or a "+" in `issuer` (the form encoding of a space)', () => {
    const details = parseOtpauth(`otpauth://totp/Acme Exchange:bo@example.com?secret=${SECRET}&issuer=Acme+Exchange&digits=8&period=60`);
    assert.equal(details.issuer, 'Acme Exchange');
    assert.equal(details.account, 'bo@example.com');
    assert.deepEqual([details.digits, details.period], [8, 60]);
    assert.equal(details.uri, `otpauth://totp/Acme%20Exchange:bo%40example.com?secret=${SECRET}&digits=8&period=60&issuer=Acme%20Exchange`);
  });

  it('takes the label’s issuer when there is no `issuer` parameter, and none when the label has no prefix', () => {
    assert.equal(parseOtpauth(`otpauth://totp/Acme:bo?secret=${SECRET}`).issuer, 'Acme');
    const bare = parseOtpauth(`otpauth://totp/bo%40example.com?secret=${SECRET}`);
    assert.deepEqual([bare.issuer, bare.account], ['', 'bo@example.com']);
    assert.equal(bare.uri, `otpauth://totp/bo%40example.com?secret=${SECRET}`);
  });

  it('survives a malformed escape instead of throwing', () => {
    assert.equal(parseOtpauth(`otpauth://totp/Acme%E0:bo?secret=${SECRET}`).issuer, 'Acme%E0');
  });
});

describe('groupKey', () => {
  it('splits the key in groups of four and drops the padding', () => {
    assert.deepEqual(groupKey('JBSWY3DPEHPK3PXP'), ['JBSW', 'Y3DP', 'EHPK', '3PXP']);
    assert.deepEqual(groupKey('MFRGGZDF===='), ['MFRG', 'GZDF']);
    assert.deepEqual(groupKey('ABCDEF'), ['ABCD', 'EF']);
  });
});
