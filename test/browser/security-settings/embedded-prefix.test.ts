import { expect } from '@open-wc/testing';
import { defineElements } from '../../../src/elements/define-elements.js';
import { demoBackend, freshAccount, mount, press, stepTitle, until } from './helpers.js';

/* A page that registered tillit under a prefix gets the embedded setup under its prefixed name, not a second copy. */
const be = demoBackend();

describe('<security-settings> embedding under defineElements({ prefix })', () => {
  it('renders <acme-totp-setup> when the page named it so', async () => {
    defineElements({ prefix: 'acme' });
    await freshAccount(be, 'prefix');
    const el = await mount(be.client);
    await press(el, 'Set up an authenticator app');
    await until(el, () => el.querySelector('acme-totp-setup [data-tillit-heading]') !== null, 'the prefixed setup shows');
    expect(el.querySelector('totp-setup')).to.equal(null);
    expect(stepTitle(el)).to.equal('Before you start');
  });
});
