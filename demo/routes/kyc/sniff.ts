import type { KycDocument } from '../../../src/contract/index.js';

export type SniffedType = KycDocument['contentType'];

/** HEIF brands of still images (Apple's HEIC and the generic `mif1`/`msf1` containers). */
const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0): boolean =>
  prefix.every((value, i) => bytes[at + i] === value);
const ascii = (bytes: Uint8Array, from: number, to: number): string => String.fromCharCode(...bytes.slice(from, to));

/**
 * The type a file really has, from its first bytes. The browser's declared type comes from the file name, so a
 * renamed `.exe` or a screenshot saved as `.jpg` would pass a check of the declared type alone.
 */
export function sniffContentType(head: Uint8Array): SniffedType | null {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (ascii(head, 0, 5) === '%PDF-') return 'application/pdf';
  // ISO base media file: a 4-byte box size, then `ftyp` and the major brand.
  if (ascii(head, 4, 8) === 'ftyp' && HEIF_BRANDS.has(ascii(head, 8, 12))) return 'image/heic';
  return null;
}

/** Declared types a browser may send for each real type; empty or generic means "unknown" and is fine. */
const ALIASES: Record<SniffedType, readonly string[]> = {
  'image/jpeg': ['image/jpeg', 'image/jpg', 'image/pjpeg'],
  'image/png': ['image/png'],
  'image/heic': ['image/heic', 'image/heif', 'image/heic-sequence', 'image/heif-sequence'],
  'application/pdf': ['application/pdf'],
};

/** File-name extensions that name one of the accepted types; other extensions say nothing. */
const EXTENSIONS: Record<string, SniffedType> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  jpe: 'image/jpeg',
  png: 'image/png',
  heic: 'image/heic',
  heif: 'image/heic',
  pdf: 'application/pdf',
};

/** Whether the declared type does not contradict the content. */
export function declaredTypeAgrees(declared: string, sniffed: SniffedType): boolean {
  const type = declared.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === '' || type === 'application/octet-stream' || ALIASES[sniffed].includes(type);
}

/** Whether the file name's extension, if it names an accepted type, names the type of the content. */
export function fileNameAgrees(name: string, sniffed: SniffedType): boolean {
  const dot = name.lastIndexOf('.');
  const named = dot < 0 ? undefined : EXTENSIONS[name.slice(dot + 1).toLowerCase()];
  return named === undefined || named === sniffed;
}
