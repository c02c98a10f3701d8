import type { StepUpMessages } from './step-up.js';

export const stepUp: StepUpMessages = {
  title: 'Bekräfta att det är du',
  intro: 'För att skydda ditt konto behöver du bekräfta att det är du innan du fortsätter.',
  factorsLabel: 'Det här behöver du bekräfta',
  factor_totp: 'En kod från din autentiseringsapp',
  factor_sms: (p) => `En kod som skickas via sms till ${p.to}`,
  factor_email: (p) => `En kod som skickas via e-post till ${p.to}`,
  factor_passkey: 'Din nyckel',
  done: 'bekräftat',
  now: 'nu',
  starting: 'Förbereder …',
  passkeyTitle: 'Använd din nyckel',
  passkeyIntro: 'Din webbläsare eller telefon ber dig att använda din nyckel.',
  passkey: 'Använd din nyckel',
  passkeyPending: 'Väntar på din nyckel …',
  passkeyCancelled: 'Användningen av din nyckel avbröts eller tog för lång tid. Försök igen.',
  passkeyUnsupported: 'Den här webbläsaren kan inte använda nycklar. Använd en webbläsare eller enhet som har din nyckel.',
  passkeyError: 'Din nyckel kunde inte användas. Försök igen.',
  expired: 'Det tog för lång tid, så vi avbröt för att skydda ditt konto. Börja om.',
  startAgain: 'Börja om',
  verified: 'Tack, du har bekräftat att det är du.',
};
