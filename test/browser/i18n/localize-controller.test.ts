import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LocalizeController } from '../../../src/controllers/localize-controller.js';
import { defineMessages } from '../../../src/i18n/define.js';

/** An element section, declared the way elements declare theirs (here with inline loaders). */
const probeMessages = defineMessages({
  en: { hello: 'Hello', greet: (p: { name: string }) => `Hello ${p.name}` },
  sv: async () => ({ hello: 'Hej', greet: (p: { name: string }) => `Hej ${p.name}` }),
  nb: async () => ({ hello: 'Hei', greet: (p: { name: string }) => `Hei ${p.name}` }),
});

class I18nProbe extends LitElement {
  readonly i18n = new LocalizeController(this, { probe: probeMessages });
  renders = 0;

  override render() {
    this.renders += 1;
    return html`<p>${this.i18n.t.common.continue}</p><span>${this.i18n.t.probe.greet({ name: 'Ada' })}</span>`;
  }
}
customElements.define('i18n-probe', I18nProbe);

/** A plain host whose shadow root holds the probe, to test lang lookup across shadow roots. */
class I18nShell extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<div><i18n-probe></i18n-probe></div>';
  }
}
customElements.define('i18n-shell', I18nShell);

const text = (probe: I18nProbe) => probe.shadowRoot?.querySelector('p')?.textContent ?? '';
const probeIn = (root: ParentNode) => root.querySelector('i18n-probe') as I18nProbe;
const fetched = (name: string) =>
  performance.getEntriesByType('resource').some((entry) => new RegExp(`/src/i18n/${name}\\.(js|ts)`).test(entry.name));

async function settled(probe: I18nProbe): Promise<void> {
  await probe.i18n.ready;
  await probe.updateComplete;
}

describe('LocalizeController', () => {
  // Must stay first: the sv chunk is loaded once per page and cached after.
  it('loads Swedish lazily, showing English until it arrives', async () => {
    expect(fetched('sv'), 'sv fetched before anyone asked').to.equal(false);
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="sv-SE"><i18n-probe></i18n-probe></div>`);
    const probe = probeIn(wrapper);
    expect(['Continue', 'Fortsätt']).to.include(text(probe));
    await settled(probe);
    expect(text(probe)).to.equal('Fortsätt');
    expect(probe.shadowRoot?.querySelector('span')?.textContent).to.equal('Hej Ada');
    expect(probe.i18n.locale).to.equal('sv');
    expect(fetched('sv')).to.equal(true);
    expect(fetched('nb'), 'nb fetched without being asked for').to.equal(false);
  });

  it('renders English at once, without waiting', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-GB"><i18n-probe></i18n-probe></div>`);
    expect(text(probeIn(wrapper))).to.equal('Continue');
    expect(probeIn(wrapper).i18n.locale).to.equal('en');
  });

  it('falls back to English for a language it does not ship', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="de"><i18n-probe></i18n-probe></div>`);
    await settled(probeIn(wrapper));
    expect(text(probeIn(wrapper))).to.equal('Continue');
  });

  it("uses the element's own lang over an ancestor's", async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="sv"><i18n-probe lang="no"></i18n-probe></div>`);
    await settled(probeIn(wrapper));
    expect(text(probeIn(wrapper))).to.equal('Fortsett');
  });

  it('finds the nearest lang across a shadow root', async () => {
    const shell = await fixture<I18nShell>(html`<i18n-shell lang="nb-NO"></i18n-shell>`);
    const probe = probeIn(shell.shadowRoot!);
    await settled(probe);
    expect(text(probe)).to.equal('Fortsett');
  });

  it('re-renders when an ancestor lang changes, inside a shadow root too', async () => {
    const shell = await fixture<I18nShell>(html`<i18n-shell lang="en"></i18n-shell>`);
    const probe = probeIn(shell.shadowRoot!);
    expect(text(probe)).to.equal('Continue');
    shell.lang = 'sv';
    await waitUntil(() => text(probe) === 'Fortsätt', 'did not switch to Swedish');
    shell.shadowRoot!.querySelector('div')!.lang = 'nb';
    await waitUntil(() => text(probe) === 'Fortsett', 'did not see the lang inside the shadow root');
  });

  it("re-renders when the element's lang property changes", async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><i18n-probe></i18n-probe></div>`);
    const probe = probeIn(wrapper);
    probe.lang = 'sv';
    await waitUntil(() => text(probe) === 'Fortsätt');
    probe.removeAttribute('lang');
    await waitUntil(() => text(probe) === 'Continue');
  });

  it('follows the document lang when nothing nearer says', async () => {
    const original = document.documentElement.lang;
    try {
      document.documentElement.lang = 'nb';
      const probe = await fixture<I18nProbe>(html`<i18n-probe></i18n-probe>`);
      await settled(probe);
      expect(text(probe)).to.equal('Fortsett');
      document.documentElement.lang = 'sv';
      await waitUntil(() => text(probe) === 'Fortsätt');
    } finally {
      document.documentElement.lang = original;
    }
  });

  it('stops watching when disconnected and catches up when reconnected', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><i18n-probe></i18n-probe></div>`);
    const probe = probeIn(wrapper);
    const before = probe.renders;
    const original = document.documentElement.lang;
    try {
      probe.remove();
      // A detached element falls back to the document lang, so a leaked observer would switch it to Swedish.
      document.documentElement.lang = 'sv';
      wrapper.lang = 'sv';
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(probe.renders).to.equal(before);
      expect(probe.i18n.locale).to.equal('en');
    } finally {
      document.documentElement.lang = original;
    }
    wrapper.append(probe);
    await waitUntil(() => text(probe) === 'Fortsätt');
  });

  it('maps errors to messages in the locale, with the wait filled in', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="sv"><i18n-probe></i18n-probe></div>`);
    const probe = probeIn(wrapper);
    await settled(probe);
    // The error messages load the first time they are needed (a page without errors never fetches them).
    await probe.i18n.errorsReady();
    expect(probe.i18n.error({ code: 'rate_limited', retryAfter: 65 })).to.equal(
      'För många försök. Vänta 1 min 05 s och försök igen.',
    );
    expect(probe.i18n.error({ code: 'something_new' })).to.equal('Något gick fel. Försök igen senare.');
    expect(probe.i18n.formatDuration(45)).to.equal('45 s');
    expect(probe.i18n.formatNumber(1234.5)).to.equal(new Intl.NumberFormat('sv').format(1234.5));
  });

  it('shows a section added while its language loads, even when the earlier load finishes last', async () => {
    // Each call of the sv loader waits on its own gate, opened by the test in the order that used to lose the section.
    const gates: ((section: { word: string }) => void)[] = [];
    const slowMessages = defineMessages({
      en: { word: 'Word' },
      sv: () => new Promise<{ word: string }>((resolve) => gates.push(resolve)),
      nb: async () => ({ word: 'Ord' }),
    });
    const laterMessages = defineMessages({ en: { later: 'Later' }, sv: async () => ({ later: 'Senare' }), nb: async () => ({ later: 'Senere' }) });
    class RaceProbe extends LitElement {
      readonly i18n = new LocalizeController<{ slow: typeof slowMessages }, { later: typeof laterMessages }>(this, { slow: slowMessages });
      override render() {
        return html`<p>${this.i18n.t.slow.word} ${this.i18n.t.later?.later ?? '-'}</p>`;
      }
    }
    customElements.define('i18n-race-probe', RaceProbe);
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="sv"><i18n-race-probe></i18n-race-probe></div>`);
    const probe = wrapper.querySelector('i18n-race-probe') as RaceProbe;
    // The language load started on connect and waits at the first gate; a lazy part now adds its section.
    const added = probe.i18n.add({ later: laterMessages });
    await waitUntil(() => gates.length === 2);
    gates[1]!({ word: 'Ord' });
    await added;
    gates[0]!({ word: 'Ord' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await probe.updateComplete;
    expect(probe.i18n.t.later?.later).to.equal('Senare');
    expect(probe.shadowRoot?.querySelector('p')?.textContent).to.equal('Ord Senare');
  });
});
