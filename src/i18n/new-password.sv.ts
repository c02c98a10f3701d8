import type { NewPasswordMessages } from './new-password.js';

export const newPassword: NewPasswordMessages = {
  label: 'Nytt lösenord',
  repeatLabel: 'Bekräfta nytt lösenord',
  rulesTitle: 'Regler för ditt nya lösenord',
  rule_length: (p) => `Har ${p.min} till ${p.max} tecken`,
  rule_notRepeated: 'Är inte ett och samma tecken upprepat',
  rule_notIdentifier: 'Innehåller inte namnet i din e-postadress eller ditt telefonnummer',
  ruleMet: 'klart',
  ruleNotMet: 'inte än',
  ruleNowMet: (p) => `Klart: ${p.rule}`,
  ruleNoLongerMet: (p) => `Inte längre klart: ${p.rule}`,
  commonHint: 'Undvik vanliga lösenord och lösenord som du använder på andra webbplatser.',
  required: 'Ange ett nytt lösenord',
  tooShort: (p) => `Ange ett lösenord med minst ${p.min} tecken`,
  tooLong: (p) => `Ange ett lösenord med högst ${p.max} tecken`,
  repeated: 'Välj ett lösenord som inte bara är ett tecken upprepat',
  containsIdentifier: 'Välj ett lösenord som inte innehåller namnet i din e-postadress eller ditt telefonnummer',
  repeatRequired: 'Ange det nya lösenordet igen',
  mismatch: 'Lösenorden stämmer inte överens. Ange samma nya lösenord i båda fälten',
};
