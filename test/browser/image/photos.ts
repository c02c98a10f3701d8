/**
 * Generated test photos: an ID card on a wooden table, drawn on a canvas, with the faults the checks look
 * for (blur, darkness, glare, a cut-off edge, too few pixels) and JPEG files with an EXIF segment we build
 * ourselves (orientation + GPS), so the tests need no binary fixtures. Seeded noise keeps every run the same.
 */
import { buildExif, insertApp1 } from '../../support/jpeg-bytes.js';

export interface SceneOptions {
  width?: number;
  height?: number;
  /** Card width as a share of the picture width. */
  cardShare?: number;
  /** Shift of the card centre, as a share of the picture's width/height (0.3 pushes it off the right). */
  shiftX?: number;
  shiftY?: number;
  /** Turn of the card in degrees (clockwise). */
  tilt?: number;
  /** What the card lies on. */
  table?: 'wood' | 'slate' | 'paper';
  /** False: the table alone, no card. */
  card?: boolean;
  /** Gaussian blur radius in pixels of the picture. */
  blur?: number;
  /** Brightness factor (0.2 is a dark room). */
  brightness?: number;
  /** A blown-out reflection on the card. */
  glare?: boolean;
  /** Sensor noise, peak to peak in 8-bit levels (default 10). */
  noise?: number;
}

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function roundedRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
}

/** Draws the upright scene; returns the canvas. Red and blue markers sit in the top-left and top-right corners. */
export function drawScene(options: SceneOptions = {}): HTMLCanvasElement {
  const { width = 2400, height = 1800, cardShare = 0.62, shiftX = 0, shiftY = 0, tilt = 3, table = 'wood', card = true } = options;
  const { blur = 0, brightness = 1, glare = false, noise = 10 } = options;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d')!;
  // Table: warm brown wood with grain, dark slate, or white paper.
  ctx.fillStyle = { wood: '#5b4331', slate: '#2b2f33', paper: '#f1f1ee' }[table];
  ctx.fillRect(0, 0, width, height);
  const next = random(7);
  for (let i = 0; i < (table === 'wood' ? 260 : 0); i++) {
    ctx.strokeStyle = `rgba(${next() < 0.5 ? '30,20,10' : '120,90,60'},${0.15 + next() * 0.2})`;
    ctx.lineWidth = 1 + next() * 3;
    const y = next() * height;
    ctx.beginPath();
    ctx.moveTo(0, y);
    ctx.bezierCurveTo(width / 3, y + (next() - 0.5) * 60, (2 * width) / 3, y + (next() - 0.5) * 60, width, y + (next() - 0.5) * 40);
    ctx.stroke();
  }
  ctx.fillStyle = '#d01010';
  ctx.fillRect(0, 0, width * 0.05, width * 0.05);
  ctx.fillStyle = '#1020d0';
  ctx.fillRect(width * 0.95, 0, width * 0.05, width * 0.05);

  if (card) drawCard(ctx, { width, height, cardShare, shiftX, shiftY, tilt, glare });
  return develop(canvas, blur, brightness, noise);
}

/** The card (ID-1 proportions), turned by `tilt` degrees. */
function drawCard(
  ctx: CanvasRenderingContext2D,
  o: { width: number; height: number; cardShare: number; shiftX: number; shiftY: number; tilt: number; glare: boolean },
): void {
  const cardWidth = o.width * o.cardShare;
  const cardHeight = cardWidth / 1.586;
  ctx.save();
  ctx.translate(o.width / 2 + o.shiftX * o.width, o.height / 2 + o.shiftY * o.height);
  ctx.rotate((o.tilt * Math.PI) / 180);
  ctx.translate(-cardWidth / 2, -cardHeight / 2);
  ctx.shadowColor = 'rgba(0,0,0,0.45)';
  ctx.shadowBlur = cardWidth * 0.02;
  ctx.fillStyle = '#e8ecef';
  roundedRect(ctx, 0, 0, cardWidth, cardHeight, cardWidth * 0.035);
  ctx.fill();
  ctx.shadowColor = 'transparent';
  ctx.clip();
  ctx.fillStyle = '#2a5d8f';
  ctx.fillRect(0, 0, cardWidth, cardHeight * 0.16);
  ctx.fillStyle = '#f4f4f4';
  ctx.font = `bold ${cardHeight * 0.08}px sans-serif`;
  ctx.fillText('IDENTITY CARD  ·  IDENTITETSKORT', cardWidth * 0.05, cardHeight * 0.11);
  // Portrait.
  ctx.fillStyle = '#9aa6ae';
  ctx.fillRect(cardWidth * 0.05, cardHeight * 0.24, cardWidth * 0.27, cardHeight * 0.5);
  ctx.fillStyle = '#6b5a4e';
  ctx.beginPath();
  ctx.ellipse(cardWidth * 0.185, cardHeight * 0.42, cardWidth * 0.07, cardHeight * 0.13, 0, 0, Math.PI * 2);
  ctx.fill();
  // Fields.
  ctx.fillStyle = '#1b1b1b';
  const fields = ['SURNAME  ANDERSSON', 'GIVEN NAMES  ALVA MARIA', 'NATIONALITY  SWE', 'DATE OF BIRTH  12.03.1990', 'EXPIRY  01.02.2031'];
  fields.forEach((text, i) => {
    ctx.font = `${cardHeight * 0.055}px sans-serif`;
    ctx.fillText(text, cardWidth * 0.37, cardHeight * (0.3 + i * 0.1));
  });
  ctx.font = `${cardHeight * 0.06}px monospace`;
  ctx.fillText('IDSWE1234567<<<<<<<<<<<<<<<<<', cardWidth * 0.05, cardHeight * 0.86);
  ctx.fillText('9003125F3102019SWE<<<<<<<<<<4', cardWidth * 0.05, cardHeight * 0.94);
  if (o.glare) {
    const gradient = ctx.createRadialGradient(cardWidth * 0.62, cardHeight * 0.45, 0, cardWidth * 0.62, cardHeight * 0.45, cardWidth * 0.2);
    gradient.addColorStop(0, 'rgba(255,255,255,1)');
    gradient.addColorStop(0.55, 'rgba(255,255,255,1)');
    gradient.addColorStop(1, 'rgba(255,255,255,0)');
    ctx.fillStyle = gradient;
    ctx.fillRect(0, 0, cardWidth, cardHeight);
  }
  ctx.restore();
}

/** Optics first (focus, exposure), then sensor noise on top, as in a camera. */
function develop(canvas: HTMLCanvasElement, blur: number, brightness: number, amount = 10): HTMLCanvasElement {
  const { width, height } = canvas;
  let out = canvas;
  if (blur !== 0 || brightness !== 1) {
    out = document.createElement('canvas');
    out.width = width;
    out.height = height;
    const outCtx = out.getContext('2d')!;
    outCtx.filter = `${blur ? `blur(${blur}px)` : ''} brightness(${brightness})`;
    outCtx.drawImage(canvas, 0, 0);
  }
  const outCtx = out.getContext('2d')!;
  const image = outCtx.getImageData(0, 0, width, height);
  const noise = random(11);
  for (let i = 0; i < image.data.length; i += 4) {
    const n = (noise() - 0.5) * amount;
    image.data[i] = image.data[i]! + n;
    image.data[i + 1] = image.data[i + 1]! + n;
    image.data[i + 2] = image.data[i + 2]! + n;
  }
  outCtx.putImageData(image, 0, 0);
  return out;
}

/** A selfie: a face and shoulders in front of a wall, with the same optics and noise as the card photos. */
export function drawSelfie(options: { width?: number; height?: number; blur?: number; brightness?: number; noise?: number } = {}): HTMLCanvasElement {
  const { width = 1280, height = 1600, blur = 0, brightness = 1, noise = 10 } = options;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d')!;
  const wall = ctx.createLinearGradient(0, 0, width, height);
  wall.addColorStop(0, '#c9c2b8');
  wall.addColorStop(1, '#8f877d');
  ctx.fillStyle = wall;
  ctx.fillRect(0, 0, width, height);
  const cx = width / 2;
  const cy = height * 0.42;
  const r = width * 0.22;
  ctx.fillStyle = '#2f4a66'; // shoulders
  ctx.beginPath();
  ctx.ellipse(cx, height * 1.02, width * 0.48, height * 0.3, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#3a2a1e'; // hair
  ctx.beginPath();
  ctx.ellipse(cx, cy - r * 0.25, r * 1.1, r * 1.2, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#d9a88a'; // face
  ctx.beginPath();
  ctx.ellipse(cx, cy + r * 0.1, r * 0.85, r * 1.1, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#2b1d14';
  for (const side of [-1, 1]) {
    ctx.beginPath();
    ctx.ellipse(cx + side * r * 0.35, cy - r * 0.05, r * 0.11, r * 0.06, 0, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillRect(cx + side * r * 0.35 - r * 0.17, cy - r * 0.27, r * 0.34, r * 0.05);
  }
  ctx.strokeStyle = '#8a4a3c';
  ctx.lineWidth = r * 0.05;
  ctx.beginPath();
  ctx.arc(cx, cy + r * 0.35, r * 0.3, 0.2 * Math.PI, 0.8 * Math.PI);
  ctx.stroke();
  return develop(canvas, blur, brightness, noise);
}

/**
 * Stores the picture turned a quarter to the left, as a phone held upright does, with EXIF orientation 6
 * ("rotate 90° clockwise to show").
 */
export function storedForOrientation6(upright: HTMLCanvasElement): HTMLCanvasElement {
  const coded = document.createElement('canvas');
  coded.width = upright.height;
  coded.height = upright.width;
  const ctx = coded.getContext('2d')!;
  ctx.translate(0, upright.width);
  ctx.rotate(-Math.PI / 2);
  ctx.drawImage(upright, 0, 0);
  return coded;
}

export function toJpeg(canvas: HTMLCanvasElement, quality = 0.92): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/jpeg', quality));
}

/** A JPEG of the scene (or of `drawn`); with `orientation: 6`, stored turned and tagged; `gps` adds a position. */
export async function photo(options: SceneOptions & { orientation?: 6; gps?: boolean; drawn?: HTMLCanvasElement } = {}): Promise<File> {
  const upright = options.drawn ?? drawScene(options);
  const canvas = options.orientation === 6 ? storedForOrientation6(upright) : upright;
  let bytes = new Uint8Array(await (await toJpeg(canvas)).arrayBuffer());
  if (options.orientation || options.gps) {
    bytes = insertApp1(bytes, buildExif({ orientation: options.orientation ?? 1, gps: options.gps ? { latitude: 59.3293, longitude: 18.0686 } : undefined }));
  }
  return new File([bytes], 'photo.jpg', { type: 'image/jpeg' });
}
