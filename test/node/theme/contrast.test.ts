/** WCAG 2.2 contrast of the colour tokens, in both schemes: 4.5:1 for text (1.4.3), 3:1 for UI parts (1.4.11). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { darkColors, lightColors, type ColorToken } from '../../../src/theme/tokens.js';

function luminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  assert.ok(match, `${hex} is not #rrggbb`);
  const [r, g, b] = match.slice(1).map((part) => {
    const c = parseInt(part, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const text = 4.5;
const ui = 3;
/** [foreground, background, minimum]: every pairing the elements are meant to draw. */
const pairs: Array<[ColorToken, ColorToken, number]> = [
  ['text', 'surface', text],
  ['text', 'surface-alt', text],
  ['text-muted', 'surface', text],
  ['text-muted', 'surface-alt', text],
  ['accent', 'surface', text], // links and text buttons
  ['accent-contrast', 'accent', text], // primary button label
  ['danger', 'surface', text], // error messages
  ['danger', 'surface-alt', text],
  ['warning', 'surface', text],
  ['border', 'surface', ui], // input borders
  ['border', 'surface-alt', ui],
  ['focus', 'surface', ui],
  ['focus', 'surface-alt', ui],
  ['accent', 'surface-alt', ui],
];

describe('contrast', () => {
  it('computes the WCAG ratio', () => {
    assert.equal(contrast('#000000', '#ffffff'), 21);
    assert.equal(contrast('#777777', '#777777'), 1);
    assert.ok(Math.abs(contrast('#767676', '#ffffff') - 4.54) < 0.01);
  });

  for (const [scheme, colors] of [['light', lightColors], ['dark', darkColors]] as const) {
    describe(scheme, () => {
      for (const [fg, bg, min] of pairs) {
        it(`${fg} on ${bg} >= ${min}:1`, () => {
          const ratio = contrast(colors[fg], colors[bg]);
          assert.ok(ratio >= min, `${colors[fg]} on ${colors[bg]} is ${ratio.toFixed(2)}:1`);
        });
      }
      it('has the same token names as the other scheme', () => {
        assert.deepEqual(Object.keys(colors).sort(), Object.keys(lightColors).sort());
      });
    });
  }
});
