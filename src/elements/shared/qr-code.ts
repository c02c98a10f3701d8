import { svg, type SVGTemplateResult } from 'lit';
import { generate } from 'lean-qr/nano';
import { toSvgPath } from 'lean-qr/extras/svg';

/** The quiet zone around a QR code, in modules: ISO 18004 asks for four, and scanners need it. */
const QUIET = 4;

/**
 * A QR code as an SVG drawn by Lit's `svg` template (never markup assembled as text, so nothing goes through
 * `innerHTML` and it works under Trusted Types). The encoder is lean-qr's (its small `nano` build), loaded with
 * this module when a step first shows a code: a page that never shows one never downloads it. Dark modules on a
 * light square whatever the page's theme: scanners want dark on light, and forced colours must not invert it
 * (`forced-color-adjust: none` in the sheets of the elements that show one).
 *
 *   const { qrCode } = await import('../shared/qr-code.js');
 *   html`<figure>${qrCode(uri, label)}</figure>`
 */
export function qrCode(text: string, label: string): SVGTemplateResult {
  const code = generate(text);
  const box = code.size + QUIET * 2;
  return svg`<svg class="tillit-qr" viewBox="${-QUIET} ${-QUIET} ${box} ${box}" role="img" aria-label=${label}
    shape-rendering="crispEdges" xmlns="http://www.w3.org/2000/svg">
    <rect x=${-QUIET} y=${-QUIET} width=${box} height=${box} fill="#fff"></rect>
    <path d=${toSvgPath(code)} fill="#000"></path>
  </svg>`;
}

export type QrCode = typeof qrCode;
