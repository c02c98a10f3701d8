import { expect, fixture, html } from '@open-wc/testing';
import { createClient } from '../../../src/client/index.js';
import { DEMO_BASE_URL } from '../../../demo/browser/index.js';
import type { KycUploader } from '../../../src/elements/kyc-uploader/kyc-uploader.js';
import {
  button, click, demoBackend, summary, fillLevelOne, freshKey, goodPhotos, heading, mount, pick, processed, q, settle, text, type, until, uploaded,
} from './helpers.js';

describe('<kyc-uploader> draft: nothing is lost to a reload', () => {
  it('a reload in the middle of an upload resumes it from the kept photo, without asking for it again', async function () {
    this.timeout(60_000);
    const be = demoBackend();
    await be.signInAs('ebba@example.com');
    const key = freshKey();
    // Uploads through this client never finish: the page "reloads" while the photo is on its way.
    const stuck = createClient({
      baseUrl: DEMO_BASE_URL,
      fetch: (input, init) => (new Request(input, init).url.endsWith('/v1/kyc/documents') ? new Promise<Response>(() => undefined) : be.demo.fetch(input, init)),
    });
    const first = await mount(stuck, { draftKey: key });
    const { card } = await goodPhotos();
    await click(first, 'Start level 2');
    q<HTMLInputElement>(first, 'input[value=passport]')!.click();
    await settle(first);
    await click(first, 'Next');
    await pick(first, card);
    expect(await processed(first)).to.equal('ready');
    expect(q(first, '[data-upload=uploading]'), 'the upload is running').to.not.equal(null);
    first.remove();

    const uploadsBefore = (await be.client.getKycOverview()).status;
    const second = await mount(be.client, { draftKey: key });
    expect(text(second)).to.contain('We kept what you did last time');
    await expect(second).to.be.accessible();
    await click(second, 'Start level 2');
    // The document type and the photo were kept: level 2 goes on at the selfie; the photo uploads again by itself.
    expect(heading(second)).to.equal('A selfie');
    await click(second, 'Back');
    expect(heading(second)).to.equal('Your passport photo page');
    await uploaded(second);
    expect(q(second, 'img.tillit-kyc-preview')).to.not.equal(null);
    expect(uploadsBefore).to.equal('approved');
  });

  it('keeps the level-1 details typed before a reload', async () => {
    const be = demoBackend();
    await be.signInAs('alva@example.com');
    const key = freshKey();
    const first = await mount(be.client, { draftKey: key });
    await click(first, 'Start level 1');
    type(q(first, 'input[name=firstName]'), 'Åsa');
    type(q(first, 'select[name=country]'), 'NO');
    await settle(first);
    first.remove();
    const second = await mount(be.client, { draftKey: key });
    await click(second, 'Start level 1');
    expect(q<HTMLInputElement>(second, 'input[name=firstName]')!.value).to.equal('Åsa');
    expect(q<HTMLSelectElement>(second, 'select[name=country]')!.value).to.equal('NO');
    await fillLevelOne(second, { country: 'NO', firstName: 'Åsa', lastName: 'Berg', dateOfBirth: '1985-02-03' });
    await until(second, () => text(second).includes('You are verified to level 1'), 'level 1 done');
  });

  it('"Discard and start again" deletes the draft: a reload starts empty', async function () {
    this.timeout(60_000);
    const be = demoBackend();
    await be.signInAs('ebba@example.com');
    const key = freshKey();
    const first = await mount(be.client, { draftKey: key });
    const { card } = await goodPhotos();
    await click(first, 'Start level 2');
    q<HTMLInputElement>(first, 'input[value=passport]')!.click();
    await settle(first);
    await click(first, 'Next');
    await pick(first, card);
    await uploaded(first);
    first.remove();
    const second = await mount(be.client, { draftKey: key });
    await click(second, 'Discard and start again');
    await until(second, () => !text(second).includes('We kept what you did last time'), 'draft gone');
    second.remove();
    const third = await fixture<KycUploader>(html`<kyc-uploader .client=${be.client} lang="en" draft-key=${key}></kyc-uploader>`);
    await until(third, () => text(third).includes('Start level 2'), 'loaded');
    expect(text(third)).not.to.contain('We kept what you did last time');
    button(third, 'Start level 2').click();
    await settle(third);
    expect(heading(third)).to.equal('Choose your ID');
  });

  it('deletes the draft once the submission is accepted', async function () {
    this.timeout(60_000);
    const be = demoBackend();
    await be.signInAs('ebba@example.com');
    const key = freshKey();
    const el = await mount(be.client, { draftKey: key });
    const { passportUpToSubmit } = await import('./helpers.js');
    await passportUpToSubmit(el);
    await click(el, 'Send for review');
    await until(el, () => text(el).includes('We are checking your documents'), 'pending');
    const { draftStore } = await import('../../../src/elements/kyc-uploader/draft-store.js');
    await until(el, () => true, '');
    expect(await draftStore.load(key)).to.equal(undefined);
  });

  it('uploads the backend lost (past their 24 hours) go up again from the kept photos: no photo is taken again', async function () {
    this.timeout(60_000);
    const be = demoBackend();
    await be.signInAs('ebba@example.com');
    const el = await mount(be.client);
    const { passportUpToSubmit } = await import('./helpers.js');
    await passportUpToSubmit(el);
    await be.testing.advanceClock({ seconds: 25 * 3600 });
    await click(el, 'Send for review');
    await until(el, () => summary(el) !== '', 'documents_missing shown');
    expect(heading(el)).to.equal('Check and send');
    await until(el, () => el.querySelectorAll('[data-upload=done]').length === 2, 'uploaded again by itself', 20_000);
    await click(el, 'Send for review');
    await until(el, () => text(el).includes('We are checking your documents'), 'pending');
  });

  it('"block twice" survives a reload: the third failing photo may be sent even after the page came back', async function () {
    this.timeout(60_000);
    const be = demoBackend();
    await be.signInAs('ebba@example.com');
    const key = freshKey();
    const { photo } = await import('./helpers.js');
    const blurred = await photo({ blur: 6 });
    const first = await mount(be.client, { draftKey: key });
    await click(first, 'Start level 2');
    q<HTMLInputElement>(first, 'input[value=passport]')!.click();
    await settle(first);
    await click(first, 'Next');
    for (let i = 0; i < 2; i++) {
      await pick(first, blurred);
      expect(await processed(first)).to.equal('review');
      await click(first, 'Retake');
    }
    first.remove();
    const second = await mount(be.client, { draftKey: key });
    await click(second, 'Start level 2');
    expect(heading(second)).to.equal('Your passport photo page');
    await pick(second, blurred);
    expect(await processed(second)).to.equal('review');
    expect(button(second, 'Use this photo anyway')).to.not.equal(undefined);
  });
});

describe('<kyc-uploader> draft: supplementary documents', () => {
  const pdf = (name: string) => new File([`%PDF-1.4\n${'x'.repeat(300)}\n%%EOF`], name, { type: 'application/pdf' });
  const addFile = (el: KycUploader, file: File) => {
    const input = q<HTMLInputElement>(el, 'input[type=file]')!;
    const transfer = new DataTransfer();
    transfer.items.add(file);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const listed = (el: KycUploader) =>
    [...el.querySelectorAll<HTMLElement>('.tillit-kyc-files li')].map((li) => `${li.querySelector('span')!.textContent}:${li.dataset['phase']}`);

  it('a reload before sending keeps them (uploaded ones and one still on its way), sending deletes them', async function () {
    this.timeout(90_000);
    const be = demoBackend();
    await be.signInAs('ebba@example.com');
    const key = freshKey();
    let hang = false;
    const flaky = createClient({
      baseUrl: DEMO_BASE_URL,
      fetch: (input, init) => (hang && new Request(input, init).url.endsWith('/v1/kyc/documents') ? new Promise<Response>(() => undefined) : be.demo.fetch(input, init)),
    });
    const first = await mount(flaky, { draftKey: key });
    const { passportUpToSubmit, userId } = await import('./helpers.js');
    await passportUpToSubmit(first);
    await click(first, 'Send for review');
    await until(first, () => text(first).includes('We are checking'), 'pending');
    await be.testing.decideKycReview({ userId: await userId(be), decision: 'supplementary_required', documentTypes: ['proof_of_address'] });
    await click(first, 'Check now');
    await until(first, () => text(first).includes('We need more documents'), 'supplementary asked');
    await click(first, 'Send documents');
    addFile(first, pdf('bill.pdf'));
    await until(first, () => listed(first).includes('bill.pdf:done'), 'the first uploaded');
    hang = true;
    addFile(first, pdf('lease.pdf'));
    await until(first, () => listed(first).includes('lease.pdf:uploading'), 'the second on its way');
    first.remove();

    const { draftStore } = await import('../../../src/elements/kyc-uploader/draft-store.js');
    expect((await draftStore.load(key))?.supplementary?.map((d) => d.file.name)).to.deep.equal(['bill.pdf', 'lease.pdf']);
    const second = await mount(be.client, { draftKey: key });
    await click(second, 'Send documents');
    expect(heading(second)).to.equal('We need more documents');
    // The uploaded one is listed as it was; the interrupted one went up again by itself from the kept file.
    await until(second, () => listed(second).join() === 'bill.pdf:done,lease.pdf:done', 'both kept and uploaded');
    await expect(second).to.be.accessible();
    await click(second, 'Send documents');
    await until(second, () => text(second).includes('A person reviews your documents'), 'manual review pending');
    await until(second, () => true, '');
    expect(await draftStore.load(key)).to.equal(undefined);
  });

  it('a removed document is gone from the draft too', async function () {
    this.timeout(90_000);
    const be = demoBackend();
    await be.signInAs('ebba@example.com');
    const key = freshKey();
    const first = await mount(be.client, { draftKey: key });
    const { passportUpToSubmit, userId } = await import('./helpers.js');
    await passportUpToSubmit(first);
    await click(first, 'Send for review');
    await until(first, () => text(first).includes('We are checking'), 'pending');
    await be.testing.decideKycReview({ userId: await userId(be), decision: 'supplementary_required' });
    await click(first, 'Check now');
    await until(first, () => text(first).includes('We need more documents'), 'supplementary asked');
    await click(first, 'Send documents');
    addFile(first, pdf('id-card.pdf'));
    addFile(first, pdf('selfie-with-id.pdf'));
    await until(first, () => listed(first).join() === 'id-card.pdf:done,selfie-with-id.pdf:done', 'both uploaded');
    await click(first, 'Remove id-card.pdf');
    first.remove();
    const second = await mount(be.client, { draftKey: key });
    await click(second, 'Send documents');
    expect(listed(second)).to.deep.equal(['selfie-with-id.pdf:done']);
  });
});
