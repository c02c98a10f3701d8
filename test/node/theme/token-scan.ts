/**
 * Finds token uses in source text. Elements read the global tokens as `var(--_tillit-x)` (the resolved layer
 * that `tokens` declares on `:host`); `var(--tillit-x)` in an element is a mistake, because it has no default
 * when the page has not included tillit.css. Element-level properties (`--login-form-gap`) are not tokens and
 * are ignored.
 */
export interface TokenUse {
  readonly file: string;
  readonly line: number;
  readonly name: string;
  /** True for `var(--tillit-x)`: the public name, which only pages should read. */
  readonly public: boolean;
}

const usePattern = /var\(\s*--(_?)tillit-([a-z0-9-]+)/g;

export function findTokenUses(file: string, text: string): TokenUse[] {
  const uses: TokenUse[] = [];
  for (const match of text.matchAll(usePattern)) {
    const line = text.slice(0, match.index).split('\n').length;
    uses.push({ file, line, name: match[2] ?? '', public: match[1] !== '_' });
  }
  return uses;
}
