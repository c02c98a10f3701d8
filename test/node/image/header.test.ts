import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exifOrientation, readHeader } from '../../../src/image/header.js';
import { buildExif, insertApp1 } from '../../support/jpeg-bytes.js';

const bytes = (...parts: (number[] | string | Uint8Array)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? Array.from(p, (c) => c.charCodeAt(0)) : Array.from(p))));
const u16 = (n: number) => [n >> 8, n & 255];
const u32 = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const le16 = (n: number) => [n & 255, n >> 8];
const le32 = (n: number) => [n & 255, (n >> 8) & 255, (n >> 16) & 255, n >>> 24];
const blob = (data: Uint8Array) => new Blob([data as BlobPart]);

/** SOI, JFIF APP0, a baseline frame header of `width` x `height`, then a few bytes of "scan". */
function jpeg(width: number, height: number, extraSegments: number[][] = []): Uint8Array {
  const app0 = [0xff, 0xe0, ...u16(16), ...bytes('JFIF\0'), 1, 1, 0, ...u16(1), ...u16(1), 0, 0];
  const sof = [0xff, 0xc0, ...u16(17), 8, ...u16(height), ...u16(width), 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
  return bytes([0xff, 0xd8], app0, ...extraSegments, sof, [0xff, 0xda, 0, 8, 1, 2, 3, 4, 5, 6]);
}

describe('readHeader', () => {
  it('reads a JPEG frame size and the EXIF orientation (big-endian TIFF, as our test photos carry)', async () => {
    const tagged = insertApp1(jpeg(4000, 3000), buildExif({ orientation: 6, gps: { latitude: 59.3, longitude: 18.1 } }));
    assert.deepEqual(await readHeader(blob(tagged)), { format: 'jpeg', orientation: 6, width: 4000, height: 3000 });
    assert.deepEqual(await readHeader(blob(jpeg(640, 480))), { format: 'jpeg', orientation: 1, width: 640, height: 480 });
  });

  it('reads a little-endian EXIF orientation (most phones)', () => {
    const app1 = bytes('Exif\0\0II', le16(42), le32(8), le16(1), le16(0x0112), le16(3), le32(1), le16(8), le16(0), le32(0));
    assert.equal(exifOrientation(app1), 8);
    assert.equal(exifOrientation(bytes('Exif\0\0II', le16(42), le32(8), le16(0), le32(0))), 1, 'no tag: 1');
    assert.equal(exifOrientation(bytes('Exif\0\0MM', u16(42), u32(999))), 1, 'a broken offset: 1');
    assert.equal(exifOrientation(bytes('XMP')), 1);
  });

  it('finds a frame header behind large APP segments (ICC profiles), past the first read', async () => {
    const big = (marker: number) => [0xff, marker, ...u16(65000), ...new Array<number>(64998).fill(0)];
    const data = jpeg(1920, 1080, [big(0xe2), big(0xe2), big(0xed)]);
    assert.ok(data.length > 190_000);
    assert.deepEqual(await readHeader(blob(data)), { format: 'jpeg', orientation: 1, width: 1920, height: 1080 });
  });

  it('reads PNG, GIF, BMP and the three WebP flavours', async () => {
    const png = bytes([0x89], 'PNG\r\n\x1a\n', u32(13), 'IHDR', u32(3000), u32(2000), [8, 6, 0, 0, 0]);
    assert.deepEqual(await readHeader(blob(png)), { format: 'png', orientation: 1, width: 3000, height: 2000 });
    const gif = bytes('GIF89a', le16(320), le16(200), [0, 0, 0]);
    assert.deepEqual(await readHeader(blob(gif)), { format: 'gif', orientation: 1, width: 320, height: 200 });
    const bmp = bytes('BM', new Array(16).fill(0), le32(800), le32(-600 >>> 0), [0, 0, 0, 0]);
    assert.deepEqual(await readHeader(blob(bmp)), { format: 'bmp', orientation: 1, width: 800, height: 600 });
    const riff = (chunk: string, body: number[]) => bytes('RIFF', le32(100), 'WEBP', chunk, le32(body.length), body, new Array(8).fill(0));
    const vp8 = riff('VP8 ', [0, 0, 0, 0x9d, 0x01, 0x2a, ...le16(1024), ...le16(768)]);
    assert.deepEqual(await readHeader(blob(vp8)), { format: 'webp', orientation: 1, width: 1024, height: 768 });
    const bits = (1024 - 1) | ((768 - 1) << 14);
    const vp8l = riff('VP8L', [0x2f, ...le32(bits)]);
    assert.deepEqual(await readHeader(blob(vp8l)), { format: 'webp', orientation: 1, width: 1024, height: 768 });
    const vp8x = riff('VP8X', [0, 0, 0, 0, 0xff, 0x03, 0, 0xff, 0x02, 0]);
    assert.deepEqual(await readHeader(blob(vp8x)), { format: 'webp', orientation: 1, width: 1024, height: 768 });
  });

  it('recognises HEIC and AVIF by their brands, and PDF, SVG and TIFF', async () => {
    const ftyp = (major: string, ...compatible: string[]) => bytes(u32(16 + 4 * compatible.length), 'ftyp', major, u32(0), ...compatible);
    assert.equal((await readHeader(blob(ftyp('heic', 'mif1', 'heic')))).format, 'heic');
    assert.equal((await readHeader(blob(ftyp('mif1', 'mif1', 'heix')))).format, 'heic');
    assert.equal((await readHeader(blob(ftyp('avif', 'mif1', 'avif')))).format, 'avif');
    assert.equal((await readHeader(blob(ftyp('isom', 'mp41')))).format, undefined, 'an MP4 video is not a photo');
    assert.equal((await readHeader(blob(bytes('%PDF-1.7')))).format, 'pdf');
    assert.equal((await readHeader(blob(bytes('  <?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>')))).format, 'svg');
    assert.equal((await readHeader(blob(bytes('II*\0', new Array(8).fill(0))))).format, 'tiff');
    assert.equal((await readHeader(blob(bytes('just some text')))).format, undefined);
  });
});
