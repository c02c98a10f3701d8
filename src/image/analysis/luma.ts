/**
 * Luminance of the small copy, and a contrast-normalised version of it: the blur and edge measures run on the
 * normalised one, so a dark photo is judged "too dark" and not also "blurred".
 */
import type { Pause } from './pause.js';

export interface Pixels {
  readonly data: Uint8ClampedArray;
  readonly width: number;
  readonly height: number;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Rec. 601 luma in 8-bit fixed point: cheap and close enough for exposure and sharpness. */
export async function luminance(pixels: Pixels, pause: Pause): Promise<Uint8Array> {
  const { data, width, height } = pixels;
  const luma = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      const p = (row + x) * 4;
      luma[row + x] = (77 * data[p]! + 150 * data[p + 1]! + 29 * data[p + 2]!) >> 8;
    }
    if ((y & 63) === 63) await pause();
  }
  return luma;
}

/** Mean luma inside `box`. */
export function meanIn(luma: Uint8Array, width: number, box: Box): number {
  let sum = 0;
  for (let y = box.y0; y < box.y1; y++) for (let x = box.x0; x < box.x1; x++) sum += luma[y * width + x]!;
  const area = (box.x1 - box.x0) * (box.y1 - box.y0);
  return area > 0 ? sum / area : 0;
}

/**
 * Stretches the 1st-99th percentile of `luma` to 0-255, at most 4x, so edge and blur measures do not depend on
 * exposure; a flat (featureless) image is not blown up into noise.
 */
export function normalise(luma: Uint8Array): Uint8Array {
  const histogram = new Uint32Array(256);
  for (let i = 0; i < luma.length; i++) histogram[luma[i]!]!++;
  const low = percentile(histogram, luma.length, 0.01);
  const high = percentile(histogram, luma.length, 0.99);
  const gain = Math.min(4, 255 / Math.max(1, high - low));
  const table = new Uint8Array(256);
  for (let v = 0; v < 256; v++) table[v] = Math.max(0, Math.min(255, Math.round((v - low) * gain)));
  const out = new Uint8Array(luma.length);
  for (let i = 0; i < luma.length; i++) out[i] = table[luma[i]!]!;
  return out;
}

/** The value below which `share` of the `total` counted values fall. */
export function percentile(histogram: ArrayLike<number>, total: number, share: number): number {
  const target = total * share;
  let seen = 0;
  for (let v = 0; v < histogram.length; v++) {
    seen += histogram[v]!;
    if (seen > target) return v;
  }
  return histogram.length - 1;
}

/** Tile side for the sharpness measure, in small-copy pixels: a few characters of print. */
const TILE = 32;

/**
 * Variance of the 4-neighbour Laplacian per 32-pixel tile inside `box`: the 80th percentile of the tiles (how
 * sharp the detailed parts are: print, the portrait, eyes) less the 10th (the sensor noise, which a plain tile
 * holds and which a blurred photo has as much of as a sharp one). So a document with large plain areas is not
 * taken for blurred, and a noisy, blurred one is not taken for sharp.
 */
export async function sharpness(luma: Uint8Array, width: number, height: number, box: Box, pause: Pause): Promise<number> {
  const x0 = Math.max(1, box.x0);
  const y0 = Math.max(1, box.y0);
  const x1 = Math.min(width - 1, box.x1);
  const y1 = Math.min(height - 1, box.y1);
  const variances: number[] = [];
  for (let ty = y0; ty + TILE / 2 <= y1; ty += TILE) {
    for (let tx = x0; tx + TILE / 2 <= x1; tx += TILE) {
      let sum = 0;
      let sumSq = 0;
      let n = 0;
      for (let y = ty; y < Math.min(y1, ty + TILE); y++) {
        const row = y * width;
        for (let x = tx; x < Math.min(x1, tx + TILE); x++) {
          const i = row + x;
          const l = luma[i - 1]! + luma[i + 1]! + luma[i - width]! + luma[i + width]! - 4 * luma[i]!;
          sum += l;
          sumSq += l * l;
          n++;
        }
      }
      const mean = sum / n;
      variances.push(sumSq / n - mean * mean);
    }
    await pause();
  }
  if (variances.length === 0) return 0;
  variances.sort((p, q) => p - q);
  const at = (share: number) => variances[Math.min(variances.length - 1, Math.floor(variances.length * share))]!;
  return Math.max(0, at(0.8) - at(0.1));
}

/**
 * Share of `box` covered by blown highlights: pixels with every channel at 250 or more, counted only in cells
 * (about 2% of the box's side) that are mostly blown, so scattered white print does not count as glare.
 */
export function glareShare(pixels: Pixels, box: Box): number {
  const { data, width } = pixels;
  const boxWidth = box.x1 - box.x0;
  const boxHeight = box.y1 - box.y0;
  if (boxWidth <= 0 || boxHeight <= 0) return 0;
  const cell = Math.max(4, Math.round(Math.min(boxWidth, boxHeight) / 48));
  let glare = 0;
  for (let cy = box.y0; cy < box.y1; cy += cell) {
    for (let cx = box.x0; cx < box.x1; cx += cell) {
      const ex = Math.min(box.x1, cx + cell);
      const ey = Math.min(box.y1, cy + cell);
      let blown = 0;
      for (let y = cy; y < ey; y++) {
        for (let x = cx; x < ex; x++) {
          const p = (y * width + x) * 4;
          if (data[p]! >= 250 && data[p + 1]! >= 250 && data[p + 2]! >= 250) blown++;
        }
      }
      const area = (ex - cx) * (ey - cy);
      if (blown >= area * 0.6) glare += area;
    }
  }
  return glare / (boxWidth * boxHeight);
}
