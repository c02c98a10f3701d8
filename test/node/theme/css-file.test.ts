/**
 * src/theme/tillit.css is generated from src/theme/tokens.ts. This fails when they drift apart; regenerate with
 *   TILLIT_WRITE_CSS=1 npx tsx --test test/node/theme/css-file.test.ts
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { hostCss, pageCss } from '../../../src/theme/css-text.js';
import { tokenNames } from '../../../src/theme/tokens.js';

const file = join(import.meta.dirname, '../../../src/theme/tillit.css');

describe('tillit.css', () => {
  it('matches pageCss()', () => {
    if (process.env.TILLIT_WRITE_CSS) writeFileSync(file, pageCss());
    assert.equal(readFileSync(file, 'utf8'), pageCss(), 'stale: regenerate (see the comment at the top of this test)');
  });

  it('defines every token for the page, and the dark switches', () => {
    const css = pageCss();
    for (const name of tokenNames) assert.match(css, new RegExp(`--tillit-${name}: `), name);
    assert.match(css, /@media \(prefers-color-scheme: dark\)/);
    assert.match(css, /\[data-tillit-theme="dark"\],\n\.tillit-dark \{/);
  });

  it('gives elements a default for every token that yields to the page value', () => {
    const css = hostCss();
    for (const name of tokenNames) assert.match(css, new RegExp(`--_tillit-${name}: var\\(--tillit-${name}, `), name);
    assert.match(css, /:host\(\[data-tillit-theme="dark"\]\),\n:host\(\.tillit-dark\)/);
    // Declaring the public names on :host would shut out a page's overrides.
    assert.doesNotMatch(css, /^\s*--tillit-/m);
  });
});
