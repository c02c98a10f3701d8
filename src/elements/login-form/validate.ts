import type { Identifier } from '../../contract/index.js';
import type { CallingCode } from '../shared/countries.js';
import { toE164, type PhoneProblem } from '../shared/phone-number.js';
import type { IdentifierKind } from './steps/identifier-step.js';

/** Why the identifier step cannot be sent yet; the element turns each into a localized message. */
export type IdentifierProblem =
  | { field: 'email'; problem: 'required' | 'invalid_format' }
  | { field: 'phone'; problem: PhoneProblem }
  | { field: 'password'; problem: 'required' };

// Deliberately loose: the backend has the final word (`validation_failed`); this only catches obvious slips.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** The identifier to send (phone in E.164), or what is wrong, checked on submit only (never on blur). */
export function readIdentifier(
  kind: IdentifierKind,
  values: { email: string; phone: string; country: CallingCode },
): { identifier: Identifier } | { problem: IdentifierProblem } {
  if (kind === 'email') {
    const email = values.email.trim();
    if (email === '') return { problem: { field: 'email', problem: 'required' } };
    if (!EMAIL.test(email)) return { problem: { field: 'email', problem: 'invalid_format' } };
    return { identifier: { type: 'email', email } };
  }
  const phone = toE164(values.phone, values.country);
  return phone.ok ? { identifier: { type: 'phone', phone: phone.e164 } } : { problem: { field: 'phone', problem: phone.problem } };
}

/** Space-separated attribute values, known ones only, in the order given, without repeats. */
export function parseList<T extends string>(value: string | null | undefined, known: readonly T[]): T[] {
  const words = (value ?? '').toLowerCase().split(/\s+/);
  return [...new Set(words.filter((word): word is T => (known as readonly string[]).includes(word)))];
}
