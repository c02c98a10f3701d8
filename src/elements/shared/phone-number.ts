import type { CallingCode } from './countries.js';

/** Why a national number was refused; each maps to its own message. */
export type PhoneProblem = 'required' | 'invalid_format' | 'too_short' | 'too_long';

export type PhoneResult = { ok: true; e164: string } | { ok: false; problem: PhoneProblem };

/** The digits after `+` or `00`, or undefined for a national number. */
export function internationalDigits(input: string): string | undefined {
  const compact = input.replace(/[\s().-]/g, '');
  if (compact.startsWith('+')) return compact.slice(1);
  if (compact.startsWith('00')) return compact.slice(2);
  return undefined;
}

/**
 * Normalises what a person typed into E.164 for the chosen country: separators dropped, the trunk prefix
 * (`070…` in Sweden) dropped, an international form (`+46…`) accepted when it matches the country, and the
 * national number's length checked against the country's plan.
 */
export function toE164(input: string, country: CallingCode): PhoneResult {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, problem: 'required' };
  if (!/^[+\d\s().-]+$/.test(trimmed)) return { ok: false, problem: 'invalid_format' };
  let national = internationalDigits(trimmed);
  if (national !== undefined) {
    if (!national.startsWith(country.dial)) return { ok: false, problem: 'invalid_format' };
    national = national.slice(country.dial.length);
  } else {
    national = trimmed.replace(/\D/g, '');
    if (country.trunk && national.startsWith(country.trunk) && national.length > country.min) {
      national = national.slice(country.trunk.length);
    }
  }
  if (!/^\d+$/.test(national)) return { ok: false, problem: national === '' ? 'too_short' : 'invalid_format' };
  if (national.length < country.min) return { ok: false, problem: 'too_short' };
  if (national.length > country.max) return { ok: false, problem: 'too_long' };
  return { ok: true, e164: `+${country.dial}${national}` };
}
