/** One field per position of the phrase (`word0` ... `word11`); the proof shows the ones the backend chose. */
export type WordField = `word${number}`;
export const WORD_FIELDS: readonly WordField[] = Array.from({ length: 12 }, (_, i) => `word${i}` as const);
