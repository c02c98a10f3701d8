// The word boxes' field names on their own, so an element lists them in its FormFeedbackController up front
// while the word boxes' code (recovery-phrase-controller.ts) loads with the step that shows them.

/** The field names of the word boxes in the element's `FormFeedbackController`: `word0` ... `word11` (0-based). */
export type WordField = `word${number}`;
export const wordField = (index: number): WordField => `word${index}`;
/**
 * The word fields of a phrase of `length` words, for the element's `FormFeedbackController` `fields` (every one must
 * be there: the boxes take their ids from it).
 */
export const wordFields = (length: number): WordField[] => Array.from({ length }, (_, i) => wordField(i));
/** The word fields of the contract's 12-word phrase: `new FormFeedbackController({ fields: [...WORD_FIELDS, ...] })`. */
export const WORD_FIELDS: readonly WordField[] = wordFields(12);
