import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { className, elementTags, renderElementClasses, renderIndex } from '../../../scripts/build-entries.mjs';

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

describe('src/elements/element-classes.ts (every class, for defineElements and tillit/elements)', () => {
  it('is generated from the element folders and current', () => {
    assert.equal(readFileSync('src/elements/element-classes.ts', 'utf8'), renderElementClasses(), 'stale: run `npm run generate` and commit the result');
  });

  it('lists the class of every element folder under its tag', () => {
    assert.equal(className('login-form'), 'LoginForm');
    assert.equal(className('recovery-key-backup'), 'RecoveryKeyBackup');
    for (const tag of elementTags()) assert.match(renderElementClasses(), new RegExp(`^  '${tag}': ${className(tag)},$`, 'm'));
  });
});
