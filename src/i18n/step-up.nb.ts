import type { StepUpMessages } from './step-up.js';

export const stepUp: StepUpMessages = {
  title: 'Bekreft at det er deg',
  intro: 'For å beskytte kontoen din må du bekrefte at det er deg før du fortsetter.',
  factorsLabel: 'Dette må du bekrefte',
  factor_totp: 'En kode fra autentiseringsappen',
  factor_sms: (p) => `En kode sendt på SMS til ${p.to}`,
  factor_email: (p) => `En kode sendt på e-post til ${p.to}`,
  factor_passkey: 'Tilgangsnøkkelen din',
  done: 'bekreftet',
  now: 'nå',
  starting: 'Gjør klar …',
  passkeyTitle: 'Bruk tilgangsnøkkelen din',
  passkeyIntro: 'Nettleseren eller telefonen din ber deg om å bruke tilgangsnøkkelen.',
  passkey: 'Bruk tilgangsnøkkelen',
  passkeyPending: 'Venter på tilgangsnøkkelen …',
  passkeyCancelled: 'Bruken av tilgangsnøkkelen ble avbrutt eller tok for lang tid. Prøv igjen.',
  passkeyUnsupported: 'Denne nettleseren kan ikke bruke tilgangsnøkler. Bruk en nettleser eller enhet som har tilgangsnøkkelen din.',
  passkeyError: 'Tilgangsnøkkelen kunne ikke brukes. Prøv igjen.',
  expired: 'Det tok for lang tid, så vi avbrøt for å beskytte kontoen din. Start på nytt.',
  startAgain: 'Start på nytt',
  verified: 'Takk, du har bekreftet at det er deg.',
};
