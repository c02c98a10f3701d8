import type { LoginFormMessages } from './messages.js';

export const loginForm: LoginFormMessages = {
  title: 'Logg inn',
  identifierChoice: 'Logg inn med',
  forgotPassword: 'Glemt passordet?',
  submit: 'Logg inn',
  signingIn: 'Logger inn …',
  otherWays: 'Andre måter å logge inn på',
  or: 'eller',
  passkey: 'Logg inn med en tilgangsnøkkel',
  passkeyPending: 'Venter på tilgangsnøkkelen …',
  passkeyCancelled:
    'Innloggingen med tilgangsnøkkel ble avbrutt eller tok for lang tid. Prøv igjen, eller logg inn med passordet ditt.',
  passkeyUnsupported: 'Denne nettleseren kan ikke bruke tilgangsnøkler. Logg inn med passordet ditt.',
  passkeyError: 'Tilgangsnøkkelen kunne ikke brukes. Prøv igjen, eller logg inn med passordet ditt.',
  google: 'Fortsett med Google',
  apple: 'Fortsett med Apple',
  socialCancelled: 'Innloggingen med Google eller Apple ble avbrutt. Prøv igjen, eller logg inn på en annen måte.',
  challengeExpired: 'Det tok for lang tid, så vi avbrøt for å beskytte kontoen din. Skriv inn passordet ditt igjen.',
  lostAuthenticator: 'Har du mistet autentiseringsappen?',
  startAgain: 'Start på nytt',
  signedInTitle: 'Du er logget inn',
  signedInAs: (p) => `Velkommen tilbake, ${p.name}.`,
};
