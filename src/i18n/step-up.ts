import { defineMessages } from './define.js';

/**
 * The step-up section: confirming it is you before a sensitive action (security settings, a new authenticator,
 * a password change). Its own chunks per language, since a page that only signs in never shows it.
 */
const en = {
  title: 'Confirm it is you',
  intro: 'To keep your account safe, confirm it is you before you continue.',
  /** The list of what the step-up asks for, when it asks for more than one thing. */
  factorsLabel: 'What you need to confirm',
  factor_totp: 'A code from your authenticator app',
  factor_sms: (p: { to: string }) => `A code sent by text message to ${p.to}`,
  factor_email: (p: { to: string }) => `A code sent by email to ${p.to}`,
  factor_passkey: 'Your passkey',
  /** Visually hidden after a confirmed item, and after the one asked for now. */
  done: 'confirmed',
  now: 'now',
  starting: 'Getting ready…',
  passkeyTitle: 'Use your passkey',
  passkeyIntro: 'Your browser or phone will ask you to use your passkey.',
  passkey: 'Use your passkey',
  passkeyPending: 'Waiting for your passkey…',
  passkeyCancelled: 'Using your passkey was cancelled or took too long. Try again.',
  passkeyUnsupported: 'This browser cannot use passkeys. Use a browser or device that has your passkey.',
  passkeyError: 'Your passkey could not be used. Try again.',
  expired: 'That took too long, so we stopped it to keep your account safe. Start again.',
  startAgain: 'Start again',
  /** Sends the action's request again after a fault, with the confirmation already given (no new step-up). */
  tryAgain: 'Try again',
  verified: 'Thank you, you have confirmed it is you.',
};

export type StepUpMessages = typeof en;

export const stepUpMessages = defineMessages({
  en,
  sv: () => import('./step-up.sv.js').then((m) => m.stepUp),
  nb: () => import('./step-up.nb.js').then((m) => m.stepUp),
});

declare module './types.js' {
  interface MessageSections {
    stepUp: StepUpMessages;
  }
}
