/**
 * Every way a file can fail ends in a typed `PrepareImageError` with a code (or `signal.reason` on abort),
 * quickly: nothing hangs, nothing is decoded that the header already refuses.
 */
import { expect } from '@open-wc/testing';
import { type PrepareImageErrorCode, isPrepareImageError, prepareImage } from '../../../src/image/index.js';
import { photo } from './photos.js';

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

async function expectCode(promise: Promise<unknown>, code: PrepareImageErrorCode, format?: string): Promise<void> {
  const error = await failure(promise);
  expect(isPrepareImageError(error), String(error)).to.equal(true);
  expect((error as { code: string }).code).to.equal(code);
  if (format) expect((error as { format?: string }).format).to.equal(format);
}

const file = (parts: BlobPart[], name: string, type = '') => new File(parts, name, { type });
const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const u32 = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];

describe('prepareImage failures', () => {
  it('not_an_image: text, an empty file, and a PDF or SVG (named as such)', async () => {
    await expectCode(prepareImage(file(['hello, world'], 'notes.jpg', 'image/jpeg')), 'not_an_image');
    await expectCode(prepareImage(file([], 'empty.jpg', 'image/jpeg')), 'not_an_image');
    await expectCode(prepareImage(file(['%PDF-1.7\n...'], 'id.pdf', 'application/pdf')), 'not_an_image', 'pdf');
    await expectCode(prepareImage(file(['<svg xmlns="http://www.w3.org/2000/svg"/>'], 'x.svg')), 'not_an_image', 'svg');
    await expectCode(prepareImage('not a file' as unknown as Blob), 'not_an_image');
  });

  it('unsupported_format: a HEIC from an iPhone that this browser cannot decode', async () => {
    // An ISO-BMFF 'ftyp' box with the HEIC brands, as iPhones write, and no image Chromium can read.
    const ftyp = Uint8Array.from([...u32(24), ...ascii('ftypheic'), ...u32(0), ...ascii('mif1heic')]);
    await expectCode(prepareImage(file([ftyp, new Uint8Array(2000)], 'IMG_0001.HEIC', 'image/heic')), 'unsupported_format', 'heic');
  });

  it('too_many_pixels: refused from the header, before any decoding (a decompression bomb)', async () => {
    const png = Uint8Array.from([0x89, ...ascii('PNG\r\n\x1a\n'), ...u32(13), ...ascii('IHDR'), ...u32(30000), ...u32(30000), 8, 6, 0, 0, 0]);
    // The file has no image data at all: had it been decoded, it would fail as decode_failed.
    await expectCode(prepareImage(file([png], 'bomb.png')), 'too_many_pixels', 'png');
    // A JPEG frame header that claims 20000 x 20000.
    const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xc0, 0, 17, 8, 20000 >> 8, 20000 & 255, 20000 >> 8, 20000 & 255, 3]);
    await expectCode(prepareImage(file([jpeg, new Uint8Array(64)], 'bomb.jpg')), 'too_many_pixels', 'jpeg');
    // And the limit can be set.
    await expectCode(prepareImage(await photo({ width: 1200, height: 900 }), { maxPixels: 1_000_000 }), 'too_many_pixels');
  });

  it('too_large: over maxBytes, refused before reading', async () => {
    await expectCode(prepareImage(await photo({ width: 1200, height: 900 }), { maxBytes: 1000 }), 'too_large');
  });

  it('decode_failed: a JPEG whose data is damaged', async () => {
    const good = new Uint8Array(await (await photo({ width: 1200, height: 900 })).arrayBuffer());
    // Keep the headers (up to the frame), replace the rest with noise.
    const damaged = good.slice(0, 2000);
    for (let i = 700; i < damaged.length; i++) damaged[i] = (i * 7919) & 255;
    await expectCode(prepareImage(file([damaged], 'broken.jpg', 'image/jpeg')), 'decode_failed', 'jpeg');
  });

  it('rejects with signal.reason when aborted before or during the work', async () => {
    const before = new AbortController();
    before.abort();
    expect((await failure(prepareImage(await photo(), { signal: before.signal })) as Error).name).to.equal('AbortError');

    const input = await photo();
    const during = new AbortController();
    const work = prepareImage(input, { signal: during.signal });
    setTimeout(() => during.abort(new DOMException('The user picked another photo.', 'AbortError')), 20);
    const error = (await failure(work)) as DOMException;
    expect(error.message, 'the reason given, not a result').to.equal('The user picked another photo.');
  });

  it('timeout: gives up after `timeout` ms with a typed error', async () => {
    await expectCode(prepareImage(await photo(), { timeout: 1 }), 'timeout');
  });

  it('refuses nonsense options with a RangeError', async () => {
    const input = await photo({ width: 800, height: 600 });
    for (const options of [{ maxEdge: 0 }, { quality: 2 }, { timeout: -1 }, { kind: 'passport' }] as const) {
      const error = await failure(prepareImage(input, options as never));
      expect(error, JSON.stringify(options)).to.be.instanceOf(RangeError);
    }
  });
});
