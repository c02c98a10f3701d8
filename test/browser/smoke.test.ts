// Proves the browser test setup can load what the e2e suites need: the reference backend's server-side
// dependencies (hono, @simplewebauthn/server) resolved from node_modules and run inside Chromium.
import { scrypt } from '@noble/hashes/scrypt.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { expect } from '@open-wc/testing';
import { generateRegistrationOptions } from '@simplewebauthn/server';
import { Hono } from 'hono';
import { Secret, TOTP } from 'otpauth';

describe('browser test harness', () => {
  it('runs a Hono app through fetch', async () => {
    const app = new Hono();
    app.get('/ping', (c) => c.json({ pong: true }));
    const response = await app.fetch(new Request('http://x/ping'));
    expect(response.status).to.equal(200);
    expect(await response.json()).to.deep.equal({ pong: true });
  });

  it('runs @simplewebauthn/server with Web Crypto', async () => {
    const options = await generateRegistrationOptions({
      rpName: 'tillit',
      rpID: 'localhost',
      userName: 'ada@example.com',
      challenge: new TextEncoder().encode('fixed-challenge'),
    });
    // base64url of "fixed-challenge"
    expect(options.challenge).to.equal('Zml4ZWQtY2hhbGxlbmdl');
    expect(options.rp).to.deep.equal({ name: 'tillit', id: 'localhost' });
  });

  it('runs the other backend dependencies (otpauth, @noble/hashes)', () => {
    // otpauth's package has a "node" export condition; this proves the browser build was picked.
    const totp = new TOTP({ secret: Secret.fromBase32('JBSWY3DPEHPK3PXP'), digits: 6, period: 30 });
    expect(totp.generate({ timestamp: 0 })).to.match(/^\d{6}$/);
    const hash = scrypt('password', 'salt', { N: 16, r: 1, p: 1, dkLen: 16 });
    expect(bytesToHex(hash)).to.have.length(32);
  });
});
