import type { NewPasswordMessages } from './new-password.js';

export const newPassword: NewPasswordMessages = {
  label: 'Nytt passord',
  repeatLabel: 'Bekreft nytt passord',
  rulesTitle: 'Regler for det nye passordet ditt',
  rule_length: (p) => `Har ${p.min} til ${p.max} tegn`,
  rule_notRepeated: 'Er ikke ett og samme tegn gjentatt',
  rule_notIdentifier: 'Inneholder ikke navnet i e-postadressen din eller telefonnummeret ditt',
  ruleMet: 'ferdig',
  ruleNotMet: 'ikke ennå',
  ruleNowMet: (p) => `Ferdig: ${p.rule}`,
  ruleNoLongerMet: (p) => `Ikke lenger ferdig: ${p.rule}`,
  commonHint: 'Unngå vanlige passord og passord du bruker på andre nettsteder.',
  required: 'Skriv inn et nytt passord',
  tooShort: (p) => `Skriv inn et passord med minst ${p.min} tegn`,
  tooLong: (p) => `Skriv inn et passord med høyst ${p.max} tegn`,
  repeated: 'Velg et passord som ikke bare er ett tegn gjentatt',
  containsIdentifier: 'Velg et passord som ikke inneholder navnet i e-postadressen din eller telefonnummeret ditt',
  repeatRequired: 'Skriv inn det nye passordet igjen',
  mismatch: 'Passordene er ikke like. Skriv inn det samme nye passordet i begge feltene',
};
