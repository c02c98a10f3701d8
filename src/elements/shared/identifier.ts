import type { Identifier } from '../../contract/index.js';
import type { PhoneProblem, PhoneResult } from './phone-number.js';

/** How a person names their account: by e-mail or by phone (the switch on sign-in and password-reset forms). */
export type IdentifierKind = 'email' | 'phone';

/** Why the identifier cannot be sent yet; the element words each (see `identifierProblemText`). */
export type IdentifierProblem = { field: 'email'; problem: 'required' | 'invalid_format' } | { field: 'phone'; problem: PhoneProblem };

/** What the identifier fields hold: the e-mail as typed, the phone number as read for its country (`toE164`). */
export interface IdentifierValues {
  readonly email: string;
  /** Undefined while the phone field (and its country table) is still loading: the number cannot be read yet. */
  readonly phone: PhoneResult | undefined;
}

// Deliberately loose: the backend has the final word (`validation_failed`); this only catches obvious slips.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** The identifier to send (phone in E.164), or what is wrong, checked on submit only (never on blur). */
export function readIdentifier(kind: IdentifierKind, values: IdentifierValues): { identifier: Identifier } | { problem: IdentifierProblem } {
  if (kind === 'email') {
    const email = values.email.trim();
    if (email === '') return { problem: { field: 'email', problem: 'required' } };
    if (!EMAIL.test(email)) return { problem: { field: 'email', problem: 'invalid_format' } };
    return { identifier: { type: 'email', email } };
  }
  const { phone } = values;
  if (!phone) return { problem: { field: 'phone', problem: 'required' } };
  return phone.ok ? { identifier: { type: 'phone', phone: phone.e164 } } : { problem: { field: 'phone', problem: phone.problem } };
}

/**
 * A host's prefill (`prefill="alva@example.com"`, `prefill="+46701234567"`): which field it goes into (the phone
 * field then finds the country of a number in international form). Undefined for an empty value.
 */
export function prefillOf(text: string | null | undefined): { kind: IdentifierKind; value: string } | undefined {
  const value = (text ?? '').trim();
  if (!value) return undefined;
  return { kind: value.includes('@') ? 'email' : 'phone', value };
}

/** The identifier as a host gives it to another element (the `identifier` of `tillit-forgot-password`). */
export function identifierText(identifier: Identifier): string {
  return identifier.type === 'email' ? identifier.email : identifier.phone;
}

