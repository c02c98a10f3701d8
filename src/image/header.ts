/**
 * Reads what the file is from its first bytes, without decoding: the format (the file's name and `type` are
 * whatever the picker said), the coded size (to refuse a decompression bomb before the decoder allocates it)
 * and, for JPEG, the EXIF orientation (to know the upright size before decoding, so the decoder can scale).
 */
import type { ImageFormat } from './errors.js';

export interface ImageHeader {
  format: ImageFormat | undefined;
  /** Coded size, before orientation; undefined when the format keeps it too deep to reach cheaply (HEIC). */
  width?: number;
  height?: number;
  /** EXIF orientation 1-8 (JPEG only); 1 when absent. */
  orientation: number;
}

const HEAD_BYTES = 64 * 1024;
/** A JPEG's frame header may sit behind large APP segments (ICC, XMP, thumbnails); stop looking after this. */
const MAX_JPEG_SCAN = 4 * 1024 * 1024;

const ascii = (bytes: Uint8Array, at: number, length: number) => String.fromCharCode(...bytes.subarray(at, at + length));

export async function readHeader(file: Blob): Promise<ImageHeader> {
  const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const format = sniff(head);
  const header: ImageHeader = { format, orientation: 1 };
  if (format === 'jpeg') return { ...header, ...(await readJpeg(file, head)) };
  if (format === 'png' && head.length >= 24) return { ...header, width: view.getUint32(16), height: view.getUint32(20) };
  if (format === 'gif' && head.length >= 10) return { ...header, width: view.getUint16(6, true), height: view.getUint16(8, true) };
  if (format === 'bmp' && head.length >= 26) {
    return { ...header, width: Math.abs(view.getInt32(18, true)), height: Math.abs(view.getInt32(22, true)) };
  }
  if (format === 'webp') return { ...header, ...webpSize(head, view) };
  return header;
}

function sniff(b: Uint8Array): ImageFormat | undefined {
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b[0] === 0x89 && ascii(b, 1, 3) === 'PNG') return 'png';
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return 'webp';
  if (ascii(b, 0, 4) === 'GIF8') return 'gif';
  if (ascii(b, 0, 2) === 'BM') return 'bmp';
  if (ascii(b, 0, 4) === 'II*\0' || ascii(b, 0, 4) === 'MM\0*') return 'tiff';
  if (ascii(b, 4, 4) === 'ftyp') {
    // ISO-BMFF: the major brand and the compatible brands say HEIF/HEIC or AVIF.
    const boxSize = Math.min(new DataView(b.buffer, b.byteOffset).getUint32(0), b.length);
    const brands: string[] = [];
    for (let at = 8; at + 4 <= boxSize; at += 4) if (at !== 12) brands.push(ascii(b, at, 4));
    if (brands.some((x) => x === 'avif' || x === 'avis')) return 'avif';
    if (brands.some((x) => /^(hei[cxms]|hev[cxms]|mif1|msf1)$/.test(x))) return 'heic';
    return undefined;
  }
  if (ascii(b, 0, 4) === '%PDF') return 'pdf';
  const text = ascii(b, 0, Math.min(b.length, 512)).trimStart().toLowerCase();
  if (text.startsWith('<svg') || (text.startsWith('<?xml') && text.includes('<svg'))) return 'svg';
  return undefined;
}

function webpSize(b: Uint8Array, view: DataView): Partial<ImageHeader> {
  if (b.length < 30) return {};
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8 ') return { width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
  if (chunk === 'VP8L') {
    const bits = view.getUint32(21, true);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X') {
    const u24 = (at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8) | ((b[at + 2] ?? 0) << 16);
    return { width: u24(24) + 1, height: u24(27) + 1 };
  }
  return {};
}

/** Frame header markers: SOF0-3, 5-7, 9-11, 13-15 (not DHT C4, JPG C8, DAC CC). */
const isStartOfFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

/** Walks the JPEG segments up to the frame header; reads past the head in small slices only when it must. */
async function readJpeg(file: Blob, head: Uint8Array): Promise<Partial<ImageHeader>> {
  const bytesAt = async (at: number, length: number): Promise<Uint8Array> =>
    at + length <= head.length ? head.subarray(at, at + length) : new Uint8Array(await file.slice(at, at + length).arrayBuffer());
  let orientation = 1;
  let at = 2;
  while (at + 4 <= Math.min(file.size, MAX_JPEG_SCAN)) {
    const marker = await bytesAt(at, 4);
    if (marker[0] !== 0xff) break;
    const type = marker[1] ?? 0;
    if (type === 0xff) {
      at += 1; // fill byte
      continue;
    }
    const length = ((marker[2] ?? 0) << 8) | (marker[3] ?? 0);
    if (isStartOfFrame(type)) {
      const frame = await bytesAt(at + 5, 4);
      return { orientation, height: ((frame[0] ?? 0) << 8) | (frame[1] ?? 0), width: ((frame[2] ?? 0) << 8) | (frame[3] ?? 0) };
    }
    if (type === 0xda || length < 2) break; // scan data before any frame header: not a JPEG we can size
    if (type === 0xe1 && orientation === 1) orientation = exifOrientation(await bytesAt(at + 4, Math.min(length - 2, 4096)));
    at += 2 + length;
  }
  return { orientation };
}

/** The Orientation tag (0x0112) of IFD0 in an APP1 "Exif" segment; 1 when absent or malformed. */
export function exifOrientation(app1: Uint8Array): number {
  if (app1.length < 14 || ascii(app1, 0, 6) !== 'Exif\0\0') return 1;
  const tiff = new DataView(app1.buffer, app1.byteOffset + 6, app1.byteLength - 6);
  const little = tiff.getUint16(0) === 0x4949;
  const ifd = tiff.getUint32(4, little);
  if (ifd + 2 > tiff.byteLength) return 1;
  const count = tiff.getUint16(ifd, little);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > tiff.byteLength) break;
    if (tiff.getUint16(entry, little) === 0x0112) {
      const value = tiff.getUint16(entry + 8, little);
      return value >= 1 && value <= 8 ? value : 1;
    }
  }
  return 1;
}
