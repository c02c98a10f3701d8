import { defineMessages } from './define.js';
import { formatDuration } from './format/duration.js';

/**
 * The `code` section: the one-time-code field and the code challenge around it (titles per method, where the code
 * went, resend, other methods), shared by the sign-in second factor and every step-up. A module of its own, so its
 * English travels with the code form's chunk; Swedish and Norwegian are in the core sv/nb chunks.
 */
const en = {
  label: 'Verification code',
  hint: 'The 6\u2011digit code',
  required: 'Enter the 6\u2011digit code',
  format: 'Enter the code as 6 digits, like 123456',
  totpTitle: 'Enter the code from your authenticator app',
  smsTitle: 'Check your phone',
  emailTitle: 'Check your email',
  totpIntro: 'Open your authenticator app and enter the 6\u2011digit code it shows.',
  sent: (p: { to: string }) => `We sent a 6\u2011digit code to ${p.to}.`,
  resent: (p: { to: string }) => `We sent a new code to ${p.to}`,
  sending: 'Sending a code…',
  resend: 'Send a new code',
  resendIn: (p: { seconds: number }) => `You can send a new code in ${formatDuration('en', p.seconds)}`,
  verify: 'Continue',
  verifying: 'Checking…',
  otherMethods: 'Other ways to confirm it is you',
  useTotp: 'Use your authenticator app',
  useSms: (p: { to: string }) => `Get a code by text message to ${p.to}`,
  useEmail: (p: { to: string }) => `Get a code by email to ${p.to}`,
};

export type CodeMessages = typeof en;

export const codeMessages = defineMessages({
  en,
  sv: () => import('./sv.js').then((m) => m.code),
  nb: () => import('./nb.js').then((m) => m.code),
});

declare module './types.js' {
  interface MessageSections {
    code: CodeMessages;
  }
}
