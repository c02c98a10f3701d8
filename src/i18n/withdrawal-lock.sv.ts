import { plural } from './format/plural.js';
import type { WithdrawalLockMessages } from './withdrawal-lock.js';

const days = (n: number) => `${n} ${plural('sv', n, { one: 'dag', other: 'dagar' })}`;

export const withdrawalLock: WithdrawalLockMessages = {
  title: 'Uttag är spärrade',
  reason_password_reset: 'Du har återställt ditt lösenord.',
  reason_password_change: 'Du har bytt lösenord.',
  reason_two_factor_change: 'Din tvåstegsverifiering har ändrats.',
  reason_contact_change: 'Din e-postadress eller ditt telefonnummer har ändrats.',
  reason_contact_unbind: 'En e-postadress eller ett telefonnummer har tagits bort från ditt konto.',
  until: (p) => `För att skydda ditt konto kan du göra uttag igen från ${p.end} (${p.left}).`,
  consequencesTitle: 'Innan du fortsätter',
  lockFor: (p) =>
    `Du kommer inte att kunna göra uttag på ${p.hours} ${plural('sv', p.hours, { one: 'timme', other: 'timmar' })}. Det skyddar ditt konto om någon annan gör det här.`,
  cooldown_email: (p) =>
    `I ${days(p.days)} efter att du tagit bort e-postadressen kan den inte användas för att öppna ett konto eller läggas till i ett.`,
  cooldown_phone: (p) =>
    `I ${days(p.days)} efter att du tagit bort telefonnumret kan det inte användas för att öppna ett konto eller läggas till i ett.`,
  cooldownOld_email: (p) =>
    `I ${days(p.days)} efter ändringen kan din nuvarande e-postadress inte användas för att öppna ett konto eller läggas till i ett.`,
  cooldownOld_phone: (p) =>
    `I ${days(p.days)} efter ändringen kan ditt nuvarande telefonnummer inte användas för att öppna ett konto eller läggas till i ett.`,
  replacement_email: 'Lägg snart till en ny e-postadress, så att du fortfarande kan bekräfta att det är du och komma åt ditt konto.',
  replacement_phone: 'Lägg snart till ett nytt telefonnummer, så att du fortfarande kan bekräfta att det är du och komma åt ditt konto.',
  replacement_totp: 'Aktivera en autentiseringsapp igen snart, så att ditt konto är väl skyddat.',
};
