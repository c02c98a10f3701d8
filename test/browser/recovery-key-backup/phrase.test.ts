import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/recovery-key-backup/define.js';
import type { IssuedRecoveryPhrase } from '../../../src/elements/recovery-key-backup/recovery-client.js';
import type { RecoveryKeyBackup } from '../../../src/elements/recovery-key-backup/recovery-key-backup.js';
import { button, demoBackend, freshAccount, passStepUp, reachableStrings, settle, stepTitle, summary, type, until } from '../totp-setup/helpers.js';

/*
 * <recovery-key-backup> on its own, against the in-page reference backend: issued after a step-up or handed in by
 * the host, shown once with copy / download / print, proved by the words at the backend's positions, the leave
 * warnings, the errors, and the words leaving the DOM and memory.
 */

const be = demoBackend();

async function mount(attrs: { issued?: IssuedRecoveryPhrase; qr?: boolean; lang?: string } = {}): Promise<RecoveryKeyBackup> {
  const el = await fixture<RecoveryKeyBackup>(
    html`<recovery-key-backup .client=${be.client} .issued=${attrs.issued} ?qr=${attrs.qr ?? false} lang=${attrs.lang ?? 'en'}></recovery-key-backup>`,
  );
  await settle(el);
  return el;
}

const shownWords = (el: RecoveryKeyBackup) => [...el.querySelectorAll('.tillit-phrase-shown li')].map((li) => li.textContent!.trim());
const proofInputs = (el: RecoveryKeyBackup) => [...el.querySelectorAll<HTMLInputElement>('input[name^=word-]')];
const warnsOnLeave = () => !window.dispatchEvent(new Event('beforeunload', { cancelable: true }));

/** A phrase issued through the API for the signed-in account (as a host would issue it itself). */
async function issueDirectly(email: string): Promise<IssuedRecoveryPhrase> {
  const challenge = await be.client.startStepUp({ action: 'issue_recovery_phrase' });
  await be.client.sendStepUpCode({ stepUpId: challenge.stepUpId, channel: 'email' });
  const { verificationToken } = await be.client.verifyStepUp({ stepUpId: challenge.stepUpId, factor: 'email', code: await be.outboxCode(email) });
  return be.client.issueRecoveryPhrase({ verificationToken: verificationToken! });
}

async function toProof(el: RecoveryKeyBackup): Promise<void> {
  button(el, 'I have written it down').click();
  await until(el, () => proofInputs(el).length === 3, 'the proof step');
}

function fill(el: RecoveryKeyBackup, words: readonly string[]): void {
  for (const input of proofInputs(el)) type(input, words[Number(input.name.slice(5)) - 1]!);
}

describe('recovery-key-backup: the phrase shown once and proved', () => {
  it('issues after a step-up, shows the numbered words with the warnings, and confirms the words asked for', async () => {
    const email = await freshAccount(be, 'phrase');
    const el = await mount();
    expect(stepTitle(el)).to.equal('Save a recovery phrase');
    await expect(el).to.be.accessible();
    button(el, 'Continue').click();
    await passStepUp(el, be, email);
    await until(el, () => shownWords(el).length === 12, 'the phrase');
    const words = shownWords(el);
    expect(words.every((w) => /^[a-z]+$/.test(w))).to.equal(true);
    expect(el.querySelector('ol.tillit-phrase-shown')!.getAttribute('aria-label')).to.equal('Your recovery phrase, 12 words in order');
    for (const warning of ['This is the only time we show it.', 'We do not keep a copy', 'Never in a screenshot, a cloud note, an email or a chat.']) {
      expect(el.textContent).to.contain(warning);
    }
    expect(document.activeElement).to.equal(el.querySelector('[data-tillit-heading]'));
    expect(warnsOnLeave(), 'beforeunload warns while the phrase is unsaved').to.equal(true);
    expect(el.querySelector('svg'), 'no QR code unless asked for').to.equal(null);
    await expect(el).to.be.accessible();

    await toProof(el);
    expect(stepTitle(el)).to.equal('Check your recovery phrase');
    const positions = proofInputs(el).map((i) => Number(i.name.slice(5)));
    expect(new Set(positions).size).to.equal(3);
    expect(proofInputs(el).every((i) => i.autocomplete === 'off' && i.getAttribute('spellcheck') === 'false')).to.equal(true);
    expect(proofInputs(el).map((i) => i.labels?.[0]?.textContent?.replace(/\s+/g, ' ').trim())).to.deep.equal(positions.map((p) => `${p}Word ${p} of 12`));
    el.querySelector('form')!.requestSubmit();
    const list = new Intl.ListFormat('en', { type: 'conjunction' }).format(positions.map(String));
    await until(el, () => summary(el).includes(`Enter words ${list}`), 'missing words');
    expect(proofInputs(el).every((i) => i.getAttribute('aria-invalid') === 'true')).to.equal(true);
    await expect(el).to.be.accessible();

    fill(el, words);
    type(proofInputs(el)[1]!, 'notaword');
    el.querySelector('form')!.requestSubmit();
    await until(el, () => summary(el).includes(`Word ${positions[1]} does not match`), 'a wrong word, caught here');
    expect(proofInputs(el)[0]!.value, 'what was typed stays').to.equal(words[positions[0]! - 1]);
    type(proofInputs(el)[1]!, `  ${words[positions[1]! - 1]!.toUpperCase()} `);
    const confirmed = new Promise<GlobalEventHandlersEventMap['tillit-recovery-phrase-confirmed']>((resolve) =>
      el.addEventListener('tillit-recovery-phrase-confirmed', resolve, { once: true }));
    el.querySelector('form')!.requestSubmit();
    const event = await confirmed;
    expect(event.confirmedAt).to.be.a('string');
    await until(el, () => el.step === 'done', 'done');
    expect(stepTitle(el)).to.equal('Your recovery phrase is saved');
    expect(warnsOnLeave(), 'nothing left to lose').to.equal(false);
    for (const word of words) expect(reachableStrings(el).includes(word), `"${word}" left memory`).to.equal(false);
    expect(el.querySelector('.tillit-phrase-shown')).to.equal(null);
    expect(proofInputs(el)).to.have.length(0);
    expect((await be.client.getSecurityOverview()).recoveryPhrase?.confirmedAt).to.equal(event.confirmedAt);
    await expect(el).to.be.accessible();
  });

  it('shows a phrase the host issued at once, with copy, download (.txt) and print, and its QR code when asked', async () => {
    const email = await freshAccount(be, 'host');
    const issued = await issueDirectly(email);
    const el = await mount({ issued, qr: true });
    await until(el, () => shownWords(el).length === 12 && el.querySelector('svg.tillit-qr') !== null, 'shown with its QR code');
    expect(shownWords(el)).to.deep.equal(issued.words);
    expect(el.issued, 'the element keeps no copy in its property').to.equal(undefined);
    expect(el.querySelector('svg.tillit-qr')!.getAttribute('aria-label')).to.equal('Your recovery phrase as a QR code');

    const copied: string[] = [];
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void copied.push(text) } });
    const created: Blob[] = [];
    const createObjectURL = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => (created.push(blob), 'blob:stub');
    const print = window.print;
    let printed = 0;
    window.print = () => void printed++;
    const clicks: HTMLAnchorElement[] = [];
    const onClick = (event: Event) => {
      if (event.target instanceof HTMLAnchorElement && event.target.download) {
        clicks.push(event.target);
        event.preventDefault();
      }
    };
    document.addEventListener('click', onClick, true);
    try {
      button(el, 'Copy').click();
      await until(el, () => el.shadowRoot!.querySelector('[role=status]')!.textContent!.includes('copied'), 'copied is announced');
      expect(copied).to.deep.equal([issued.words.join(' ')]);
      button(el, 'Download as a text file').click();
      expect(created).to.have.length(1);
      expect(created[0]!.type).to.equal('text/plain;charset=utf-8');
      const text = await created[0]!.text();
      issued.words.forEach((word, i) => expect(text).to.contain(`${i + 1}. ${word}`));
      expect(text).to.contain('This is the only time we show it.');
      button(el, 'Print').click();
      expect(printed).to.equal(1);
      expect(el.querySelector('[data-tillit-print] .tillit-phrase-shown'), 'the print sheet holds the words').not.to.equal(null);
    } finally {
      document.removeEventListener('click', onClick, true);
      if (clipboard) Object.defineProperty(navigator, 'clipboard', clipboard);
      else delete (navigator as { clipboard?: unknown }).clipboard;
      URL.createObjectURL = createObjectURL;
      window.print = print;
    }
    await expect(el).to.be.accessible();
  });

  it('warns in the page before leaving with the phrase unsaved; "Leave without saving" drops it', async () => {
    const email = await freshAccount(be, 'leave');
    const el = await mount({ issued: await issueDirectly(email) });
    await until(el, () => shownWords(el).length === 12, 'shown');
    const words = shownWords(el);
    button(el, 'Cancel').click();
    await settle(el);
    expect(stepTitle(el)).to.equal('Your recovery phrase is not saved yet');
    expect(document.activeElement).to.equal(el.querySelector('[data-tillit-heading]'));
    await expect(el).to.be.accessible();
    button(el, 'Go back to my phrase').click();
    await settle(el);
    expect(shownWords(el)).to.deep.equal(words);
    button(el, 'Cancel').click();
    await settle(el);
    const cancelled = new Promise<GlobalEventHandlersEventMap['tillit-cancelled']>((resolve) => el.addEventListener('tillit-cancelled', resolve, { once: true }));
    button(el, 'Leave without saving').click();
    expect((await cancelled).step).to.equal('show');
    await settle(el);
    expect(el.step).to.equal('start');
    expect(el.textContent).not.to.contain(words.join(''));
    expect(words.some((w) => reachableStrings(el).includes(w))).to.equal(false);
    expect(warnsOnLeave()).to.equal(false);
  });

  it('reports words the backend refuses with the tries left, and an expired phrase with "Start again"', async () => {
    const email = await freshAccount(be, 'refused');
    const issued = await issueDirectly(email);
    // A host that handed in a phrase it got wrong: the check here passes, the backend refuses.
    const wrong = issued.words.map((w, i) => (issued.confirmIndexes.includes(i) ? `${w}x` : w));
    const el = await mount({ issued: { ...issued, words: wrong } });
    await until(el, () => shownWords(el).length === 12, 'shown');
    await toProof(el);
    fill(el, wrong);
    el.querySelector('form')!.requestSubmit();
    await until(el, () => summary(el).includes('The words do not match your recovery phrase'), 'refused');
    expect(summary(el)).to.contain('4 attempts left');
    await expect(el).to.be.accessible();

    await be.testing.advanceClock({ seconds: 11 * 60 });
    el.querySelector('form')!.requestSubmit();
    await until(el, () => summary(el).includes('can no longer be confirmed'), 'expired');
    expect(proofInputs(el)).to.have.length(0);
    expect(warnsOnLeave(), 'an expired phrase is nothing to keep').to.equal(false);
    button(el, 'Start again');
    await expect(el).to.be.accessible();
  });

  it('is usable by keyboard alone: Enter submits the proof, the fields are in order', async () => {
    const email = await freshAccount(be, 'keys');
    const issued = await issueDirectly(email);
    const el = await mount({ issued });
    await until(el, () => shownWords(el).length === 12, 'shown');
    await toProof(el);
    const [first, second, third] = proofInputs(el);
    first!.focus();
    await sendKeys({ type: issued.words[issued.confirmIndexes[0]!]! });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(second);
    await sendKeys({ type: issued.words[issued.confirmIndexes[1]!]! });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(third);
    await sendKeys({ type: issued.words[issued.confirmIndexes[2]!]! });
    await sendKeys({ press: 'Enter' });
    await until(el, () => el.step === 'done', 'done by keyboard');
    expect(document.activeElement).to.equal(el.querySelector('[data-tillit-heading]'));
  });

  it('speaks Swedish and Norwegian', async () => {
    const email = await freshAccount(be, 'lang');
    const issued = await issueDirectly(email);
    for (const [lang, title, written] of [['sv', 'Skriv ner din återställningsfras', 'Jag har skrivit ner den'], ['nb', 'Skriv ned gjenopprettingsfrasen din', 'Jeg har skrevet den ned']] as const) {
      const el = await mount({ issued, lang });
      await until(el, () => stepTitle(el) === title, `${lang} title`);
      button(el, written);
      el.reset();
    }
  });
});
