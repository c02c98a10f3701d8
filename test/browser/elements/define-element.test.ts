import { expect, fixture, html } from '@open-wc/testing';
import { defineElement, LoginForm } from '../../../src/elements/index.js';
import '../../../src/elements/login-form/define.js';

describe('defineElement', () => {
  it('registers a class under a second tag name beside its own', async () => {
    const Acme = defineElement('acme-login-form', LoginForm);
    expect(customElements.get('login-form')).to.equal(LoginForm);
    expect(customElements.get('acme-login-form')).to.equal(Acme);
    expect(Acme.prototype).to.be.instanceOf(LoginForm);

    const el = await fixture<LoginForm>(html`<acme-login-form methods="password" lang="en"></acme-login-form>`);
    await el.updateComplete;
    // It works under the new name: the credential form renders into the light DOM as under <login-form>.
    expect(el.querySelector('form input[autocomplete="current-password"]')).to.not.equal(null);
  });

  it('is a no-op for a name already holding the same class, and keeps a foreign one', () => {
    expect(defineElement('login-form', LoginForm)).to.equal(LoginForm);
    class Other extends HTMLElement {}
    customElements.define('taken-login-form', Other);
    expect(defineElement('taken-login-form', LoginForm)).to.equal(Other);
  });
});
