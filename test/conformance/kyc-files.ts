import { crc32, deflateSync } from 'node:zlib';

/*
 * Small but genuinely valid image files for the KYC upload tests, built from their specs rather than shipped as
 * binary fixtures: the backend reads magic bytes, and a decoder should be able to open them too.
 */

const u32 = (n: number): number[] => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const bytes = (text: string): number[] => [...Buffer.from(text, 'latin1')];

function pngChunk(type: string, data: Uint8Array): number[] {
  const typed = Buffer.from([...bytes(type), ...data]);
  return [...u32(data.length), ...typed, ...u32(crc32(typed))];
}

/** An RGB PNG of `size`x`size` pixels of deterministic noise (noise keeps it above the 100-byte minimum). */
export function pngBytes(size = 16): Uint8Array {
  const ihdr = Uint8Array.from([...u32(size), ...u32(size), 8, 2, 0, 0, 0]); // 8-bit RGB, no interlace
  const raw: number[] = [];
  let seed = 7;
  for (let y = 0; y < size; y++) {
    raw.push(0); // filter type None
    for (let x = 0; x < size * 3; x++) raw.push((seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 255);
  }
  return Uint8Array.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
    ...pngChunk('IHDR', ihdr),
    ...pngChunk('IDAT', deflateSync(Buffer.from(raw))),
    ...pngChunk('IEND', new Uint8Array()),
  ]);
}

/**
 * A baseline JPEG of one grey 8x8 block: one quantization table, one-code Huffman tables (DC "no change", AC
 * "end of block") and a single scan byte. 141 bytes.
 */
export function jpegBytes(): Uint8Array {
  const segment = (marker: number, body: number[]): number[] => [0xff, marker, ...[(body.length + 2) >> 8, (body.length + 2) & 255], ...body];
  const oneCodeTable = (classAndId: number): number[] => [classAndId, 1, ...new Array<number>(15).fill(0), 0x00];
  return Uint8Array.from([
    0xff, 0xd8, // SOI
    ...segment(0xdb, [0x00, ...new Array<number>(64).fill(1)]), // DQT
    ...segment(0xc0, [8, 0, 8, 0, 8, 1, 1, 0x11, 0]), // SOF0: 8x8, one component
    ...segment(0xc4, oneCodeTable(0x00)), // DHT DC
    ...segment(0xc4, oneCodeTable(0x10)), // DHT AC
    ...segment(0xda, [1, 1, 0x00, 0, 63, 0]), // SOS
    0x3f, // DC code "0" + AC EOB "0", padded with ones
    0xff, 0xd9, // EOI
  ]);
}

/** The start of a HEIC file: an `ftyp` box with the `heic` brand, then a `free` box as filler. */
export function heicBytes(): Uint8Array {
  const ftyp = [...u32(24), ...bytes('ftypheic'), ...u32(0), ...bytes('mif1heic')];
  const free = [...u32(96), ...bytes('free'), ...new Array<number>(88).fill(0)];
  return Uint8Array.from([...ftyp, ...free]);
}

/** A one-page PDF, enough for a type check. */
export function pdfBytes(): Uint8Array {
  return Uint8Array.from(
    bytes('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
  );
}

/** A GIF: a real image, but not one of the accepted types. */
export function gifBytes(): Uint8Array {
  return Uint8Array.from([...bytes('GIF89a'), 1, 0, 1, 0, 0, 0, 0, ...new Array<number>(120).fill(0), 0x3b]);
}

/** Copies into a fresh ArrayBuffer, which is what `BlobPart` takes under TS 5.9 typings. */
export const asFile = (data: Uint8Array, name: string, type: string): File => new File([new Uint8Array(data)], name, { type });

export const png = (name = 'photo.png'): File => asFile(pngBytes(), name, 'image/png');
export const jpeg = (name = 'photo.jpg'): File => asFile(jpegBytes(), name, 'image/jpeg');
