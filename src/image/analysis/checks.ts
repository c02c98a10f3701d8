/**
 * The quality checks on the small copy. Which run, and their limits, depend on the kind of photo; the result
 * is plain data (it crosses from the worker) in guidance order.
 */
import type { DocumentBounds, PhotoKind, QualityCheck, QualityLimits } from '../types.js';
import { findDocumentEdges } from './edges.js';
import { type Box, type Pixels, glareShare, sharpness, luminance, meanIn, normalise } from './luma.js';
import type { Pause } from './pause.js';

/**
 * Limits per kind, tuned on the generated photos of test/browser/image at the small copy's size (800 px):
 * a card photographed at 2400 px measures 8 000-20 000 sharp, ~850 with a 3 px blur, 180-360 with 4-5 px,
 * whatever the sensor noise; a face has less fine detail than print (~1 500 sharp, ~40 at 3 px), so its
 * limit is lower. A selfie camera is often 720p, so selfies pass from 640 px. `maxGlare` does not apply to
 * selfies (skin and windows shine).
 */
export const qualityLimits: Readonly<Record<PhotoKind, QualityLimits>> = {
  document: { minLongEdge: 1000, minLuminance: 60, maxGlare: 0.01, minSharpness: 450 },
  selfie: { minLongEdge: 640, minLuminance: 60, maxGlare: 1, minSharpness: 150 },
};

export interface AnalysisInput {
  pixels: Pixels;
  kind: PhotoKind;
  /** Long edge of the photo as the user took it, in pixels (before our downscale). */
  sourceLongEdge: number;
  /** Scale from the small copy to the output image. */
  outputScale: number;
}

export interface Analysis {
  checks: QualityCheck[];
  document?: DocumentBounds;
}

const shrink = (box: Box, share: number): Box => {
  const dx = Math.round((box.x1 - box.x0) * share);
  const dy = Math.round((box.y1 - box.y0) * share);
  return { x0: box.x0 + dx, y0: box.y0 + dy, x1: box.x1 - dx, y1: box.y1 - dy };
};

export async function analyse(input: AnalysisInput, pause: Pause): Promise<Analysis> {
  const { pixels, kind, sourceLongEdge, outputScale } = input;
  const { width, height } = pixels;
  const limits = qualityLimits[kind];
  const whole: Box = { x0: 0, y0: 0, x1: width, y1: height };
  const luma = await luminance(pixels, pause);
  const normal = normalise(luma);
  await pause();

  const edges = kind === 'document' ? await findDocumentEdges(normal, width, height, pause) : undefined;
  // Judge light, glare and focus on the document itself where it was found, not on the table around it.
  const region = edges && edges.found > 0 ? edges.box : whole;
  const focus = edges && edges.found > 0 ? shrink(region, 0.06) : shrink(whole, 0.2);

  const brightness = meanIn(luma, width, region);
  const sharp = await sharpness(normal, width, height, focus, pause);
  const smallLongEdge = Math.max(width, height);
  const documentLongEdge =
    edges && edges.found === 4 ? Math.max(edges.box.x1 - edges.box.x0, edges.box.y1 - edges.box.y0) : smallLongEdge;
  const longEdge = Math.round((documentLongEdge / smallLongEdge) * sourceLongEdge);
  const round = (value: number, digits: number) => Number(value.toFixed(digits));

  const checks: QualityCheck[] = [
    { id: 'too_dark', passed: brightness >= limits.minLuminance, value: round(brightness, 1), limit: limits.minLuminance },
  ];
  if (kind === 'document') {
    const glare = glareShare(pixels, region);
    checks.push({ id: 'glare', passed: glare <= limits.maxGlare, value: round(glare, 4), limit: limits.maxGlare });
  }
  checks.push({ id: 'blurred', passed: sharp >= limits.minSharpness, value: round(sharp, 1), limit: limits.minSharpness });
  if (edges) {
    checks.push({ id: 'cut_off', passed: edges.cut.length === 0, value: edges.found, limit: 4, sides: edges.cut });
  }
  checks.push({ id: 'too_small', passed: longEdge >= limits.minLongEdge, value: longEdge, limit: limits.minLongEdge });

  const analysis: Analysis = { checks };
  if (edges && edges.found === 4) {
    const s = outputScale;
    const { x0, y0, x1, y1 } = edges.box;
    analysis.document = { x: Math.round(x0 * s), y: Math.round(y0 * s), width: Math.round((x1 - x0) * s), height: Math.round((y1 - y0) * s) };
  }
  return analysis;
}
