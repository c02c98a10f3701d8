import type { Wording } from '../../controllers/form-feedback-controller.js';
import type { IdentifierMessages, PhoneMessages } from '../../i18n/en.js';
import type { CallingCode } from './countries.js';
import type { IdentifierProblem } from './identifier.js';

/** The sections the identifier's messages come from. */
export interface IdentifierWords {
  readonly t: { readonly identifier: IdentifierMessages; readonly phone: PhoneMessages };
  readonly locale: string;
}

/** The message for an identifier problem, kept as a `Wording` (re-worded, country name too, on a language switch). */
export function identifierProblemText(problem: IdentifierProblem, words: IdentifierWords, country: CallingCode): Wording {
  // `words.t` is read inside each function, when it is called: it is another object after a language switch.
  if (problem.field === 'email') {
    return () => (problem.problem === 'required' ? words.t.identifier.emailRequired : words.t.identifier.emailInvalid);
  }
  const name = () => new Intl.DisplayNames([words.locale], { type: 'region' }).of(country.region) ?? country.region;
  if (problem.problem === 'required') return () => words.t.phone.required;
  if (problem.problem === 'invalid_format') return () => words.t.phone.invalid({ country: name() });
  return () => words.t.phone.length({ country: name(), min: country.min, max: country.max });
}
