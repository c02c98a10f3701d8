import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { elementTags, renderIndex } from '../../../scripts/build-entries.mjs';

describe('src/index.ts (the `tillit` entry)', () => {
  it('is generated from the element folders and current', () => {
    assert.equal(readFileSync('src/index.ts', 'utf8'), renderIndex(), 'stale: run `npm run generate` and commit the result');
  });

  it("imports every element folder's define.ts", () => {
    const tags = elementTags();
    assert.ok(tags.length > 0);
    for (const tag of tags) assert.match(renderIndex(), new RegExp(`^import './elements/${tag}/define\\.js';$`, 'm'));
  });
});
