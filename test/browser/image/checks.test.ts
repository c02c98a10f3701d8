/**
 * Each quality check fires on the photo with its fault and stays quiet on the sharp, well-framed one.
 * The photos are generated (./photos.ts): an ID card on a table, or a face for the selfie checks.
 */
import { expect } from '@open-wc/testing';
import { type PreparedImage, type QualityCheck, type QualityCheckId, prepareImage, qualityCheckIds } from '../../../src/image/index.js';
import { type SceneOptions, drawSelfie, photo } from './photos.js';

const prepared = new Map<string, Promise<PreparedImage>>();
/** Each photo is generated and prepared once for all the tests that look at it. */
function document(name: string, options: SceneOptions = {}): Promise<PreparedImage> {
  if (!prepared.has(name)) prepared.set(name, photo(options).then((file) => prepareImage(file)));
  return prepared.get(name)!;
}

const failed = (result: PreparedImage): QualityCheckId[] => result.checks.filter((c) => !c.passed).map((c) => c.id);
const check = <Id extends QualityCheckId>(result: PreparedImage, id: Id) =>
  result.checks.find((c): c is Extract<QualityCheck, { id: Id }> => c.id === id)!;

describe('prepareImage quality checks', () => {
  it('passes every check on a sharp, well-lit, fully framed card, in guidance order', async () => {
    const result = await document('sharp');
    expect(result.checks.map((c) => c.id)).to.deep.equal([...qualityCheckIds]);
    expect(failed(result)).to.deep.equal([]);
    expect(result.document, 'the card was found').to.not.equal(undefined);
    expect(check(result, 'cut_off').sides).to.deep.equal([]);
  });

  it('finds the card where it is, in output pixels', async () => {
    // The card is 62% of a 2400 px picture (1488 px), centred: 1270 px of the 2048 px output.
    const { document: box, width, height } = await document('sharp');
    expect(box!.width).to.be.within(1220, 1300);
    expect(Math.abs(box!.x + box!.width / 2 - width / 2)).to.be.below(30);
    expect(Math.abs(box!.y + box!.height / 2 - height / 2)).to.be.below(30);
  });

  it('blurred: a 5 px blur fails, and only that check', async () => {
    const result = await document('blurred', { blur: 5 });
    expect(failed(result)).to.deep.equal(['blurred']);
    const blurred = check(result, 'blurred');
    expect(blurred.value).to.be.below(blurred.limit);
    expect(check(await document('sharp'), 'blurred').value).to.be.above(blurred.limit * 10);
  });

  it('blurred: heavy sensor noise does not hide a blur', async () => {
    expect(failed(await document('noisy-blurred', { blur: 5, noise: 40 }))).to.deep.equal(['blurred']);
    expect(failed(await document('noisy-sharp', { noise: 40 }))).to.deep.equal([]);
  });

  it('too_dark: a dark room fails on brightness, not also on focus', async () => {
    const result = await document('dark', { brightness: 0.22 });
    expect(failed(result)).to.deep.equal(['too_dark']);
    expect(check(result, 'too_dark').value).to.be.below(60);
  });

  it('glare: a blown-out reflection on the card fails', async () => {
    const result = await document('glare', { glare: true });
    expect(failed(result)).to.deep.equal(['glare']);
    expect(check(result, 'glare').value).to.be.above(0.03);
    expect(check(await document('sharp'), 'glare').value).to.equal(0);
  });

  for (const [side, options] of [
    ['right', { shiftX: 0.3 }],
    ['left', { shiftX: -0.3 }],
    ['top', { shiftY: -0.3 }],
    ['bottom', { shiftY: 0.3 }],
  ] as const) {
    it(`cut_off: a card past the ${side} edge of the picture fails and names that side`, async () => {
      const result = await document(`cut-${side}`, options);
      expect(failed(result)).to.deep.equal(['cut_off']);
      expect(check(result, 'cut_off').sides).to.deep.equal([side]);
    });
  }

  it('cut_off: a card past two edges names both', async () => {
    expect(check(await document('cut-corner', { shiftX: 0.3, shiftY: 0.3 }), 'cut_off').sides).to.deep.equal(['right', 'bottom']);
  });

  it('cut_off: a picture without a document says no edge was found', async () => {
    const result = await document('empty', { card: false });
    expect(check(result, 'cut_off')).to.include({ passed: false, value: 0 });
    expect(check(result, 'cut_off').sides).to.deep.equal(['top', 'right', 'bottom', 'left']);
  });

  it('cut_off: finds a turned card on other tables', async () => {
    for (const [name, options] of Object.entries({ slate: { table: 'slate' }, paper: { table: 'paper' }, turned: { tilt: -9 } } as const)) {
      expect(failed(await document(name, options)), name).to.deep.equal([]);
    }
  });

  it('too_small: a 900 px photo fails, and so does a card far away in a large one', async () => {
    const small = await document('small', { width: 900, height: 675 });
    expect(failed(small)).to.deep.equal(['too_small']);
    expect(small.width, 'never enlarged').to.equal(900);
    const far = await document('far', { cardShare: 0.35 });
    expect(failed(far)).to.deep.equal(['too_small']);
    // 35% of 2400 px: the card is about 840 px across in the photo as taken.
    expect(check(far, 'too_small').value).to.be.within(780, 900);
    expect(check(await document('sharp'), 'too_small').value).to.be.within(1400, 1550);
  });

  describe('selfies', () => {
    const selfie = (options: Parameters<typeof drawSelfie>[0]) => photo({ drawn: drawSelfie(options) }).then((f) => prepareImage(f, { kind: 'selfie' }));

    it('get the light, focus and size checks only', async () => {
      const result = await selfie({});
      expect(result.checks.map((c) => c.id)).to.deep.equal(['too_dark', 'blurred', 'too_small']);
      expect(failed(result)).to.deep.equal([]);
      expect(result.document).to.equal(undefined);
    });

    it('fail when blurred, dark or tiny', async () => {
      expect(failed(await selfie({ blur: 5 }))).to.deep.equal(['blurred']);
      expect(failed(await selfie({ brightness: 0.25 }))).to.deep.equal(['too_dark']);
      expect(failed(await selfie({ width: 360, height: 480 }))).to.deep.equal(['too_small']);
      expect(failed(await selfie({ width: 480, height: 640 })), 'VGA is enough').to.deep.equal([]);
    });
  });
});
