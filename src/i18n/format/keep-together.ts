/**
 * Text that must not break across lines (a masked phone number, "+46 •••• ••12"): its spaces become no-break
 * spaces. Applied where a value is put into a message, so every locale's wording gets it.
 */
export const keepTogether = (text: string): string => text.replace(/ /g, '\u00a0');
