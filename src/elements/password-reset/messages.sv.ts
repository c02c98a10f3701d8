import type { PasswordResetMessages } from './messages.js';

export const passwordReset: PasswordResetMessages = {
  title: 'Återställ ditt lösenord',
  intro: 'Ange e-postadressen eller telefonnumret för ditt konto. Vi skickar en kod för att bekräfta att kontot är ditt.',
  identifierChoice: 'Återställ med',
  robotCheck: 'Sedan en snabb kontroll av att du inte är en robot.',
  starting: 'Kontrollerar …',
  accountPhone: 'kontots telefonnummer, om det har ett',
  accountEmail: 'kontots e-postadress, om det har en',
  noCode: 'Ingen kod? Titta i skräpposten, eller få koden på ett annat sätt.',
  passwordTitle: 'Välj ett nytt lösenord',
  save: 'Spara nytt lösenord',
  saving: 'Sparar …',
  doneTitle: 'Ditt lösenord har ändrats',
  doneIntro: 'Logga in med ditt nya lösenord. Du har loggats ut på alla enheter.',
  signIn: 'Logga in',
  backToSignIn: 'Tillbaka till inloggningen',
  expired: 'Det tog för lång tid, så vi avbröt återställningen för att skydda ditt konto. Börja om.',
  startAgain: 'Börja om',
};
