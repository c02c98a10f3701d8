import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { defineElement } from '../../../src/elements/define-element.js';
import { LoginForm } from '../../../src/elements/login-form/login-form.js';
import { fieldStyles } from '../../../src/elements/shared/field-styles.js';
import { backend, mount, q, settle, signInWith, type } from '../login-form/helpers.js';
import '../step-up/test-step-up.js';

/*
 * The light-DOM part, as host pages treat it: one shared sheet however many elements, a container that survives
 * moves and a host clearing the element's children, the element's language on it, a warning in a shadow root,
 * rules a CSS reset cannot undo (Tailwind's real preflight), and forced colours.
 */

const be = backend();
const sheet = fieldStyles.styleSheet!;

describe('LightDomController', () => {
  it('adopts the shared field sheet once per root, however many elements share it', async () => {
    await mount(be.client);
    await mount(be.client);
    await fixture(html`<test-step-up></test-step-up>`);
    expect(document.adoptedStyleSheets.filter((s) => s === sheet)).to.have.length(1);
  });

  it('re-appends its container, with what was typed, when a host clears the element’s children', async () => {
    const el = await mount(be.client);
    type(q(el, 'input[type=email]'), 'alva@example.com');
    el.replaceChildren();
    await waitUntil(() => q(el, 'input[type=email]') !== null, 'the form is back');
    expect(q<HTMLInputElement>(el, 'input[type=email]')!.value).to.equal('alva@example.com');
    expect(el.querySelectorAll('[data-tillit-light]')).to.have.length(1);
  });

  it('re-appends its container after a move during which the element’s children were cleared', async () => {
    const el = await mount(be.client);
    type(q(el, 'input[type=email]'), 'bjorn@example.com');
    const parent = el.parentElement!;
    el.remove();
    el.replaceChildren(); // a framework tearing the subtree down while it is detached
    const elsewhere = document.createElement('section');
    parent.append(elsewhere);
    elsewhere.append(el);
    await settle(el);
    expect(q<HTMLInputElement>(el, 'input[type=email]')!.value).to.equal('bjorn@example.com');
  });

  it('puts the element’s language on its container', async () => {
    const el = await mount(be.client, { lang: 'sv' });
    await waitUntil(() => q(el, '[data-tillit-light]')!.getAttribute('lang') === 'sv', 'lang="sv" on the light part');
    el.setAttribute('lang', 'nb');
    await waitUntil(() => q(el, '[data-tillit-light]')!.getAttribute('lang') === 'nb', 'follows a change');
  });

  it('warns once, per tag, when the element sits in a host’s shadow root (password managers cannot see it)', async () => {
    defineElement('shadowed-login-form', LoginForm);
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
    try {
      const outer = await fixture<HTMLDivElement>(html`<div></div>`);
      const root = outer.attachShadow({ mode: 'open' });
      root.append(document.createElement('shadowed-login-form'), document.createElement('shadowed-login-form'));
      await nextFrame();
      expect(warnings.filter((w) => w.includes('shadow root'))).to.have.length(1);
      expect(warnings[0]).to.contain('<shadowed-login-form>');
      expect(root.adoptedStyleSheets, 'its styles go into that shadow root').to.include(sheet);
    } finally {
      console.warn = original;
    }
  });
});

describe('the light-DOM part on a page with a CSS reset', () => {
  let added: HTMLElement[] = [];
  afterEach(() => {
    for (const node of added) node.remove();
    added = [];
  });

  async function withReset(): Promise<void> {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/node_modules/tailwindcss/preflight.css' });
    const loaded = new Promise((resolve, reject) => ((link.onload = resolve), (link.onerror = reject)));
    // Tailwind 3's preflight, which outranks :where() selectors: the rule the issue quotes.
    const v3 = Object.assign(document.createElement('style'), {
      textContent: "button,[type='button'],[type='reset'],[type='submit']{-webkit-appearance:button;background-color:transparent;background-image:none}",
    });
    document.head.append(link, v3);
    added = [link, v3];
    await loaded;
  }

  it('keeps the primary button’s fill, the inputs’ borders and the switch under Tailwind’s preflight', async () => {
    await withReset();
    expect(getComputedStyle(document.body).margin, 'the reset is really on the page').to.equal('0px');
    const el = await mount(be.client);
    const submit = q<HTMLButtonElement>(el, 'button[type=submit]')!;
    expect(getComputedStyle(submit).backgroundColor).to.equal('rgb(11, 87, 208)');
    expect(getComputedStyle(submit).color).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(submit).borderRadius).to.not.equal('0px');
    const email = q<HTMLInputElement>(el, 'input[type=email]')!;
    expect(getComputedStyle(email).borderTopWidth).to.equal('1px');
    expect(getComputedStyle(email).paddingLeft).to.not.equal('0px');
    const chosen = q<HTMLElement>(el, '.tillit-switch-option input:checked + span')!;
    expect(getComputedStyle(chosen).backgroundColor).to.equal('rgb(11, 87, 208)');
    expect(getComputedStyle(q(el, '.tillit-link')!).textDecorationLine).to.equal('underline');
  });

  it('keeps the six code boxes under the reset', async () => {
    await withReset();
    const el = await mount(be.client);
    await signInWith(el, 'bjorn@example.com');
    await waitUntil(() => q(el, 'input[autocomplete=one-time-code]') !== null, 'code step', { timeout: 5000 });
    expect(getComputedStyle(q(el, 'input[autocomplete=one-time-code]')!).backgroundImage).to.contain('repeating-linear-gradient');
  });
});

describe('the light-DOM part in forced colours (Windows high contrast)', () => {
  afterEach(() => emulateMedia({ forcedColors: 'none' }));

  it('shows the chosen e-mail/phone option by an outline and a check mark, and draws the code boxes', async () => {
    await emulateMedia({ forcedColors: 'active' });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const el = await mount(be.client);
    const chosen = q<HTMLElement>(el, '.tillit-switch-option input:checked + span')!;
    expect(getComputedStyle(chosen).outlineStyle).to.equal('solid');
    expect(getComputedStyle(chosen, '::before').content).to.contain('\u2713');
    const other = q<HTMLElement>(el, '.tillit-switch-option input:not(:checked) + span')!;
    expect(getComputedStyle(other).outlineStyle).to.equal('none');
    expect(getComputedStyle(other, '::before').content).to.equal('none');
    await signInWith(el, 'bjorn@example.com');
    await waitUntil(() => q(el, 'input[autocomplete=one-time-code]') !== null, 'code step', { timeout: 5000 });
    const code = q<HTMLInputElement>(el, 'input[autocomplete=one-time-code]')!;
    expect(getComputedStyle(code).backgroundImage, 'gradients kept with system colours').to.contain('repeating-linear-gradient');
    await expect(el).to.be.accessible();
  });
});
