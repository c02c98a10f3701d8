/** "7 to 9" / "8": the digit counts a country's phone numbers may have, with the locale's word for "to". */
export const digitRange = (p: { min: number; max: number }, to: string): string =>
  p.min === p.max ? `${p.min}` : `${p.min} ${to} ${p.max}`;
