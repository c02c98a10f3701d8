/**
 * What `prepareImage` hands back: an upright JPEG of at most 2048 px with no metadata at all. The input is a
 * phone-style photo stored turned with EXIF orientation 6 and a GPS position; the output bytes are parsed
 * segment by segment to prove the EXIF (and with it the GPS IFD) is gone.
 */
import { expect } from '@open-wc/testing';
import { readHeader } from '../../../src/image/header.js';
import { prepareImage } from '../../../src/image/index.js';
import { containsText, segments } from '../../support/jpeg-bytes.js';
import { photo } from './photos.js';

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

/** The mean colour of a square at (x, y) of a decoded blob. */
async function colourAt(blob: Blob, x: number, y: number, size = 20): Promise<[number, number, number]> {
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  const { data } = context.getImageData(x, y, size, size);
  const sum = [0, 0, 0];
  for (let i = 0; i < data.length; i += 4) for (let c = 0; c < 3; c++) sum[c]! += data[i + c]!;
  return sum.map((v) => v / (data.length / 4)) as [number, number, number];
}

describe('prepareImage output', () => {
  let input: File;
  before(async () => {
    input = await photo({ orientation: 6, gps: true });
  });

  it('the input really carries EXIF orientation 6 and GPS (the test photo is what it claims)', async () => {
    const bytes = await bytesOf(input);
    expect(segments(bytes).some((s) => s.marker === 0xe1 && s.label === 'Exif')).to.equal(true);
    expect(containsText(bytes, 'tillit test camera')).to.equal(true);
    expect(await readHeader(input), 'stored turned: 1800 wide, 2400 high').to.deep.include({ width: 1800, height: 2400, orientation: 6 });
  });

  it('is an upright JPEG of at most 2048 px, scaled from the 2400x1800 picture', async () => {
    const result = await prepareImage(input);
    expect(result.blob.type).to.equal('image/jpeg');
    expect([result.width, result.height]).to.deep.equal([2048, 1536]);
    const decoded = await createImageBitmap(result.blob);
    expect([decoded.width, decoded.height]).to.deep.equal([2048, 1536]);
    // Red marker top left, blue top right in the upright scene.
    const [r1, , b1] = await colourAt(result.blob, 10, 10);
    const [r2, , b2] = await colourAt(result.blob, 2048 - 30, 10);
    expect(r1 - b1, 'red at the top left').to.be.above(100);
    expect(b2 - r2, 'blue at the top right').to.be.above(100);
    expect(result.checks.every((c) => c.passed), 'the turned card passes the checks once upright').to.equal(true);
  });

  it('carries no EXIF, no GPS, no XMP: only the segments a bare JPEG needs', async () => {
    const { blob } = await prepareImage(input);
    const bytes = await bytesOf(blob);
    expect(bytes[0]).to.equal(0xff);
    expect(bytes[1]).to.equal(0xd8);
    const markers = segments(bytes);
    expect(markers.filter((s) => s.marker === 0xe1), 'no APP1 segment (EXIF or XMP)').to.deep.equal([]);
    // APP0 (JFIF) and APP2 (the ICC colour profile Chromium writes) may stay: colour, not personal data.
    // Quantisation, frame, Huffman tables, restart interval and the scan are the image itself.
    const allowed = new Set([0xe0, 0xdb, 0xc0, 0xc2, 0xc4, 0xdd, 0xda]);
    const extra = markers.filter((s) => !allowed.has(s.marker) && !(s.marker === 0xe2 && s.label === 'ICC_PROFILE'));
    expect(extra.map((s) => `${s.marker.toString(16)} ${s.label}`)).to.deep.equal([]);
    expect(containsText(bytes, 'Exif'), 'no "Exif" header anywhere').to.equal(false);
    expect(containsText(bytes, 'tillit test camera'), 'no camera make anywhere').to.equal(false);
  });

  it('keeps a photo within the limit at its own size and honours maxEdge and quality', async () => {
    const small = await prepareImage(await photo({ width: 1600, height: 1200 }));
    expect([small.width, small.height]).to.deep.equal([1600, 1200]);
    const thumb = await prepareImage(input, { maxEdge: 1024, quality: 0.5 });
    expect([thumb.width, thumb.height]).to.deep.equal([1024, 768]);
    expect(thumb.blob.size).to.be.below(small.blob.size);
  });

  it('turns a PNG with transparency into a JPEG on white', async () => {
    const canvas = new OffscreenCanvas(1200, 900);
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#000';
    context.fillRect(0, 0, 600, 900); // left half black, right half transparent
    const png = new File([await canvas.convertToBlob({ type: 'image/png' })], 'scan.png', { type: 'image/png' });
    const result = await prepareImage(png);
    expect(result.blob.type).to.equal('image/jpeg');
    const [r, g, b] = await colourAt(result.blob, 900, 400);
    expect(Math.min(r, g, b), 'transparent became white').to.be.above(240);
  });
});
