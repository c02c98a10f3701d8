import { expect } from '@open-wc/testing';
import {
  button, click, demoBackend, fillLevelOne, freshKey, goodPhotos, heading, mount, photo, pick, processed, q, settle, summary, text, until, uploaded,
} from './helpers.js';

describe('<kyc-uploader> from level 0 to approved', function () {
  // Each test signs in through the in-page backend (scrypt) first: seconds on a loaded machine.
  this.timeout(30_000);
  it('shows the overview: level, the levels table with limits and requirements, accessible', async () => {
    const be = demoBackend();
    await be.signInAs('alva@example.com');
    const el = await mount(be.client);
    expect(heading(el)).to.equal('Verify your identity');
    expect(text(el)).to.contain('You are not verified yet');
    const rows = el.querySelectorAll('table tbody tr');
    expect(rows.length).to.equal(2);
    expect(rows[0]!.textContent).to.contain('Full legal name').and.to.contain('a day');
    expect(rows[1]!.textContent).to.contain('A selfie').and.to.contain('Complete the level before');
    await expect(el).to.be.accessible();
  });

  it('level 1: checks on submit, accepts names in any script, then shows level 1 verified', async () => {
    const be = demoBackend();
    await be.signInAs('alva@example.com');
    const el = await mount(be.client);
    const steps: string[] = [];
    el.addEventListener('tillit-step-change', (event) => steps.push(event.step));
    await click(el, 'Start level 1');
    expect(heading(el)).to.equal('Your details');
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('[part=heading]'));
    await expect(el).to.be.accessible();

    q<HTMLFormElement>(el, 'form')!.requestSubmit();
    await until(el, () => summary(el) !== '', 'the errors showed');
    expect(summary(el)).to.contain('Choose your country or region').and.to.contain('Enter your first name as on your ID');
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('[data-error-summary]'));
    await expect(el).to.be.accessible();

    // The search narrows the list by the localized name, ignoring accents.
    const search = q<HTMLInputElement>(el, 'input[type=search]')!;
    search.value = 'swed';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await settle(el);
    expect([...el.querySelectorAll('select[name=country] option')].map((o) => o.textContent)).to.deep.equal(['Sweden']);

    const status = new Promise<string>((resolve) => el.addEventListener('tillit-kyc-status-change', (e) => resolve(`${e.level}:${e.status}`), { once: true }));
    await fillLevelOne(el, { country: 'SE', firstName: 'Ана-Мария', lastName: "O'Neill Öberg", dateOfBirth: '1990-04-12' });
    await until(el, () => heading(el) === 'Verify your identity', 'back on the overview');
    expect(await status).to.equal('1:approved');
    expect(text(el)).to.contain('You are verified to level 1');
    expect(steps).to.deep.equal(['level-1', 'overview']);
    // The names leave the page with their step.
    expect(el.innerHTML).not.to.contain('Ана-Мария');
    expect(el.querySelector('input[name=firstName]')).to.equal(null);
  });

  it('level 1: a digit in a name and an under-18 birth date are refused with specific messages', async () => {
    const be = demoBackend();
    await be.signInAs('alva@example.com');
    const el = await mount(be.client);
    await click(el, 'Start level 1');
    const year = new Date().getFullYear() - 10;
    await fillLevelOne(el, { country: 'NO', firstName: 'R2D2', lastName: 'Nilsen', dateOfBirth: `${year}-01-01` });
    await until(el, () => summary(el) !== '', 'the errors showed');
    expect(summary(el)).to.contain('Use only letters').and.to.contain('You must be 18 or older');
  });

  it('level 2: passport photo with EXIF and GPS, a selfie, uploads, submit, pending, then approved by polling', async function () {
    this.timeout(60_000);
    const be = demoBackend();
    await be.signInAs('ebba@example.com');
    const draftKey = freshKey();
    const el = await mount(be.client, { pollInterval: 200, draftKey });
    const { card, selfie } = await goodPhotos();
    await click(el, 'Start level 2');
    expect(heading(el)).to.equal('Choose your ID');
    await click(el, 'Next');
    expect(summary(el)).to.contain('Choose the document you will photograph');
    q<HTMLInputElement>(el, 'input[value=passport]')!.click();
    await settle(el);
    await click(el, 'Next');
    expect(heading(el)).to.equal('Your passport photo page');
    await expect(el).to.be.accessible();
    await pick(el, card);
    expect(await processed(el)).to.equal('ready');
    await uploaded(el);
    await expect(el).to.be.accessible();
    await click(el, 'Next');
    expect(heading(el)).to.equal('A selfie');
    await pick(el, selfie);
    expect(await processed(el)).to.equal('ready');
    await uploaded(el);
    await click(el, 'Next');
    expect(heading(el)).to.equal('Check and send');
    await expect(el).to.be.accessible();
    expect(button(el, 'Send for review').disabled).to.equal(false);
    await click(el, 'Send for review');
    await until(el, () => text(el).includes('We are checking your documents'), 'pending shown');
    expect(text(el)).to.contain('15-60 minutes');
    await expect(el).to.be.accessible();
    // The demo's reviewer approves once 15 minutes pass on its clock; the element's poll sees it.
    await be.testing.advanceClock({ seconds: 16 * 60 });
    await until(el, () => text(el).includes('You are verified to level 2'), 'approved by a poll', 15_000);
    expect(text(el)).to.contain('You are verified to level 2');
    // Nothing of the verification stays in the browser once it is done.
    const { draftStore } = await import('../../../src/elements/kyc-uploader/draft-store.js');
    await until(el, () => true, '');
    expect(await draftStore.load(draftKey)).to.equal(undefined);
    expect(await draftStore.load(`${draftKey}:sent`)).to.equal(undefined);
  });

  it('blocks a blurred photo twice with its guidance, then lets the user send it anyway', async function () {
    this.timeout(60_000);
    const be = demoBackend();
    await be.signInAs('ebba@example.com');
    const el = await mount(be.client);
    const blurred = await photo({ blur: 6 });
    await click(el, 'Start level 2');
    q<HTMLInputElement>(el, 'input[value=passport]')!.click();
    await settle(el);
    await click(el, 'Next');
    for (const attempt of [1, 2]) {
      await pick(el, blurred);
      expect(await processed(el), `attempt ${attempt}`).to.equal('review');
      expect(text(el)).to.contain('The photo is blurred').and.to.contain('Take the photo again.');
      // The file input the user used is gone: focus is on "Retake", the first control of the guidance.
      expect(document.activeElement, 'focus on "Retake"').to.equal(button(el, 'Retake'));
      expect(() => button(el, 'Use this photo anyway')).to.throw();
      await expect(el).to.be.accessible();
      await click(el, 'Retake');
      // "Retake" is gone too: focus is on the first control of the picker again.
      expect(document.activeElement, 'focus on "Use camera"').to.equal(button(el, 'Use camera'));
    }
    await pick(el, blurred);
    expect(await processed(el)).to.equal('review');
    expect(text(el)).to.contain('use this photo if you are sure');
    await click(el, 'Use this photo anyway');
    await uploaded(el);
  });
});
