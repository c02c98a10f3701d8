import { expect } from '@open-wc/testing';
import { createClient } from '../../../src/client/index.js';
import { DEMO_BASE_URL } from '../../../demo/browser/index.js';
import { problemResponse } from '../../../demo/core/problem.js';
import {
  button, click, demoBackend, heading, mount, passportUpToSubmit, pick, processed, q, summary, text, until, uploaded, userId, goodPhotos,
} from './helpers.js';

describe('<kyc-uploader> after submitting', () => {
  it('a rejection shows each reason localized, and the redo asks only for the failed photo', async function () {
    this.timeout(90_000);
    const be = demoBackend();
    await be.signInAs('ebba@example.com');
    const el = await mount(be.client);
    await passportUpToSubmit(el);
    await click(el, 'Send for review');
    await until(el, () => text(el).includes('We are checking your documents'), 'pending');
    await be.testing.decideKycReview({ userId: await userId(be), decision: 'reject', reasons: ['document_incomplete', 'session_expired'] });
    await click(el, 'Check now');
    await until(el, () => text(el).includes('Your verification was not approved'), 'rejected');
    expect(text(el)).to.contain('Retake it with all four edges in the picture').and.to.contain('The page was open too long');
    await expect(el).to.be.accessible();

    const sent: string[] = [];
    el.addEventListener('tillit-step-change', (event) => sent.push(event.step));
    await click(el, 'Fix and send again');
    // The passport is kept (no document step), the selfie is kept: only the document photo.
    await until(el, () => heading(el) === 'Your passport photo page', 'the redo opened the document photo');
    const { card } = await goodPhotos();
    await pick(el, card);
    await processed(el);
    await uploaded(el);
    await click(el, 'Next');
    expect(heading(el)).to.equal('Check and send');
    expect(text(el)).to.contain('Only the parts below need doing again');
    expect(sent).to.deep.equal(['id_front', 'submit']);
    await click(el, 'Send for review');
    await until(el, () => text(el).includes('We are checking your documents'), 'pending again');
  });

  it('a final rejection (underage) says so and offers no resubmit', async function () {
    this.timeout(60_000);
    const be = demoBackend();
    await be.signInAs('ebba@example.com');
    const el = await mount(be.client);
    await passportUpToSubmit(el);
    await click(el, 'Send for review');
    await until(el, () => text(el).includes('We are checking'), 'pending');
    await be.testing.decideKycReview({ userId: await userId(be), decision: 'reject', reasons: ['underage'] });
    await click(el, 'Check now');
    await until(el, () => text(el).includes('You cannot submit again'), 'final');
    expect(() => button(el, 'Fix and send again')).to.throw();
  });

  it('supplementary documents: asked for, uploaded (PDF and photo), sent for a manual review', async function () {
    this.timeout(60_000);
    const be = demoBackend();
    await be.signInAs('ebba@example.com');
    const el = await mount(be.client);
    await passportUpToSubmit(el);
    await click(el, 'Send for review');
    await until(el, () => text(el).includes('We are checking'), 'pending');
    await be.testing.decideKycReview({ userId: await userId(be), decision: 'supplementary_required', documentTypes: ['proof_of_address'] });
    await click(el, 'Check now');
    await until(el, () => text(el).includes('We need more documents'), 'supplementary asked');
    await click(el, 'Send documents');
    expect(heading(el)).to.equal('We need more documents');
    expect(text(el)).to.contain('A proof of address');
    await click(el, 'Send documents');
    expect(summary(el)).to.contain('Add at least one document');
    const pdf = new File([`%PDF-1.4\n${'x'.repeat(300)}\n%%EOF`], 'bill.pdf', { type: 'application/pdf' });
    const input = q<HTMLInputElement>(el, 'input[type=file]')!;
    const transfer = new DataTransfer();
    transfer.items.add(pdf);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(el, () => q(el, '.tillit-kyc-files li[data-phase=done]') !== null, 'uploaded');
    await expect(el).to.be.accessible();
    await click(el, 'Send documents');
    await until(el, () => text(el).includes('A person reviews your documents'), 'manual review pending');
  });

  it('a 503 on submit ends in a message with every photo kept; sending again works', async function () {
    this.timeout(60_000);
    const be = demoBackend();
    await be.signInAs('ebba@example.com');
    let failing = true;
    const client = createClient({
      baseUrl: DEMO_BASE_URL,
      fetch: async (input, init) => {
        const request = new Request(input, init);
        if (failing && request.url.endsWith('/v1/kyc/level-2')) return problemResponse('service_unavailable');
        return be.demo.fetch(request);
      },
    });
    const el = await mount(client);
    await passportUpToSubmit(el);
    await click(el, 'Send for review');
    await until(el, () => summary(el) !== '', 'the error showed');
    expect(heading(el)).to.equal('Check and send');
    expect(button(el, 'Send for review').disabled).to.equal(false);
    expect(el.querySelectorAll('[data-upload=done]').length).to.equal(2);
    failing = false;
    await click(el, 'Send for review');
    await until(el, () => text(el).includes('We are checking'), 'pending');
  });

  it('an upload that keeps failing says so, keeps the photo and offers to try again', async function () {
    this.timeout(60_000);
    const be = demoBackend();
    await be.signInAs('ebba@example.com');
    let down = true;
    const client = createClient({
      baseUrl: DEMO_BASE_URL,
      fetch: async (input, init) => {
        const request = new Request(input, init);
        if (down && request.url.endsWith('/v1/kyc/documents')) return problemResponse('validation_failed');
        return be.demo.fetch(request);
      },
    });
    const el = await mount(client);
    const { card } = await goodPhotos();
    await click(el, 'Start level 2');
    q<HTMLInputElement>(el, 'input[value=passport]')!.click();
    await click(el, 'Next');
    await pick(el, card);
    await until(el, () => q(el, '[data-upload=failed]') !== null, 'the upload gave up');
    expect(text(el)).to.contain('Your photo is kept');
    await expect(el).to.be.accessible();
    down = false;
    await click(el, 'Try the upload again');
    await uploaded(el);
  });
});
