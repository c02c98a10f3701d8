import { defineMessages } from '../../i18n/define.js';
import { identifierMessages, passwordMessages, phoneMessages } from '../../i18n/sections.js';

/**
 * The `<login-form>` section, English (bundled): only what is the login form's own. The fields' texts come from
 * the shared `identifier`, `phone`, `password` and `code` sections, the rest from `common` and `errors`. Swedish
 * and Norwegian load on first use from their own files. Brand button texts follow Google's and Apple's own
 * translations. One verb throughout: "Log in" (never "Sign in").
 */
const en = {
  title: 'Log in',
  identifierChoice: 'Log in with',
  forgotPassword: 'Forgot your password?',
  submit: 'Log in',
  signingIn: 'Logging in…',
  otherWays: 'Other ways to log in',
  or: 'or',
  passkey: 'Log in with a passkey',
  passkeyPending: 'Waiting for your passkey…',
  passkeyCancelled: 'Logging in with a passkey was cancelled or took too long. Try again, or log in with your password.',
  passkeyUnsupported: 'This browser cannot use passkeys. Log in with your password.',
  passkeyError: 'Your passkey could not be used. Try again, or log in with your password.',
  google: 'Continue with Google',
  apple: 'Continue with Apple',
  socialCancelled: 'Logging in with Google or Apple was cancelled. Try again, or log in another way.',
  challengeExpired: 'That took too long, so we stopped it to keep your account safe. Enter your password again.',
  lostAuthenticator: 'Lost your authenticator app?',
  startAgain: 'Start again',
  signedInTitle: 'You are logged in',
  signedInAs: (p: { name: string }) => `Welcome back, ${p.name}.`,
};

export type LoginFormMessages = typeof en;

export const loginFormMessages = defineMessages({
  en,
  sv: () => import('./messages.sv.js').then((m) => m.loginForm),
  nb: () => import('./messages.nb.js').then((m) => m.loginForm),
});

/**
 * Every section `<login-form>` reads from its first render, by the names it reads them under. The `code` section
 * comes with the second factor's chunk (see second-factor.ts).
 */
export const loginFormSections = {
  loginForm: loginFormMessages,
  identifier: identifierMessages,
  phone: phoneMessages,
  password: passwordMessages,
};

declare module '../../i18n/types.js' {
  interface MessageSections {
    loginForm: LoginFormMessages;
  }
}
