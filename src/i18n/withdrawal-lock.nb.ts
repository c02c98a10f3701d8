import { plural } from './format/plural.js';
import type { WithdrawalLockMessages } from './withdrawal-lock.js';

const days = (n: number) => `${n} ${plural('nb', n, { one: 'dag', other: 'dager' })}`;

export const withdrawalLock: WithdrawalLockMessages = {
  title: 'Uttak er sperret',
  reason_password_reset: 'Du har tilbakestilt passordet ditt.',
  reason_password_change: 'Du har endret passordet ditt.',
  reason_two_factor_change: 'Totrinnsbekreftelsen din er endret.',
  reason_contact_change: 'E-postadressen eller telefonnummeret ditt er endret.',
  reason_contact_unbind: 'En e-postadresse eller et telefonnummer er fjernet fra kontoen din.',
  until: (p) => `For å beskytte kontoen din kan du ta ut igjen fra ${p.end} (${p.left}).`,
  consequencesTitle: 'Før du fortsetter',
  lockFor: (p) =>
    `Du vil ikke kunne ta ut i ${p.hours} ${plural('nb', p.hours, { one: 'time', other: 'timer' })}. Det beskytter kontoen din hvis noen andre gjør dette.`,
  cooldown_email: (p) =>
    `I ${days(p.days)} etter at du har fjernet e-postadressen, kan den ikke brukes til å opprette en konto eller legges til i en.`,
  cooldown_phone: (p) =>
    `I ${days(p.days)} etter at du har fjernet telefonnummeret, kan det ikke brukes til å opprette en konto eller legges til i en.`,
  cooldownOld_email: (p) =>
    `I ${days(p.days)} etter endringen kan den nåværende e-postadressen din ikke brukes til å opprette en konto eller legges til i en.`,
  cooldownOld_phone: (p) =>
    `I ${days(p.days)} etter endringen kan det nåværende telefonnummeret ditt ikke brukes til å opprette en konto eller legges til i en.`,
  replacement_email: 'Legg til en ny e-postadresse snart, slik at du fortsatt kan bekrefte at det er deg og komme inn på kontoen din.',
  replacement_phone: 'Legg til et nytt telefonnummer snart, slik at du fortsatt kan bekrefte at det er deg og komme inn på kontoen din.',
  replacement_totp: 'Aktiver en autentiseringsapp igjen snart, slik at kontoen din er godt beskyttet.',
};
