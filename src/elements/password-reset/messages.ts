import { defineMessages } from '../../i18n/define.js';
import { identifierMessages, passwordMessages, phoneMessages } from '../../i18n/sections.js';

/**
 * The `<password-reset>` section, English (bundled): what only the reset says. The fields' texts come from the
 * shared `identifier`, `phone`, `password`, `code`, `newPassword` and `withdrawalLock` sections. Swedish and Norwegian load on first use.
 */
const en = {
  title: 'Reset your password',
  intro: 'Enter the email address or phone number of your account. We will send you a code to confirm it is yours.',
  identifierChoice: 'Reset with',
  robotCheck: 'Next, a quick check that you are not a robot.',
  starting: 'Checking…',
  /** Where a code goes when the backend offers a channel without showing it (it never says what an account has). */
  accountPhone: 'the phone number of your account, if it has one',
  accountEmail: 'the email address of your account, if it has one',
  noCode: 'No code? Check your spam folder, or get the code another way.',
  passwordTitle: 'Choose a new password',
  save: 'Save new password',
  saving: 'Saving…',
  doneTitle: 'Your password has been changed',
  doneIntro: 'Log in with your new password. You have been logged out on every device.',
  signIn: 'Log in',
  backToSignIn: 'Back to log in',
  expired: 'The reset took too long, so we stopped it to keep your account safe. Start again.',
  startAgain: 'Start again',
};

export type PasswordResetMessages = typeof en;

export const passwordResetMessages = defineMessages({
  en,
  sv: () => import('./messages.sv.js').then((m) => m.passwordReset),
  nb: () => import('./messages.nb.js').then((m) => m.passwordReset),
});

/**
 * The sections `<password-reset>` reads from its first render (the identifier step), by the names it reads them
 * under. What only the later steps need (the code form, the new password, the withdrawal lock) comes with them:
 * later-sections.ts.
 */
export const passwordResetSections = {
  passwordReset: passwordResetMessages,
  identifier: identifierMessages,
  phone: phoneMessages,
  password: passwordMessages,
};

declare module '../../i18n/types.js' {
  interface MessageSections {
    passwordReset: PasswordResetMessages;
  }
}
