/**
 * JPEG byte helpers for the tests: build an EXIF APP1 segment (IFD0 with Orientation, Make and a GPS IFD),
 * insert it, and list a file's segments to prove the output carries none. Written from the EXIF 2.3 and JPEG
 * (ITU T.81) layouts; `exiftool` reads the segment this builds as "Orientation: Rotate 90 CW" and "GPS
 * Position: 59 deg 19' 45.48" N, 18 deg 4' 6.96" E".
 */

export interface ExifFields {
  orientation: number;
  gps?: { latitude: number; longitude: number } | undefined;
}

class Writer {
  private readonly bytes: number[] = [];
  get length(): number {
    return this.bytes.length;
  }
  u8(v: number): this {
    this.bytes.push(v & 0xff);
    return this;
  }
  u16(v: number): this {
    return this.u8(v >> 8).u8(v);
  }
  u32(v: number): this {
    return this.u16(v >>> 16).u16(v & 0xffff);
  }
  ascii(text: string): this {
    for (const ch of text) this.u8(ch.charCodeAt(0));
    return this;
  }
  toArray(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

const SHORT = 3;
const LONG = 4;
const ASCII = 2;
const RATIONAL = 5;

/** Degrees as three rationals: degrees, minutes, seconds/100. */
function dms(value: number): number[] {
  const abs = Math.abs(value);
  const degrees = Math.floor(abs);
  const minutes = Math.floor((abs - degrees) * 60);
  const seconds = Math.round(((abs - degrees) * 60 - minutes) * 60 * 100);
  return [degrees, 1, minutes, 1, seconds, 100];
}

/** The APP1 payload ("Exif\0\0" + big-endian TIFF), without the marker and length. */
export function buildExif({ orientation, gps }: ExifFields): Uint8Array {
  const make = 'tillit test camera\0';
  // Layout: header(8) | IFD0 | make text | GPS IFD | GPS rationals.
  const ifd0Entries = gps ? 3 : 2;
  const ifd0Size = 2 + ifd0Entries * 12 + 4;
  const makeAt = 8 + ifd0Size;
  const gpsAt = makeAt + make.length;
  const gpsSize = 2 + 4 * 12 + 4;
  const latAt = gpsAt + gpsSize;
  const lonAt = latAt + 24;

  const tiff = new Writer().ascii('MM').u16(42).u32(8);
  tiff.u16(ifd0Entries);
  tiff.u16(0x010f).u16(ASCII).u32(make.length).u32(makeAt);
  tiff.u16(0x0112).u16(SHORT).u32(1).u16(orientation).u16(0);
  if (gps) tiff.u16(0x8825).u16(LONG).u32(1).u32(gpsAt);
  tiff.u32(0).ascii(make);
  if (gps) {
    tiff.u16(4);
    tiff.u16(0x0001).u16(ASCII).u32(2).ascii(gps.latitude >= 0 ? 'N' : 'S').u8(0).u16(0);
    tiff.u16(0x0002).u16(RATIONAL).u32(3).u32(latAt);
    tiff.u16(0x0003).u16(ASCII).u32(2).ascii(gps.longitude >= 0 ? 'E' : 'W').u8(0).u16(0);
    tiff.u16(0x0004).u16(RATIONAL).u32(3).u32(lonAt);
    tiff.u32(0);
    for (const n of [...dms(gps.latitude), ...dms(gps.longitude)]) tiff.u32(n);
  }
  const body = tiff.toArray();
  const out = new Uint8Array(6 + body.length);
  out.set([0x45, 0x78, 0x69, 0x66, 0, 0]);
  out.set(body, 6);
  return out;
}

/** Inserts an APP1 segment after SOI and the JFIF APP0 that canvas encoders write. */
export function insertApp1(jpeg: Uint8Array, payload: Uint8Array): Uint8Array<ArrayBuffer> {
  let at = 2;
  if (jpeg[2] === 0xff && jpeg[3] === 0xe0) at = 4 + ((jpeg[4]! << 8) | jpeg[5]!);
  const length = payload.length + 2;
  const segment = new Uint8Array(4 + payload.length);
  segment.set([0xff, 0xe1, length >> 8, length & 0xff]);
  segment.set(payload, 4);
  const out = new Uint8Array(jpeg.length + segment.length);
  out.set(jpeg.subarray(0, at));
  out.set(segment, at);
  out.set(jpeg.subarray(at), at + segment.length);
  return out;
}

export interface Segment {
  marker: number;
  /** The first bytes of the payload as text ("Exif", "http://ns.adobe.com/xap/1.0/", "JFIF"). */
  label: string;
}

/** Every marker segment before the scan data. */
export function segments(jpeg: Uint8Array): Segment[] {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error('not a JPEG');
  const found: Segment[] = [];
  let at = 2;
  while (at + 4 <= jpeg.length && jpeg[at] === 0xff) {
    const marker = jpeg[at + 1]!;
    const length = (jpeg[at + 2]! << 8) | jpeg[at + 3]!;
    const label = String.fromCharCode(...jpeg.subarray(at + 4, at + 4 + Math.min(length - 2, 28))).replace(/\0.*$/s, '');
    found.push({ marker, label });
    if (marker === 0xda) break;
    at += 2 + length;
  }
  return found;
}

/** True when the bytes contain `text` anywhere (a GPS tag or an "Exif" header hidden in another segment). */
export function containsText(bytes: Uint8Array, text: string): boolean {
  const needle = Array.from(text, (c) => c.charCodeAt(0));
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
