import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './test-recovery-phrase.js';
import type { TestRecoveryPhrase } from './test-recovery-phrase.js';

/*
 * The shared recovery-phrase word boxes through a minimal host: labels, autocomplete and spell-check off, paste of
 * a whole phrase into any box, keyboard moves, normalised values, errors on submit, clear() wiping the DOM,
 * "words 3, 7 and 10", en/sv/nb, axe.
 */

const phrase = 'abandon ability able about above absent absorb abstract absurd abuse access accident'.split(' ');

async function mount(o: { lang?: string; positions?: number[] } = {}): Promise<TestRecoveryPhrase> {
  const el = await fixture<TestRecoveryPhrase>(html`<test-recovery-phrase lang=${o.lang ?? 'en'}></test-recovery-phrase>`);
  if (o.positions) el.phrase.ask(o.positions);
  await el.i18n.ready;
  await settle(el);
  return el;
}

async function settle(el: TestRecoveryPhrase): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const boxes = (el: TestRecoveryPhrase) => [...el.querySelectorAll<HTMLInputElement>('.tillit-phrase-input')];
const values = (el: TestRecoveryPhrase) => boxes(el).map((b) => b.value);
const live = (el: TestRecoveryPhrase) => text(el.shadowRoot!.querySelector('[aria-live=polite]'));
const summary = (el: TestRecoveryPhrase) => [...el.shadowRoot!.querySelectorAll('[data-error-summary] li')].map(text).join(' | ');
const labelOf = (el: TestRecoveryPhrase, input: HTMLInputElement) => text(el.querySelector(`label[for="${input.id}"] .tillit-visually-hidden`));

/** Pastes like the browser would (a paste event first); true when the boxes took it over from the browser. */
function paste(input: HTMLInputElement, textToPaste: string): boolean {
  const data = new DataTransfer();
  data.setData('text/plain', textToPaste);
  input.focus();
  return !input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
}

async function submit(el: TestRecoveryPhrase): Promise<void> {
  el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  await settle(el);
  await nextFrame();
}

describe('recovery-phrase word boxes', () => {
  it('are 12 numbered boxes named "Word n of 12", not for autofill or spell-check, axe clean', async () => {
    const el = await mount();
    const all = boxes(el);
    expect(all).to.have.length(12);
    expect(text(el.querySelector('legend'))).to.equal('Your recovery phrase');
    expect(all.map((b) => labelOf(el, b))).to.deep.equal(phrase.map((_, i) => `Word ${i + 1} of 12`));
    expect(text(el.querySelector(`label[for="${all[2]!.id}"] [aria-hidden]`))).to.equal('3');
    for (const b of all) {
      expect(b.form, 'in the form').to.equal(el.querySelector('form'));
      expect([b.type, b.autocomplete, b.spellcheck, b.getAttribute('autocapitalize'), b.getAttribute('autocorrect')]).to.deep.equal(['text', 'off', false, 'off', 'off']);
    }
    expect(new Set(all.map((b) => b.id)).size, 'unique ids').to.equal(12);
    expect(all.map((b) => b.enterKeyHint), 'a phone keyboard offers next, then done').to.deep.equal([...Array(11).fill('next'), 'done']);
    expect(all[0]!.getAttribute('aria-describedby')).to.equal(el.querySelector('.tillit-phrase .tillit-hint')!.id);
    await expect(el).to.be.accessible();
  });

  it('spreads a whole phrase pasted into any box over all the boxes, normalised, and says so', async () => {
    const el = await mount();
    const taken = paste(boxes(el)[4]!, `  ${phrase.slice(0, 6).join(' ').toUpperCase()}\n${phrase.slice(6).join('\t')}  `);
    expect(taken, 'the browser does not paste it all into one box').to.equal(true);
    await settle(el);
    expect(values(el)).to.deep.equal(phrase);
    expect(el.phrase.values).to.deep.equal(phrase);
    expect(document.activeElement).to.equal(boxes(el)[11]);
    await waitUntil(() => live(el) === '12 words filled in', `announced: ${live(el)}`);
  });

  it('fills a few pasted words from the box they went into, and lets a single word paste normally', async () => {
    const el = await mount();
    paste(boxes(el)[2]!, 'able about above');
    await settle(el);
    expect(values(el).slice(0, 6)).to.deep.equal(['', '', 'able', 'about', 'above', '']);
    expect(document.activeElement).to.equal(boxes(el)[5]);
    const single = new ClipboardEvent('paste', { clipboardData: new DataTransfer(), bubbles: true, cancelable: true });
    single.clipboardData!.setData('text/plain', 'absent');
    boxes(el)[5]!.dispatchEvent(single);
    expect(single.defaultPrevented, 'the browser pastes one word itself').to.equal(false);
  });

  it('moves on with space and Enter, back with Backspace in an empty box, and submits from the last box', async () => {
    const el = await mount();
    boxes(el)[0]!.focus();
    await sendKeys({ type: 'Abandon ability' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(values(el).slice(0, 3)).to.deep.equal(['Abandon', 'ability', '']);
    expect(document.activeElement).to.equal(boxes(el)[2]);
    await sendKeys({ press: 'Backspace' });
    expect(document.activeElement, 'back to the filled box').to.equal(boxes(el)[1]);
    expect(el.submitted, 'Enter before the last box does not submit').to.deep.equal([]);
    paste(boxes(el)[0]!, phrase.join(' '));
    await settle(el);
    boxes(el)[11]!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.submitted.map((s) => s.values)).to.deep.equal([phrase]);
  });

  it('says which words are missing on submit, marks the empty boxes, and the summary link goes to the first', async () => {
    const el = await mount();
    paste(boxes(el)[0]!, phrase.slice(0, 2).join(' '));
    await settle(el);
    await submit(el);
    expect(summary(el)).to.equal('Enter the 10 missing words');
    const error = el.querySelector('.tillit-phrase .tillit-error')!;
    expect(text(error)).to.equal('Error: Enter the 10 missing words');
    expect(boxes(el).map((b) => b.getAttribute('aria-invalid'))).to.deep.equal(['false', 'false', ...Array(10).fill('true')]);
    expect(boxes(el)[5]!.getAttribute('aria-describedby')).to.equal(error.id);
    const border = (b: HTMLInputElement) => getComputedStyle(b).borderTopWidth;
    expect([border(boxes(el)[0]!), border(boxes(el)[2]!)], 'only the empty boxes get the error border').to.deep.equal(['1px', '2px']);
    el.shadowRoot!.querySelector<HTMLElement>('[data-error-summary] a, [data-error-summary] button')!.click();
    expect(document.activeElement).to.equal(boxes(el)[2]);
    await expect(el).to.be.accessible();
  });

  it('says "Enter the 12 words" when none was entered, and lists up to three missing', async () => {
    const el = await mount();
    await submit(el);
    expect(summary(el)).to.equal('Enter the 12 words of your recovery phrase');
    paste(boxes(el)[0]!, phrase.slice(0, 9).join(' '));
    await settle(el);
    await submit(el);
    expect(summary(el)).to.equal('Enter words 10, 11, and 12');
    expect(boxes(el).filter((b) => b.getAttribute('aria-invalid') === 'true')).to.have.length(3);
  });

  it('asks for words 3, 7 and 10 only, and takes them out of a pasted phrase', async () => {
    const el = await mount({ positions: [2, 6, 9] });
    expect(boxes(el).map((b) => labelOf(el, b))).to.deep.equal(['Word 3 of 12', 'Word 7 of 12', 'Word 10 of 12']);
    expect(text(el.querySelector('.tillit-phrase .tillit-hint'))).to.equal(
      'Enter words 3, 7, and 10 of your recovery phrase. You can also paste the whole phrase.',
    );
    await submit(el);
    expect(summary(el)).to.equal('Enter words 3, 7, and 10');
    paste(boxes(el)[1]!, phrase.join(' '));
    await settle(el);
    expect(values(el)).to.deep.equal(['able', 'absorb', 'abuse']);
    await submit(el);
    expect(el.submitted.at(-1)!.entries).to.deep.equal([
      { index: 2, word: 'able' },
      { index: 6, word: 'absorb' },
      { index: 9, word: 'abuse' },
    ]);
    await expect(el).to.be.accessible();
  });

  it('clear() wipes every word from the boxes and the DOM', async () => {
    const el = await mount();
    paste(boxes(el)[0]!, phrase.join(' '));
    await settle(el);
    el.phrase.clear();
    await settle(el);
    expect(values(el)).to.deep.equal(Array(12).fill(''));
    expect(el.phrase.values).to.deep.equal(Array(12).fill(''));
    const html = el.innerHTML;
    for (const word of phrase) expect(html, word).to.not.contain(word);
  });

  it('speaks Swedish and Norwegian', async () => {
    const el = await mount({ lang: 'sv', positions: [0, 4] });
    expect(boxes(el).map((b) => labelOf(el, b))).to.deep.equal(['Ord 1 av 12', 'Ord 5 av 12']);
    await submit(el);
    expect(summary(el)).to.equal('Ange ord 1 och 5');
    await expect(el).to.be.accessible();
    el.setAttribute('lang', 'nb');
    await waitUntil(() => summary(el) === 'Skriv inn ord 1 og 5', `nb: ${summary(el)}`);
    expect(text(el.querySelector('legend'))).to.equal('Gjenopprettingsfrasen din');
  });
});
