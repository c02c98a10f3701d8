import { expect, fixture, html } from '@open-wc/testing';
import { defineElements, elementClasses, type LoginForm } from '../../../src/elements/index.js';

// A host page that already owns <login-form> (its own, older element) before it adds tillit under a prefix.
class HostLoginForm extends HTMLElement {}
customElements.define('login-form', HostLoginForm);

describe('defineElements', () => {
  it('registers every element under a prefix beside a page that owns our default names', async () => {
    const names = defineElements({ prefix: 'acme' });
    expect(Object.keys(names).sort()).to.deep.equal(Object.keys(elementClasses).sort());
    for (const [tag, name] of Object.entries(names)) {
      expect(name).to.equal(`acme-${tag}`);
      const registered = customElements.get(name);
      const ours = elementClasses[tag as keyof typeof elementClasses];
      // The class itself, or a trivial subclass when the class already holds another name.
      expect(registered === ours || registered?.prototype instanceof ours, name).to.equal(true);
    }
    // The host's own element keeps its name.
    expect(customElements.get('login-form')).to.equal(HostLoginForm);

    const el = await fixture<LoginForm>(html`<acme-login-form methods="password" lang="en"></acme-login-form>`);
    await el.updateComplete;
    expect(el.querySelector('form input[autocomplete="current-password"]')).to.not.equal(null);
    expect(document.querySelector('login-form')).to.equal(null);
  });

  it('is harmless when called twice, and refuses a prefix no custom element name can start with', () => {
    expect(defineElements({ prefix: 'acme' })['login-form']).to.equal('acme-login-form');
    for (const prefix of ['Acme', '1acme', 'acme-', '-acme', 'ac me', '']) {
      expect(() => defineElements({ prefix }), prefix).to.throw(TypeError);
    }
  });

  it('defines in the registry it is given', () => {
    const registry = { defined: new Map<string, CustomElementConstructor>() };
    const fake = {
      get: (name: string) => registry.defined.get(name),
      define: (name: string, ctor: CustomElementConstructor) => void registry.defined.set(name, ctor),
      getName: () => null,
    } as unknown as CustomElementRegistry;
    const names = defineElements({ prefix: 'scoped', registry: fake });
    expect([...registry.defined.keys()].sort()).to.deep.equal(Object.values(names).sort());
    expect(customElements.get('scoped-login-form')).to.equal(undefined);
  });
});
