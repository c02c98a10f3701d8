import { defineMessages } from '../../i18n/define.js';
import { digitRange } from './digit-range.js';

/**
 * The `<login-form>` section, English (bundled). Swedish and Norwegian load on first use from their own files.
 * Brand button texts follow Google's and Apple's own translations.
 */
const en = {
  title: 'Log in',
  identifierChoice: 'Log in with',
  useEmail: 'Email address',
  usePhone: 'Phone number',
  emailLabel: 'Email address',
  countryLabel: 'Country code',
  phoneLabel: 'Phone number',
  phoneHint: 'With or without the country code',
  passwordLabel: 'Password',
  capsLockOn: 'Caps Lock is on',
  forgotPassword: 'Forgot your password?',
  submit: 'Log in',
  signingIn: 'Logging in…',
  otherWays: 'Other ways to log in',
  or: 'or',
  passkey: 'Sign in with a passkey',
  passkeyPending: 'Waiting for your passkey…',
  passkeyCancelled: 'Signing in with a passkey was cancelled or took too long. Try again, or log in with your password.',
  passkeyUnsupported: 'This browser cannot use passkeys. Log in with your password.',
  passkeyError: 'Your passkey could not be used. Try again, or log in with your password.',
  google: 'Continue with Google',
  apple: 'Continue with Apple',
  emailRequired: 'Enter your email address',
  emailInvalid: 'Enter an email address in the correct format, like name@example.com',
  phoneRequired: 'Enter your phone number',
  phoneInvalid: (p: { country: string }) => `Enter a phone number in the correct format for ${p.country}`,
  phoneLength: (p: { country: string; min: number; max: number }) =>
    `Enter a phone number for ${p.country} with ${digitRange(p, 'to')} digits after the country code`,
  passwordRequired: 'Enter your password',
  captchaUnavailable:
    'We need to check that you are not a robot, but the check could not start. Reload the page and try again.',
  challengeExpired: 'That took too long, so we stopped it to keep your account safe. Enter your password again.',
  retryNow: 'You can try again now',
  totpTitle: 'Enter the code from your authenticator app',
  smsTitle: 'Check your phone',
  emailTitle: 'Check your email',
  totpIntro: 'Open your authenticator app and enter the 6-digit code it shows.',
  codeSent: (p: { to: string }) => `We sent a 6-digit code to ${p.to}.`,
  codeResent: (p: { to: string }) => `We sent a new code to ${p.to}`,
  codeLabel: 'Verification code',
  codeHint: 'The 6-digit code',
  codeRequired: 'Enter the 6-digit code',
  codeFormat: 'Enter the code as 6 digits, like 123456',
  verify: 'Continue',
  verifying: 'Checking…',
  sendingCode: 'Sending a code…',
  otherMethods: 'Other ways to confirm it is you',
  useTotp: 'Use your authenticator app',
  useSms: (p: { to: string }) => `Get a code by text message to ${p.to}`,
  useEmailCode: (p: { to: string }) => `Get a code by email to ${p.to}`,
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
