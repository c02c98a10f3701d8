import type { LoginFormMessages } from './messages.js';

export const loginForm: LoginFormMessages = {
  title: 'Logga in',
  identifierChoice: 'Logga in med',
  forgotPassword: 'Glömt lösenordet?',
  submit: 'Logga in',
  signingIn: 'Loggar in …',
  otherWays: 'Andra sätt att logga in',
  or: 'eller',
  passkey: 'Logga in med en nyckel',
  passkeyPending: 'Väntar på din nyckel …',
  passkeyCancelled: 'Inloggningen med nyckel avbröts eller tog för lång tid. Försök igen eller logga in med ditt lösenord.',
  passkeyUnsupported: 'Den här webbläsaren kan inte använda nycklar. Logga in med ditt lösenord.',
  passkeyError: 'Din nyckel kunde inte användas. Försök igen eller logga in med ditt lösenord.',
  google: 'Fortsätt med Google',
  apple: 'Fortsätt med Apple',
  socialCancelled: 'Inloggningen med Google eller Apple avbröts. Försök igen eller logga in på ett annat sätt.',
  challengeExpired: 'Det tog för lång tid, så vi avbröt för att skydda ditt konto. Ange ditt lösenord igen.',
  lostAuthenticator: 'Har du tappat bort din autentiseringsapp?',
  startAgain: 'Börja om',
  signedInTitle: 'Du är inloggad',
  signedInAs: (p) => `Välkommen tillbaka, ${p.name}.`,
};
