/**
 * The two-layer token rule (STYLE.md): a token used but never defined, or defined and never used, fails.
 *
 * Scans every .ts and .css file under src/ except src/theme/ (which defines the tokens) for `var(--_tillit-x)`
 * and `var(--tillit-x)`, and compares the names with `tokenNames` from src/theme/tokens.ts.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { tokenNames } from '../../../src/theme/tokens.js';
import { findTokenUses, type TokenUse } from './token-scan.js';

const src = join(import.meta.dirname, '../../../src');

function scanSources(): TokenUse[] {
  return readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|css)$/.test(file) && !file.replace(/\\/g, '/').startsWith('theme/'))
    .flatMap((file) => findTokenUses(`src/${file}`, readFileSync(join(src, file), 'utf8')));
}

const where = (use: TokenUse) => `${use.file}:${use.line} ${use.public ? '--tillit-' : '--_tillit-'}${use.name}`;

describe('findTokenUses', () => {
  it('finds resolved and public uses with their lines, and ignores element-level properties', () => {
    const text = 'a { color: var(--_tillit-text); }\nb { gap: var( --tillit-space-2 ); margin: var(--login-form-gap, var(--_tillit-space-4)); }';
    assert.deepEqual(findTokenUses('x.ts', text), [
      { file: 'x.ts', line: 1, name: 'text', public: false },
      { file: 'x.ts', line: 2, name: 'space-2', public: true },
      { file: 'x.ts', line: 2, name: 'space-4', public: false },
    ]);
  });
});

describe('design tokens in src/', () => {
  const uses = scanSources();
  const defined = new Set<string>(tokenNames);

  it('uses no token that src/theme/tokens.ts does not define', () => {
    assert.deepEqual(uses.filter((use) => !defined.has(use.name)).map(where), []);
  });

  it('reads tokens through var(--_tillit-*), which has a default, not the page-level --tillit-*', () => {
    assert.deepEqual(uses.filter((use) => use.public).map(where), []);
  });

  it('defines no token that nothing uses', (t) => {
    // Until elements exist nothing uses anything; the check starts with the first element style.
    if (!uses.length) return t.skip('no element reads a token yet');
    const used = new Set(uses.map((use) => use.name));
    assert.deepEqual(tokenNames.filter((name) => !used.has(name)), []);
  });
});
