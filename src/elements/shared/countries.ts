import { internationalDigits } from './phone-number.js';

/**
 * Country calling codes for the phone fields: the Nordics, the EU and the larger markets an exchange serves,
 * with each country's national significant number (NSN) length per the ITU E.164 national plans and its trunk
 * prefix (the `0` dialled inside the country and dropped after `+46`). Deliberately small: a full numbering plan
 * (libphonenumber) would cost more than the whole element. Names come from `Intl.DisplayNames` in the user's
 * locale, so the list holds no names.
 */
export interface CallingCode {
  /** ISO 3166-1 alpha-2. */
  readonly region: string;
  /** Digits after the `+`. */
  readonly dial: string;
  /** Shortest and longest national significant number (digits after the calling code). */
  readonly min: number;
  readonly max: number;
  /** Dialled before national numbers at home and dropped in E.164 (`0` in most of Europe). */
  readonly trunk?: string;
}

const c = (region: string, dial: string, min: number, max: number, trunk?: string): CallingCode =>
  trunk === undefined ? { region, dial, min, max } : { region, dial, min, max, trunk };

export const callingCodes: readonly CallingCode[] = [
  // Nordics
  c('SE', '46', 7, 9, '0'),
  c('NO', '47', 8, 8),
  c('DK', '45', 8, 8),
  c('FI', '358', 5, 10, '0'),
  c('IS', '354', 7, 7),
  // Rest of the EU/EEA, Switzerland and the UK
  // Austria's plan allows 4-digit numbers, but none is reachable from abroad that short (Vienna's shortest is 1 +
  // 4 digits), and +43 with 4 digits would be too short for E.164 as the contract checks it (7 to 15 digits).
  c('AT', '43', 5, 13, '0'),
  c('BE', '32', 8, 9, '0'),
  c('BG', '359', 8, 9, '0'),
  c('HR', '385', 8, 9, '0'),
  c('CY', '357', 8, 8),
  c('CZ', '420', 9, 9),
  c('EE', '372', 7, 8),
  c('FR', '33', 9, 9, '0'),
  c('DE', '49', 6, 13, '0'),
  c('GR', '30', 10, 10),
  c('HU', '36', 8, 9, '06'),
  c('IE', '353', 7, 9, '0'),
  c('IT', '39', 6, 11),
  c('LV', '371', 8, 8),
  c('LT', '370', 8, 8, '8'),
  c('LU', '352', 4, 11),
  c('MT', '356', 8, 8),
  c('NL', '31', 9, 9, '0'),
  c('PL', '48', 9, 9),
  c('PT', '351', 9, 9),
  c('RO', '40', 9, 9, '0'),
  c('SK', '421', 9, 9, '0'),
  c('SI', '386', 8, 8, '0'),
  c('ES', '34', 9, 9),
  c('CH', '41', 9, 9, '0'),
  c('GB', '44', 9, 10, '0'),
  c('UA', '380', 9, 9, '0'),
  c('TR', '90', 10, 10, '0'),
  // Larger markets elsewhere
  c('US', '1', 10, 10, '1'),
  c('CA', '1', 10, 10, '1'),
  c('MX', '52', 10, 10),
  c('BR', '55', 10, 11, '0'),
  c('AE', '971', 8, 9, '0'),
  c('IN', '91', 10, 10, '0'),
  c('SG', '65', 8, 8),
  c('HK', '852', 8, 8),
  c('JP', '81', 9, 10, '0'),
  c('KR', '82', 9, 10, '0'),
  c('AU', '61', 9, 9, '0'),
  c('NZ', '64', 8, 10, '0'),
  c('ZA', '27', 9, 9, '0'),
];

/**
 * The country a pasted international number (`+46 70…`, `0046 70…`) belongs to, by the longest matching calling
 * code. Shared codes (+1) prefer `current` when it has that code, so a Canadian's own pick survives a paste.
 */
export function regionOfInternational(input: string, current?: CallingCode): CallingCode | undefined {
  const digits = internationalDigits(input);
  if (digits === undefined) return undefined;
  const matches = callingCodes.filter((code) => digits.startsWith(code.dial));
  if (current && matches.includes(current)) return current;
  return matches.sort((a, b) => b.dial.length - a.dial.length)[0];
}

export function callingCodeOf(region: string | null | undefined): CallingCode | undefined {
  const wanted = (region ?? '').toUpperCase();
  return callingCodes.find((entry) => entry.region === wanted);
}

/** Countries sorted by their name in `locale`, for the picker. */
export function sortedCallingCodes(locale: string): { code: CallingCode; name: string }[] {
  const names = new Intl.DisplayNames([locale], { type: 'region' });
  const collator = new Intl.Collator(locale);
  return callingCodes
    .map((code) => ({ code, name: names.of(code.region) ?? code.region }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
