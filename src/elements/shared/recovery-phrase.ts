/**
 * Reading a recovery phrase as people type or paste it: pure, so the word boxes and the node tests share it.
 * The backend compares words trimmed and lower-cased (src/contract/security.ts `RecoveryWord`); NFKC as well here,
 * so a full-width or ligature letter from a phone keyboard or a PDF becomes the plain one.
 */

/** One word as the backend compares it: NFKC, no surrounding or inner white space, lower case. */
export function normalizeWord(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
}

/**
 * The words of a pasted or typed phrase: split on any white space (new lines, tabs, no-break spaces), list
 * numbering dropped ("1." "2)" "3:" alone or stuck to the word, as copied from a numbered list), and bare numbers
 * ("1 abandon 2 ability ...", copied from a grid) when dropping them leaves exactly `length` words.
 */
export function splitPhrase(text: string, length?: number): string[] {
  const tokens = text
    .normalize('NFKC')
    .split(/\s+/u)
    .map((token) => token.replace(/^\d+[.):]/u, ''))
    .filter(Boolean)
    .map((token) => token.toLowerCase());
  const words = tokens.filter((token) => !/^\d+$/u.test(token));
  return length !== undefined && words.length === length ? words : tokens;
}

/** Where the words went, and which box should have focus next. */
export interface Spread {
  readonly words: readonly string[];
  readonly focus: number;
}

/**
 * Puts several words that arrived in box `box` into the boxes. `positions` are the phrase positions (0-based) the
 * boxes ask for, `length` the whole phrase's: a whole phrase goes by position wherever it was pasted (each box takes
 * its own word, so "enter words 3, 7 and 10" can take a pasted phrase too); fewer words fill the boxes from `box` on,
 * and what does not fit is dropped. Focus goes to the box after the last one filled (the last box at most).
 */
export function spreadWords(current: readonly string[], box: number, tokens: readonly string[], positions: readonly number[], length: number): Spread {
  if (tokens.length === length && length > 1) {
    return { words: positions.map((p) => tokens[p] ?? ''), focus: positions.length - 1 };
  }
  const words = [...current];
  tokens.slice(0, Math.max(0, positions.length - box)).forEach((token, k) => (words[box + k] = token));
  return { words, focus: Math.min(box + tokens.length, positions.length - 1) };
}
