/**
 * The contract's `LegalNamePart` rule, checked before sending: a letter of any script first, then letters, marks,
 * spaces, hyphens and apostrophes. Deliberately no more than the backend asks: names are written as on the ID.
 */
export const LegalNamePartPattern = /^\p{L}[\p{L}\p{M} '’-]*$/u;
