/**
 * Space-separated attribute values (`methods="password passkey"`), known ones only, in the order given, without
 * repeats, case-insensitive. Unknown words are dropped rather than refused, so a newer attribute value in an older
 * element degrades to what it knows.
 */
export function parseList<T extends string>(value: string | null | undefined, known: readonly T[]): T[] {
  const words = (value ?? '').toLowerCase().split(/\s+/);
  return [...new Set(words.filter((word): word is T => (known as readonly string[]).includes(word)))];
}
