import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BLOCKED_ATTEMPTS, type QualityCheck, reviewPhoto } from '../../../src/image/index.js';

const ok: QualityCheck[] = [
  { id: 'too_dark', passed: true, value: 180, limit: 60 },
  { id: 'blurred', passed: true, value: 9000, limit: 450 },
];
const blurred: QualityCheck[] = [ok[0]!, { id: 'blurred', passed: false, value: 120, limit: 450 }];

describe('reviewPhoto: block twice, then let the user send anyway', () => {
  it('accepts a photo that passes, and resets the count', () => {
    assert.deepEqual(reviewPhoto(ok, 5), { action: 'accept', failed: [], failedInARow: 0 });
  });

  it('refuses the first two failing photos in a row, then lets the user confirm the third and later', () => {
    assert.equal(BLOCKED_ATTEMPTS, 2);
    let failedBefore = 0;
    const actions: string[] = [];
    for (let i = 0; i < 4; i++) {
      const review = reviewPhoto(blurred, failedBefore);
      actions.push(review.action);
      failedBefore = review.failedInARow;
    }
    assert.deepEqual(actions, ['retake', 'retake', 'confirm', 'confirm']);
  });

  it('names the failed checks in guidance order', () => {
    const review = reviewPhoto(blurred);
    assert.deepEqual(review.failed.map((c) => c.id), ['blurred']);
    assert.equal(review.failedInARow, 1);
  });

  it('takes another number of blocks, and ignores a nonsense count', () => {
    assert.equal(reviewPhoto(blurred, 0, 0).action, 'confirm');
    assert.equal(reviewPhoto(blurred, -3).action, 'retake');
  });
});
