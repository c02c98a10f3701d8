import { expect } from '@open-wc/testing';
import { createClient } from '../../../src/client/index.js';
import { DEMO_BASE_URL } from '../../../demo/browser/index.js';
import type { KycUploader } from '../../../src/elements/kyc-uploader/kyc-uploader.js';
import { containsText, segments } from '../../support/jpeg-bytes.js';
import { click, demoBackend, mount, photo, pick, processed, q, settle, text, uploaded } from './helpers.js';

/** Opens the passport photo step of a level-1 account whose uploads are recorded. */
async function photoStep() {
  const be = demoBackend();
  await be.signInAs('ebba@example.com');
  const files: File[] = [];
  const client = createClient({
    baseUrl: DEMO_BASE_URL,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      if (request.url.endsWith('/v1/kyc/documents')) {
        const file = (await request.clone().formData()).get('file');
        if (file instanceof File) files.push(file);
      }
      return be.demo.fetch(request);
    },
  });
  const el = await mount(client);
  await click(el, 'Start level 2');
  q<HTMLInputElement>(el, 'input[value=passport]')!.click();
  await settle(el);
  await click(el, 'Next');
  return { el, files };
}

async function guidanceFor(el: KycUploader, file: File): Promise<string> {
  await pick(el, file);
  expect(await processed(el)).to.equal('review');
  return q(el, '.tillit-kyc-guidance-main')!.textContent!.trim();
}

describe('<kyc-uploader> photo checks, as the user sees them', function () {
  this.timeout(60_000);

  it('uploads the photo upright, as a JPEG without EXIF or GPS', async () => {
    const { el, files } = await photoStep();
    const original = await photo({ orientation: 6, gps: true });
    expect(containsText(new Uint8Array(await original.arrayBuffer()), 'Exif'), 'the original has EXIF').to.equal(true);
    await pick(el, original);
    await uploaded(el);
    const sent = new Uint8Array(await files[0]!.arrayBuffer());
    expect(files[0]!.type).to.equal('image/jpeg');
    expect(segments(sent).some((s) => s.marker === 0xe1), 'no APP1 (EXIF/XMP) segment').to.equal(false);
    expect(containsText(sent, 'Exif')).to.equal(false);
    const bitmap = await createImageBitmap(files[0]!);
    expect(bitmap.width, 'upright: landscape card photo').to.be.above(bitmap.height);
    expect(Math.max(bitmap.width, bitmap.height)).to.be.at.most(2048);
  });

  it('too dark: says to find better light, and the photo is not uploaded', async () => {
    const { el, files } = await photoStep();
    expect(await guidanceFor(el, await photo({ brightness: 0.22 }))).to.equal('It is too dark. Move to better light.');
    await expect(el).to.be.accessible();
    expect(files).to.have.length(0);
  });

  it('glare: says to tilt the document', async () => {
    const { el } = await photoStep();
    expect(await guidanceFor(el, await photo({ glare: true }))).to.contain('Light reflects off the document');
  });

  it('cut off: names the edge that is out of the picture', async () => {
    const { el } = await photoStep();
    expect(await guidanceFor(el, await photo({ shiftX: 0.3 }))).to.equal('The right edge is cut off. Fit all four edges in the frame.');
  });

  it('a PDF for an ID photo: asks for a photo', async () => {
    const { el } = await photoStep();
    await pick(el, new File([`%PDF-1.4\n${'x'.repeat(300)}`], 'id.pdf', { type: 'application/pdf' }));
    expect(await processed(el)).to.equal('file-error');
    expect(text(el)).to.contain('Choose a photo (JPEG or PNG).');
    expect(q(el, 'input[type=file]'), 'the file input stays').to.not.equal(null);
  });

  it('an iPhone HEIC photo outside Safari: says what this browser cannot read and what to do', async () => {
    const { el } = await photoStep();
    const heic = new Uint8Array(400);
    heic.set([0, 0, 0, 24, ...new TextEncoder().encode('ftypheic')]);
    await pick(el, new File([heic], 'IMG_0001.HEIC', { type: 'image/heic' }));
    expect(await processed(el)).to.equal('file-error');
    expect(text(el)).to.contain('cannot open iPhone HEIC photos');
  });
});
