/**
 * Finds the document's four edges in the small copy and says which sides are outside the picture.
 *
 * Sobel gradients on the normalised luma, thinned to one pixel (non-maximum suppression), split into
 * near-horizontal and near-vertical edge pixels by gradient direction and polarity; a Hough transform over
 * tilts of up to 15 degrees finds straight, solid lines in each family (at least a fifth of the picture long,
 * at least 60% covered). Of those, the four that best make a document are chosen together: a document edge
 * ends where it meets the next edge (a corner) or at the picture's border (the document goes on past it),
 * while wood grain, print and shadows end anywhere. A side whose edge is missing, or runs into the border, is
 * reported as cut off.
 */
import type { DocumentSide } from '../types.js';
import type { Box } from './luma.js';
import type { Pause } from './pause.js';

const MAX_TILT_DEGREES = 15;
const TILTS = 2 * MAX_TILT_DEGREES + 1;
/** Weakest gradient (|gx| + |gy| of Sobel on 0-255 luma) that can be a document edge: a step of about 15 levels. */
const MIN_EDGE = 60;
/** A solid edge: this share of its length is edge pixels (text baselines are far sparser). */
const MIN_DENSITY = 0.6;
/** Hough peaks looked at per family, strongest first, until the family has its candidate lines. */
const MAX_PEAKS = 600;
const CANDIDATES = 32;
/** Lines tried in combination for each side, after ranking. */
const PER_SIDE = 10;
/** How far either side of a line its light is compared, and the least difference (of 255) that makes a step. */
const STEP_OFFSET = 4;
const MIN_STEP = 16;

interface Line {
  /** Position across the line's direction, at the middle of the picture (y for top/bottom, x for left/right). */
  at: number;
  /** The line: v cos - u sin = rho, with u along it (x for top/bottom) and v across it. */
  rho: number;
  sin: number;
  cos: number;
  /** Where the solid run along the line starts and ends (in u), and how many of its pixels are edge pixels. */
  start: number;
  end: number;
  covered: number;
}

export interface DocumentEdges {
  /** The document's box in small-copy pixels; sides not found are at the picture's border. */
  box: Box;
  /** How many of the four edges were found inside the picture. */
  found: number;
  /** Sides outside the picture or not found. */
  cut: DocumentSide[];
}

/** One-pixel-wide edges: a label per pixel (horizontal edges by gradient sign 1, 2; vertical ones 3, 4). */
interface EdgeMap {
  labels: Uint8Array;
  /** Per family (0 horizontal, 1 vertical): pixel index and the tilt of the edge there, in degrees. */
  points: [number[], number[]];
  tilts: [number[], number[]];
}

/** Hough votes go to tilts this close (degrees) to the one the gradient gives, not to all 31. */
const TILT_SPREAD = 5;

export async function findDocumentEdges(luma: Uint8Array, width: number, height: number, pause: Pause): Promise<DocumentEdges> {
  const edges0 = await edgePixels(luma, width, height, pause);
  const horizontal = await houghLines(edges0, luma, width, height, false, pause);
  const vertical = await houghLines(edges0, luma, width, height, true, pause);
  const edges = chooseDocument(horizontal, vertical, width, height);
  const cut = new Set<DocumentSide>();
  for (const side of sides) {
    const line = edges[side];
    if (!line) {
      cut.add(side);
      continue;
    }
    const horizontalLine = side === 'top' || side === 'bottom';
    const ends = reachesBorder(line, horizontalLine ? width : height);
    if (ends.start) cut.add(horizontalLine ? 'left' : 'top');
    if (ends.end) cut.add(horizontalLine ? 'right' : 'bottom');
  }
  return {
    box: {
      x0: Math.round(edges.left?.at ?? 0),
      x1: Math.round(edges.right?.at ?? width),
      y0: Math.round(edges.top?.at ?? 0),
      y1: Math.round(edges.bottom?.at ?? height),
    },
    found: sides.filter((s) => edges[s]).length,
    cut: sides.filter((s) => cut.has(s)),
  };
}

const sides = ['top', 'right', 'bottom', 'left'] as const;
type Edges = Partial<Record<DocumentSide, Line>>;

const borderMargin = (length: number) => Math.max(2, Math.round(length * 0.01));

function reachesBorder(line: Line, length: number): { start: boolean; end: boolean } {
  const margin = borderMargin(length);
  return { start: line.start <= margin, end: line.end >= length - 1 - margin };
}

/** Where a top/bottom line meets a left/right one. */
function intersect(h: Line, v: Line): { x: number; y: number } {
  // h: y cos_h - x sin_h = rho_h; v: x cos_v - y sin_v = rho_v.
  const x = (v.rho * h.cos + v.sin * h.rho) / (v.cos * h.cos - v.sin * h.sin);
  return { x, y: (h.rho + x * h.sin) / h.cos };
}

/**
 * Tries every combination of at most one line per side (or none) and keeps the one that looks most like a
 * document: line ends that meet the neighbouring side's line count most, then ends explained by the picture's
 * border; loose ends count against.
 */
function chooseDocument(horizontal: Line[], vertical: Line[], width: number, height: number): Edges {
  const tolerance = Math.max(8, 0.04 * Math.max(width, height));
  /**
   * How a horizontal and a vertical line relate at a corner of the document: whether each one's end is within
   * `tolerance` of where they cross, and whether either runs on past that point (`invalid`: a document edge
   * stops at its corner, while a line that goes on is the table, a shadow or print, and where a background
   * line ends at the document's edge it makes a T, not a corner).
   */
  const meets = (h: Line, v: Line, hEnd: 'start' | 'end', vEnd: 'start' | 'end') => {
    const p = intersect(h, v);
    const hPast = hEnd === 'start' ? p.x - h.start : h.end - p.x;
    const vPast = vEnd === 'start' ? p.y - v.start : v.end - p.y;
    return { h: Math.abs(hPast) <= tolerance, v: Math.abs(vPast) <= tolerance, invalid: hPast > tolerance || vPast > tolerance };
  };
  // A line that could be this side's edge because one of its ends meets a perpendicular line there comes
  // first: grain and print crowd the strongest lines otherwise. Which side a line is on is not known in
  // advance (a document cut off at the bottom has its top edge low in the picture), so every line may serve.
  const rank = (lines: Line[], others: Line[], horizontalLines: boolean, otherEnd: 'start' | 'end') => {
    const meetsAny = (line: Line) =>
      others.some((other) =>
        (['start', 'end'] as const).some((end) => {
          const m = horizontalLines ? meets(line, other, end, otherEnd) : meets(other, line, otherEnd, end);
          return !m.invalid && (horizontalLines ? m.h : m.v);
        }),
      );
    return [...lines.filter(meetsAny), ...lines.filter((l) => !meetsAny(l))].slice(0, PER_SIDE);
  };
  const tops = rank(horizontal, vertical, true, 'start');
  const bottoms = rank(horizontal, vertical, true, 'end');
  const lefts = rank(vertical, horizontal, false, 'start');
  const rights = rank(vertical, horizontal, false, 'end');
  const table = (hs: Line[], vs: Line[], hEnd: 'start' | 'end', vEnd: 'start' | 'end') => hs.map((h) => vs.map((v) => meets(h, v, hEnd, vEnd)));
  const topLeft = table(tops, lefts, 'start', 'start');
  const topRight = table(tops, rights, 'end', 'start');
  const bottomLeft = table(bottoms, lefts, 'start', 'end');
  const bottomRight = table(bottoms, rights, 'end', 'end');
  const borders = (lines: Line[], length: number) => lines.map((l) => reachesBorder(l, length));
  const [topBorder, bottomBorder, leftBorder, rightBorder] = [borders(tops, width), borders(bottoms, width), borders(lefts, height), borders(rights, height)];
  const none = { h: false, v: false, invalid: false };
  /** Each end: meets the neighbour or the border +1, loose -2; plus how solid the line is. */
  const ends = (line: Line, length: number, border: { start: boolean; end: boolean }, atStart: boolean, atEnd: boolean) =>
    (atStart || border.start ? 1 : -2) + (atEnd || border.end ? 1 : -2) + line.covered / length;
  const minSpan = 0.2 * Math.min(width, height);
  let best: Edges = {};
  let bestScore = 0;
  // Index -1 stands for "no line on this side".
  for (let t = -1; t < tops.length; t++) {
    for (let b = -1; b < bottoms.length; b++) {
      if (t >= 0 && b >= 0 && bottoms[b]!.at - tops[t]!.at < minSpan) continue;
      for (let l = -1; l < lefts.length; l++) {
        for (let r = -1; r < rights.length; r++) {
          if (l >= 0 && r >= 0 && rights[r]!.at - lefts[l]!.at < minSpan) continue;
          const tl = t >= 0 && l >= 0 ? topLeft[t]![l]! : none;
          const tr = t >= 0 && r >= 0 ? topRight[t]![r]! : none;
          const bl = b >= 0 && l >= 0 ? bottomLeft[b]![l]! : none;
          const br = b >= 0 && r >= 0 ? bottomRight[b]![r]! : none;
          if (tl.invalid || tr.invalid || bl.invalid || br.invalid) continue;
          let score = 2 * (Number(tl.h) + Number(tl.v) + Number(tr.h) + Number(tr.v) + Number(bl.h) + Number(bl.v) + Number(br.h) + Number(br.v));
          if (t >= 0) score += ends(tops[t]!, width, topBorder[t]!, tl.h, tr.h);
          if (b >= 0) score += ends(bottoms[b]!, width, bottomBorder[b]!, bl.h, br.h);
          if (l >= 0) score += ends(lefts[l]!, height, leftBorder[l]!, tl.v, bl.v);
          if (r >= 0) score += ends(rights[r]!, height, rightBorder[r]!, tr.v, br.v);
          if (score > bestScore) {
            bestScore = score;
            best = { top: tops[t], bottom: bottoms[b], left: lefts[l], right: rights[r] };
          }
        }
      }
    }
  }
  return best;
}

/** Sobel + non-maximum suppression: one-pixel-wide edges labelled by family and polarity, with their tilt. */
async function edgePixels(luma: Uint8Array, width: number, height: number, pause: Pause): Promise<EdgeMap> {
  const size = width * height;
  const gx = new Int16Array(size);
  const gy = new Int16Array(size);
  const magnitude = new Uint16Array(size);
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const i = y * width + x;
      const a = luma[i - width - 1]!;
      const c = luma[i - width + 1]!;
      const g = luma[i + width - 1]!;
      const k = luma[i + width + 1]!;
      const sx = c + 2 * luma[i + 1]! + k - (a + 2 * luma[i - 1]! + g);
      const sy = g + 2 * luma[i + width]! + k - (a + 2 * luma[i - width]! + c);
      gx[i] = sx;
      gy[i] = sy;
      magnitude[i] = Math.abs(sx) + Math.abs(sy);
    }
    if ((y & 31) === 31) await pause();
  }
  const map: EdgeMap = { labels: new Uint8Array(size), points: [[], []], tilts: [[], []] };
  const degrees = 180 / Math.PI;
  // Only step edges vote (the light differs STEP_OFFSET pixels either side, the way the gradient says): the
  // thin lines of wood grain, creases and print have the same light on both sides and would crowd the lines.
  const reach = STEP_OFFSET * width;
  for (let y = STEP_OFFSET; y < height - STEP_OFFSET; y++) {
    for (let x = STEP_OFFSET; x < width - STEP_OFFSET; x++) {
      const i = y * width + x;
      const m = magnitude[i]!;
      if (m < MIN_EDGE) continue;
      const sx = gx[i]!;
      const sy = gy[i]!;
      const ax = Math.abs(sx);
      const ay = Math.abs(sy);
      if (ay >= 2 * ax) {
        if (!(m > magnitude[i - width]! && m >= magnitude[i + width]!)) continue;
        if (Math.sign(sy) * (luma[i + reach]! - luma[i - reach]!) < MIN_STEP) continue;
        map.labels[i] = sy > 0 ? 1 : 2;
        map.points[0].push(i);
        map.tilts[0].push(Math.atan(-sx / sy) * degrees);
      } else if (ax >= 2 * ay) {
        if (!(m > magnitude[i - 1]! && m >= magnitude[i + 1]!)) continue;
        if (Math.sign(sx) * (luma[i + STEP_OFFSET]! - luma[i - STEP_OFFSET]!) < MIN_STEP) continue;
        map.labels[i] = sx > 0 ? 3 : 4;
        map.points[1].push(i);
        map.tilts[1].push(Math.atan(-sy / sx) * degrees);
      }
    }
    if ((y & 31) === 31) await pause();
  }
  return map;
}

/**
 * Hough transform of one family (`vertical`: x and y swapped), each polarity on its own so a light-dark and a
 * dark-light edge side by side do not add up. Returns the strongest local maxima as lines with their solid run.
 */
async function houghLines(edges: EdgeMap, luma: Uint8Array, width: number, height: number, vertical: boolean, pause: Pause): Promise<Line[]> {
  const { labels } = edges;
  // u runs along the line, v across it.
  const along = vertical ? height : width;
  const across = vertical ? width : height;
  const first = vertical ? 3 : 1;
  const offset = Math.ceil(along * Math.sin((MAX_TILT_DEGREES * Math.PI) / 180)) + 2;
  const bins = across + 2 * offset;
  const sin = new Float64Array(TILTS);
  const cos = new Float64Array(TILTS);
  for (let t = 0; t < TILTS; t++) {
    const angle = ((t - MAX_TILT_DEGREES) * Math.PI) / 180;
    sin[t] = Math.sin(angle);
    cos[t] = Math.cos(angle);
  }
  const votes = [new Uint32Array(TILTS * bins), new Uint32Array(TILTS * bins)];
  const family = vertical ? 1 : 0;
  const points = edges.points[family];
  const tilts = edges.tilts[family];
  for (let p = 0; p < points.length; p++) {
    const i = points[p]!;
    const acc = votes[labels[i]! - first]!;
    const x = i % width;
    const y = (i - x) / width;
    const u = vertical ? y : x;
    const v = vertical ? x : y;
    const centre = Math.round(tilts[p]!) + MAX_TILT_DEGREES;
    const from = Math.max(0, centre - TILT_SPREAD);
    const to = Math.min(TILTS - 1, centre + TILT_SPREAD);
    for (let t = from; t <= to; t++) acc[t * bins + Math.round(v * cos[t]! - u * sin[t]!) + offset]!++;
    if ((p & 4095) === 4095) await pause();
  }
  const peaks: { polarity: number; t: number; bin: number; score: number }[] = [];
  const minScore = along * 0.2 * MIN_DENSITY;
  for (let polarity = 0; polarity < 2; polarity++) {
    const acc = votes[polarity]!;
    const smooth = (t: number, bin: number) => acc[t * bins + bin - 1]! + acc[t * bins + bin]! + acc[t * bins + bin + 1]!;
    for (let t = 0; t < TILTS; t++) {
      for (let bin = 4; bin < bins - 4; bin++) {
        const score = smooth(t, bin);
        if (score < minScore || !isLocalMax(smooth, t, bin, score)) continue;
        peaks.push({ polarity, t, bin, score });
      }
    }
  }
  peaks.sort((a, b) => b.score - a.score);
  const minLength = along * 0.2;
  const at = (u: number, v: number) => luma[vertical ? u * width + v : v * width + u]!;
  // Each edge pixel of this family marks the pixels up to two across from it (a tilt between two of the
  // 1-degree steps drifts that far over a long edge), so tracing a line is one lookup per pixel.
  const near = new Uint8Array(width * height);
  const stride = vertical ? 1 : width;
  for (const i of points) {
    const bit = labels[i]! - first + 1;
    for (let k = -2; k <= 2; k++) {
      const j = i + k * stride;
      if (j >= 0 && j < near.length) near[j]! |= bit;
    }
  }
  const lines: Line[] = [];
  for (const { polarity, t, bin } of peaks.slice(0, MAX_PEAKS)) {
    if (lines.length >= CANDIDATES) break;
    const rho = bin - offset;
    const bit = polarity + 1;
    const vAt = (u: number) => (rho + u * sin[t]!) / cos[t]!;
    // A document edge is a step: different light on either side, the same way along its length. Wood grain,
    // creases and print are thin lines with the same light on both sides, so they break the run.
    const sign = polarity === 0 ? 1 : -1;
    const run = solidRun(along, (u) => {
      const v = Math.round(vAt(u));
      if (v < STEP_OFFSET || v + STEP_OFFSET >= across || (near[vertical ? u * width + v : v * width + u]! & bit) === 0) return false;
      return sign * (at(u, v + STEP_OFFSET) - at(u, v - STEP_OFFSET)) >= MIN_STEP;
    });
    if (run.end - run.start < minLength || run.covered < MIN_DENSITY * (run.end - run.start)) continue;
    const middle = vAt(along / 2);
    lines.push({ at: middle, rho, sin: sin[t]!, cos: cos[t]!, ...run });
  }
  return lines.sort((a, b) => b.covered - a.covered);
}

function isLocalMax(score: (t: number, bin: number) => number, t: number, bin: number, value: number): boolean {
  for (let dt = -1; dt <= 1; dt++) {
    const tt = t + dt;
    if (tt < 0 || tt >= TILTS) continue;
    for (let db = -3; db <= 3; db++) {
      if (dt === 0 && db === 0) continue;
      const other = score(tt, bin + db);
      // Ties go to the first (lowest) position so a plateau yields one peak.
      if (other > value || (other === value && (dt < 0 || (dt === 0 && db < 0)))) return false;
    }
  }
  return true;
}

/** The longest stretch along the line whose gaps are all short (3% of the picture), and how much of it is covered. */
function solidRun(length: number, hit: (u: number) => boolean): { start: number; end: number; covered: number } {
  const maxGap = Math.max(4, Math.round(length * 0.03));
  let best = { start: 0, end: 0, covered: 0 };
  let start = -1;
  let last = -1;
  let covered = 0;
  for (let u = 1; u < length - 1; u++) {
    if (!hit(u)) continue;
    if (start < 0 || u - last > maxGap) {
      start = u;
      covered = 0;
    }
    last = u;
    covered++;
    if (last - start > best.end - best.start) best = { start, end: last, covered };
  }
  return best;
}
