import type { PasswordResetMessages } from './messages.js';

export const passwordReset: PasswordResetMessages = {
  title: 'Tilbakestill passordet ditt',
  intro: 'Skriv inn e-postadressen eller telefonnummeret til kontoen din. Vi sender deg en kode for å bekrefte at kontoen er din.',
  identifierChoice: 'Tilbakestill med',
  robotCheck: 'Deretter en rask sjekk av at du ikke er en robot.',
  starting: 'Kontrollerer …',
  accountPhone: 'telefonnummeret til kontoen, hvis den har et',
  accountEmail: 'e-postadressen til kontoen, hvis den har en',
  noCode: 'Ingen kode? Sjekk søppelposten, eller få koden på en annen måte.',
  passwordTitle: 'Velg et nytt passord',
  save: 'Lagre nytt passord',
  saving: 'Lagrer …',
  doneTitle: 'Passordet ditt er endret',
  doneIntro: 'Logg inn med det nye passordet. Du er logget ut på alle enheter.',
  signIn: 'Logg inn',
  backToSignIn: 'Tilbake til innlogging',
  expired: 'Det tok for lang tid, så vi stoppet tilbakestillingen for å beskytte kontoen din. Start på nytt.',
  startAgain: 'Start på nytt',
};
